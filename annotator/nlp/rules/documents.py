"""DOC: numbered, named and titled documents; laws by name, amending laws included."""

from __future__ import annotations

import re

from annotator.nlp.rules.bodies import org
from annotator.nlp.rules.events import event_at
from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import STOP
from annotator.nlp.rules.phrases import MAX_PHRASE, YEARISH, clause

_NUMBER = re.compile(r"^[0-9][\w./\-]*$")
# "kỷ luật 2.283 đảng viên": a number with thousands separators counts, it numbers no document.
_QUANTITY = re.compile(r"^[0-9]{1,3}(?:[.,][0-9]{3})+$")
_MAX_QUOTED = 30
# What a programme or report is for: "Chương trình hành động [thực hiện ...]".
_DOC_PURPOSES = ("thực hiện", "triển khai", "tổng kết", "sơ kết", "hành động")


def find_documents(line: Line) -> list[Candidate]:
    """DOC candidates of one line."""
    found = [
        Candidate(i, end, "DOC")
        for i in range(line.n)
        if line.hits(i) and (end := document_at(line, i)) > i
    ]
    return found + quoted_documents(line)


def document_at(line: Line, i: int) -> int:
    """End of a numbered, named or titled document at i, or -1."""
    named = line.match(i, "document_names")
    if named > i and any(line.cap(k) for k in range(i, named)):
        named = _document_tail(line, named)
    else:
        named = -1
    return named if named > 0 else _typed_document(line, i)


def _typed_document(line: Line, i: int) -> int:
    """A document type with its number, quoted title or naming phrase, or -1."""
    kind = line.match(i, "documents")
    if kind < 0:
        return -1
    j = kind + 1 if line.is_(kind, "số") else kind
    if j < line.n and _NUMBER.match(line.surface[j]) and not _QUANTITY.match(line.surface[j]):
        plain = line.surface[j].isdigit()
        if j > kind or not plain or line.cap(i):
            return j + 1
    if not line.cap(i):
        return _named_after_event(line, kind)
    if line.surface[kind : kind + 1] in (['"'], ["“"]):
        return _quote_end(line, kind)
    plenum = _plenum(line, kind)
    if plenum > 0:
        return plenum
    event = _named_after_event(line, kind)
    if event > kind:
        return event
    law = law_name(line, kind) if _is_law(line, kind) else -1
    return law if law > kind else _about(line, i, kind)


def _is_law(line: Line, kind: int) -> bool:
    """`Luật`, `Bộ luật`, `Pháp lệnh` end at kind: their name may follow in lowercase."""
    return line.is_(kind - 1, "luật") or line.phrase(kind - 2, "pháp lệnh") == kind


def _named_after_event(line: Line, i: int) -> int:
    """End of `nghị quyết Đại hội Đảng bộ TPHCM` at i: a document named after a congress."""
    event = event_at(line, i) if line.is_(i, "đại") and line.cap(i) else -1
    return event if event > i else -1


# Words of a law's name written in lowercase: "Luật phòng chống tham nhũng".
_MAX_LAW_WORDS = 8
_AMENDS = ("sửa đổi , bổ sung", "sửa đổi, bổ sung", "sửa đổi bổ sung")


def law_name(line: Line, j: int) -> int:
    """End of a law's name in lowercase after `Luật` at j, or -1.

    `Luật điện lực`, `Luật thuế sử dụng đất`, `Luật xuất bản (sửa đổi)`, and
    an amending law with the law it amends: `Luật sửa đổi, bổ sung một số
    điều của Luật khoáng sản`.
    """
    amends = max(line.phrase(j, a) for a in _AMENDS)
    if amends > 0:
        k = line.phrase(amends, "một số điều của")
        k = max(k, line.phrase(amends, "một số điều"), amends)
        if line.is_(k, "của"):
            k += 1
        target = document_at(line, k) if line.is_(k, "luật") else -1
        return target if target > k else k
    end = j
    while end < line.n and end - j < _MAX_LAW_WORDS and line.lower(end):
        if line.key(end) in STOP or line.match(end, "documents") == end + 1:
            break
        end += 1
    if end == j:
        return -1
    revised = line.surface[end : end + 1] == ["("] and line.phrase(end + 1, "sửa đổi") == end + 3
    return end + 4 if revised and line.surface[end + 3 : end + 4] == [")"] else end


def _plenum(line: Line, i: int) -> int:
    """`Nghị quyết Trung ương 4 khóa XII`: a resolution named after a party plenum."""
    j = line.phrase(i, "Trung ương")
    if j < 0 or not (line.digit(j) and line.surface[j].isdigit() or line.roman(j)):
        return -1
    end = j + 1
    if line.surface[end : end + 1] == [","]:
        end += 1
    if line.is_(end, "khóa") and line.roman(end + 1):
        return end + 2
    return j + 1


def _about(line: Line, i: int, kind: str | int) -> int:
    """`Nghị quyết (của Quốc hội) về ...`, `Luật Đất đai`: to the end of the clause."""
    j = int(kind)
    if line.is_(j, "của"):
        body = org(line, j + 1, loose=False)
        if body < 0:
            return -1
        j = body
    if line.is_(j, "về"):
        if line.cap(j + 1) and line.match(j + 1, "documents") > 0:
            return -1
        return clause(line, j + 1)
    dated = _until_year(line, j)
    if dated > 0:
        return dated
    if _is_law(line, j) and line.cap(j) and line.match(j, "places", "bodies") < 0:
        end = clause(line, j)
        for k in range(j, end):
            if line.is_(k, "của", "và", "tại") and line.lower(k + 1):
                return k
        return end
    if i > 0 and any(line.phrase(j, verb) > j for verb in _DOC_PURPOSES):
        return clause(line, j)
    return -1


def _until_year(line: Line, i: int) -> int:
    """`Chương trình giám sát của Quốc hội năm 2022`: a title that ends in its year."""
    if line.key(i) in STOP and not line.is_(i, "của"):
        return -1
    last = -1
    j = i
    while j < line.n and j - i < MAX_PHRASE:
        tok = line.surface[j]
        if line.is_(j, "năm") and j + 1 < line.n and YEARISH.match(line.surface[j + 1]):
            last = j + 2
            j += 2
            continue
        if not line.word(j) and tok not in ",-–":
            break
        if line.cap(j) and line.match(j, "documents") > j and j > i:
            break
        j += 1
    return last


def _document_tail(line: Line, end: int) -> int:
    """`năm 2013`, `10 năm 2021-2030` right after a document's name."""
    start = end + 1 if line.digit(end) and line.is_(end + 1, "năm") else end
    if line.is_(start, "năm") and start + 1 < line.n and YEARISH.match(line.surface[start + 1]):
        return start + 2
    return end


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
