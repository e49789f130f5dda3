"""DOC: numbered, named and titled documents; laws named in lowercase are read in `laws`."""

from __future__ import annotations

import re

from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.documents.acted import act_named_resolution
from annotator.nlp.rules.documents.adopted import adopted_before, adopted_paper, treaty_between
from annotator.nlp.rules.documents.bills import joined_subject
from annotator.nlp.rules.documents.listed_subjects import listed_subject
from annotator.nlp.rules.documents.numbered_subjects import issuer_and_subject
from annotator.nlp.rules.documents.plan_horizons import horizon
from annotator.nlp.rules.documents.regulations import regulation_title
from annotator.nlp.rules.documents.reports import report_title
from annotator.nlp.rules.documents.tails import (
    document_tail,
    joint_parties,
    until_year,
    version_bracket,
)
from annotator.nlp.rules.events.extent.nouns import event_at
from annotator.nlp.rules.laws.lowercase import lowercase_law
from annotator.nlp.rules.laws.names import law_age, law_country, law_name
from annotator.nlp.rules.laws.years import law_year
from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import STOP
from annotator.nlp.rules.phrases import YEARISH, clause

_NUMBER = re.compile(r"^[0-9][\w./\-]*$")
# "kỷ luật 2.283 đảng viên": a number with thousands separators counts, it numbers no
# document; nor does a map's scale ("quy hoạch 1/5.000").
_QUANTITY = re.compile(r"^[0-9]{1,3}(?:[.,][0-9]{3})+$|^1/[0-9]{1,3}(?:[.,][0-9]{3})+$")
_MAX_QUOTED = 30
# What a programme or report is for: "Chương trình hành động [thực hiện ...]".
_DOC_PURPOSES = ("thực hiện", "triển khai", "tổng kết", "sơ kết", "hành động")


def find_documents(line: Line) -> list[Candidate]:
    """DOC candidates of one line."""
    found = [
        Candidate(_draft_outside(line, _bill(line, i)), end, "DOC")
        for i in line.listed()
        if (end := document_at(line, i)) > i
    ]
    laws = [
        Candidate(i, end, "DOC") for i in line.where("luật") if (end := lowercase_law(line, i)) > i
    ]
    return found + laws + quoted_documents(line)


def _bill(line: Line, i: int) -> int:
    """`[Dự luật Thực hành tiết kiệm và chống lãng phí]`: a named law's bill keeps `Dự`."""
    named = line.is_(i, "luật") and line.match(i, "document_names") > i
    return i - 1 if named and line.is_(i - 1, "dự") else i


def _draft_outside(line: Line, i: int) -> int:
    """`Dự án [Luật phòng chống tham nhũng]`: a draft's noun stays outside the law it drafts.

    Every gold file keeps `dự án` and `dự thảo` outside the law, bill or ordinance
    after them (nineteen times in the tuning sets); capitalised at the head of a
    sentence, `Dự án luật` read as one document type and took the noun in (news17,
    blind). A bill (`Dự luật`) is one word and keeps its `Dự`.
    """
    drafted = line.is_(i, "dự") and line.is_(i + 1, "án", "thảo") and _law_head(line, i + 2)
    return i + 2 if drafted else i


def document_at(line: Line, i: int) -> int:
    """End of a numbered, named or titled document at i, or -1; a law's country and
    bare year of enactment after its name are inside (`Hiến pháp Nga`, `Bộ luật Hình
    sự 2015`)."""
    end = horizon(line, i, _document_end(line, i))
    return law_year(line, law_country(line, end)) if end > i and _law_head(line, i) else end


_LAW_HEADS = ("bộ luật", "pháp lệnh", "hiến pháp")


def _law_head(line: Line, i: int) -> bool:
    """A capitalised `Luật`, `Bộ luật`, `Pháp lệnh` or `Hiến pháp` at i."""
    return line.cap(i) and (line.is_(i, "luật") or line.longest(i, _LAW_HEADS) > i)


def _document_end(line: Line, i: int) -> int:
    named = line.match(i, "document_names")
    if named > i and any(line.cap(k) for k in range(i, named)):
        named = document_tail(line, joint_parties(line, named))
    else:
        named = -1
    numbered = line.is_(named, "số")  # "Thông cáo báo chí số 12"
    return named if named > 0 and not numbered else _typed_document(line, i)


def _lowercase_typed(line: Line, i: int, kind: int) -> int:
    """A document type in lowercase: a plenum's resolution, one adopted or named by its act."""
    resolution = line.phrase(i, "nghị quyết") == kind
    plenum = _plenum(line, kind) if resolution else -1
    if plenum > 0:
        return plenum  # "đề ra [nghị quyết trung ương 6 (2)]"
    adopted = max(
        adopted_paper(line, i, kind),
        act_named_resolution(line, i, kind, lambda: adopted_before(line, i)),
    )
    if adopted > 0:
        return adopted  # "thông qua [nghị quyết về …]", "ra [nghị quyết huỷ bỏ …]"
    # "góp ý cho văn kiện [Đại hội]": a congress's papers, the congress an EVENT.
    return -1 if line.phrase(i, "văn kiện") > 0 else _named_after_event(line, kind)


def _typed_document(line: Line, i: int) -> int:
    """A document type with its number, quoted title or naming phrase, or -1."""
    kind = line.match(i, "documents")
    if kind < 0 or _act_spoken_of(line, i, kind):
        return -1
    j = kind + 1 if line.is_(kind, "số") else kind
    if j < line.n and _NUMBER.match(line.surface[j]) and not _QUANTITY.match(line.surface[j]):
        plain = line.surface[j].isdigit()
        if j > kind or not plain or line.cap(i):
            end = _part_of(line, _issued(line, _spaced_code(line, j + 1)))
            # "[Nghị quyết 13 Đại hội Đảng bộ TP]": a congress's numbered resolution (news22).
            return max(end, _named_after_event(line, end)) if line.cap(end) else end
    later = _numbered_later(line, kind)
    if later > 0:
        return later
    if not line.cap(i):
        return _lowercase_typed(line, i, kind)
    if line.surface[kind : kind + 1] in (['"'], ["“"]):
        return _quote_end(line, kind)
    plenum = max(_plenum(line, kind), _counted_meeting(line, kind))
    if plenum > 0:
        return plenum
    if kind - i >= 3 and _short_form(line, kind):
        return kind + 3  # "Chương trình Hành động (PoA)": a title with its short form
    event = _named_after_event(line, kind)
    if event > kind:
        return event
    bill = line.is_(kind - 2, "dự") and line.lower(kind)  # "Dự luật tiếp tục ...": no name
    law = law_name(line, kind) if _is_law(line, kind) and not bill else -1
    if _is_law(line, kind) and not bill and line.cap(kind):
        law = max(law, org(line, kind, loose=False))  # "Pháp lệnh Công an xã": named by a body
    # "Luật Hàng hải (sửa đổi)": a law named by a field keeps its version too (news3,
    # news8 and news15 brought `(sửa đổi)` after a law's name).
    return version_bracket(line, law if law > kind else _about(line, i, kind))


def _act_spoken_of(line: Line, i: int, kind: int) -> bool:
    """`Đạo luật đầu tiên về nhà ở này`: a foreign act is named by capitalised words
    (`[Đạo luật Yêu nước]`, news23); with lowercase ones it is a law spoken of (news16)."""
    return line.phrase(i, "đạo luật") == kind and not line.cap(kind)


def _issued(line: Line, end: int) -> int:
    """`Nghị quyết 16 | năm 2003 | của Quốc hội về …`: the year of issue between the
    number and the issuer with its subject is inside (news14; cut in news6, news10)."""
    dated = line.is_(end, "năm") and end + 1 < line.n and YEARISH.match(line.surface[end + 1])
    coded = not line.surface[end - 1].isdigit() or line.is_(end - 2, "số")
    issued = issuer_and_subject(line, end + 2, coded=coded) if dated else -1
    return issued if issued > end + 2 else issuer_and_subject(line, end, coded=coded)


_SHORT_FORM = re.compile(r"^[A-ZĐ][A-Za-zĐđ]{1,5}$")


def _short_form(line: Line, end: int) -> bool:
    """`(PoA)`, `(NAP)` right after a capitalised document type of three words or more
    (`Chương trình Hành động`): its short form, in brackets; a type alone (`Kế hoạch (KH)`)
    is too short to be a title."""
    brackets = line.surface[end : end + 1] == ["("] and line.surface[end + 2 : end + 3] == [")"]
    word = line.surface[end + 1] if brackets else ""
    return bool(_SHORT_FORM.match(word)) and sum(c.isupper() for c in word) >= 2


_CODE = re.compile(r"^[A-ZĐ]{2,}(?:[/\-][A-ZĐƯƠa-z.]+)+$")


def _spaced_code(line: Line, end: int) -> int:
    """`Quyết định số 1735 - QĐ/TW`: the issuer's code after a spaced dash belongs to the number."""
    dashed = line.surface[end : end + 1] in (["-"], ["–"]) and end + 1 < line.n
    return end + 2 if dashed and _CODE.match(line.surface[end + 1]) else end


def _numbered_later(line: Line, kind: int) -> int:
    """End of `Quyết định khởi tố vụ án hình sự số 42/QĐ-C01-P4`: what it decides, then its number."""
    k = kind
    while k < line.n and k - kind < 8 and line.lower(k) and not line.is_(k, "số"):
        if line.key(k) in STOP:
            return -1
        k += 1
    if k == kind or not line.is_(k, "số") or k + 1 >= line.n:
        return -1
    number = line.surface[k + 1]
    return k + 2 if _NUMBER.match(number) and not _QUANTITY.match(number) else -1


_TREATIES = ("hiệp định", "hiệp ước", "công ước", "hiến chương")


def _is_treaty(line: Line, kind: int) -> bool:
    """`Hiệp định`, `Công ước` end at kind: a capitalised name after them is the treaty's."""
    return any(line.phrase(kind - 2, t) == kind for t in _TREATIES)


def _is_law(line: Line, kind: int) -> bool:
    """`Luật`, `Bộ luật`, `Pháp lệnh` end at kind: their name may follow in lowercase."""
    return line.is_(kind - 1, "luật") or line.phrase(kind - 2, "pháp lệnh") == kind


def _named_after_event(line: Line, i: int) -> int:
    """End of `nghị quyết Đại hội Đảng bộ TPHCM` at i: a document named after a congress,
    in lowercase too (`nghị quyết đại hội đi vào cuộc sống`, news15); not a general
    assembly's (`đại hội đồng cổ đông`)."""
    if not line.is_(i, "đại") or line.is_(i + 2, "đồng"):
        return -1
    event = event_at(line, i)
    return event if event > i else -1


def _plenum(line: Line, i: int) -> int:
    """`Nghị quyết Trung ương 4 khóa XII`: a resolution named after a party plenum; in
    lowercase too (`nghị quyết trung ương 6 (2)`, news24), which no other reading takes."""
    j = line.phrase(i, "Trung ương")
    if j < 0 or not (line.digit(j) and line.surface[j].isdigit() or line.roman(j)):
        return -1
    end = j + 1
    if line.surface[end : end + 1] == [","]:
        end += 1
    if line.is_(end, "khóa") and line.roman(end + 1):
        return end + 2
    return _second_sitting(line, j + 1)


def _second_sitting(line: Line, end: int) -> int:
    """`Trung ương 6 (lần 2)`, `Trung ương 6 lần 2`, `trung ương 6 (2)`: the plenum's second
    sitting is part of the resolution's name in every way the press writes it (news5,
    news24, news28)."""
    if line.is_(end, "lần") and line.digit(end + 1) and line.surface[end + 1].isdigit():
        return end + 2
    bracket = line.surface[end : end + 3]
    if len(bracket) == 3 and bracket[0] == "(" and bracket[1].isdigit() and bracket[2] == ")":
        return end + 3
    return version_bracket(line, end)


def _part_of(line: Line, end: int) -> int:
    """`Phụ lục 7 | của Công ước Liên Hiệp Quốc về Luật biển`: a numbered part of a named
    document (an annex, a protocol) with `của` and the document is one DOC."""
    if not line.is_(end, "của") or not line.cap(end + 1):
        return end
    whole = document_at(line, end + 1)
    return whole if whole > end + 1 else end


def _counted_meeting(line: Line, i: int) -> int:
    """`Nghị quyết lần thứ X của Đảng`, `Nghị quyết Trung ương lần thứ 4 khóa XII`: a
    resolution named by the count of its congress or plenum; `của` + the party that
    held it names that meeting and stays inside."""
    j = max(i, line.phrase(i, "Trung ương"), line.phrase(i, "Hội nghị Trung ương"))
    count = line.phrase(j, "lần thứ")
    if count < 0 or not (line.roman(count) or line.digit(count) and line.surface[count].isdigit()):
        return -1
    end = count + 1
    if line.is_(end, "khóa") and line.roman(end + 1):
        end += 2
    if line.is_(end, "của") and line.is_(end + 1, "đảng") and line.cap(end + 1):
        end = max(end + 2, org(line, end + 1, loose=False))
    return end


def _about(line: Line, i: int, kind: int) -> int:
    """`Nghị quyết (của Quốc hội) về ...`, `Luật Đất đai`: to the end of the clause."""
    between = treaty_between(line, kind, document_at) if _is_treaty(line, kind) else -1
    if between > kind:
        return between  # "Hiệp ước giữa VN và Campuchia bổ sung Hiệp ước …"
    j = kind
    if line.is_(j, "của"):
        body = org(line, j + 1, loose=False)
        if body < 0:
            return -1
        j = body
    elif line.cap(j) and line.is_(org(line, j, loose=False), "về"):
        j = org(line, j, loose=False)  # "Công ước Liên Hợp Quốc | về Luật Biển"
    if line.is_(j, "về"):
        if line.cap(j + 1) and line.match(j + 1, "documents") > 0 and not _is_treaty(line, kind):
            return -1
        return document_tail(line, listed_subject(line, i, clause(line, j + 1)))
    dated = until_year(line, j)
    if dated > 0:
        return dated
    if (
        (_is_law(line, j) or _is_treaty(line, j))
        and line.cap(j)
        and line.match(j, "places", "bodies") < 0
    ):
        end = law_age(line, j, clause(line, j))
        for k in range(j, end):
            if line.is_(k, "của", "và", "tại") and line.lower(k + 1):
                return k
        return joined_subject(line, end) if _is_law(line, j) else end
    if i > 0 and any(line.phrase(j, verb) > j for verb in _DOC_PURPOSES):
        return clause(line, j)
    return max(report_title(line, i, j), regulation_title(line, i, j))


def _quote_end(line: Line, i: int) -> int:
    """End of a quoted title that opens at token i (quotes included)."""
    for j in range(i + 1, min(line.n, i + 60)):
        if line.surface[j] in ('"', "”"):
            return j + 1
    return -1


def quoted_documents(line: Line) -> list[Candidate]:
    """`"Đề án xây dựng ..."`: the document is the quoted text."""
    found = []
    for i in range(line.n - 1):
        if line.surface[i] in ('"', "“") and line.cap(i + 1) and line.match(i + 1, "documents") > 0:
            end = _quote_end(line, i)
            if i + 2 < end <= i + _MAX_QUOTED:
                found.append(Candidate(i + 1, end - 1, "DOC"))
    return found
