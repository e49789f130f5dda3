"""DOC: a paper written in lowercase is one document when an act adopts, signs or annuls it.

A resolution, treaty or decision in lowercase is mostly a kind of paper in
general (`cần có nghị quyết về vấn đề này`, `các quyết định của Bộ Quốc
phòng`), and the gold leaves it unmarked; the same head after the act of a
body that adopts, ratifies, signs or annuls it, with what it is about, names
one paper, and the gold marks it with its subject, its issuer and its parties:
`Tòa tuyên hủy 2 [quyết định của UBND huyện Cai Lậy về việc tịch thu hàng
hóa]` (news8), `Ủy ban Thường vụ Quốc hội sẽ thông qua [nghị quyết về quy
định việc giải quyết …]`, `phê chuẩn [hiệp ước bổ sung giữa VN và Campuchia
về …]`, `QH thông qua …, [nghị quyết về nhiệm vụ năm 2006]` (news13).
Blind-time DOC lines of lowercase papers: news4, news6, news8, news9, news12,
news13 (six of eleven sets).

The construction: an adopting act right before the head (a count may stand
between: `hủy 2 quyết định`), or a list the act opened earlier in the
sentence (after `,` / `;`); then the head, a qualifier (`bổ sung`, `sửa
đổi`), the parties (`giữa VN và Campuchia`) or the issuer (`của` + a body),
and `về` + the subject, which the caller reads as a titled paper's subject.
Without `về` nothing is taken (`thông qua nghị quyết`); in the plural
(`các nghị quyết`) none.
"""

from __future__ import annotations

from collections.abc import Callable

from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.lines import Line

# Acts of a body on one paper: adopt, ratify, issue, sign, annul; carry out and review
# (`việc triển khai [nghị quyết của Quốc hội về …]`, news14).
_ACTS = (
    "thông qua",
    "phê chuẩn",
    "ban hành",
    "ra",
    "ký",
    "ký kết",
    "hủy",
    "huỷ",
    "tuyên hủy",
    "tuyên huỷ",
    "bãi bỏ",
    "công bố",
    "biểu quyết",
    "thực hiện",
    "triển khai",
    "quán triệt",
    "tổng kết",
    "sơ kết",
    # A plenum discussing one paper, a vote held in the spirit of one (news25, news28).
    "bàn",
    "thảo luận",
    "tinh thần",
    "tinh thần của",
    # A paper whose content is cited: "Tại [chỉ thị về việc …], Thủ tướng yêu cầu" (news27).
    "tại",
)
_LOWER_HEADS = ("nghị quyết", "hiệp ước", "hiệp định", "quyết định", "nghị định", "chỉ thị")
_QUALIFIERS = ("bổ sung", "sửa đổi", "sửa đổi, bổ sung", "sửa đổi bổ sung")
# How far back in its sentence a list of papers may have been opened by the act.
_LIST_REACH = 40
_PARTY_REACH = 8


def adopted_paper(line: Line, i: int, kind: int) -> int:
    """End of a lowercase paper at i adopted, carried out or issued by a named body, with
    its qualifier, parties, issuer and subject; or -1."""
    if not line.lower(i) or line.longest(i, _LOWER_HEADS) != kind or _plural(line, i):
        return -1
    adopted = adopted_before(line, i)
    j = max(kind, line.longest(kind, _QUALIFIERS))
    if line.is_(j, "giữa"):
        j = _parties_end(line, j + 1)
    elif line.is_(j, "của"):
        j = org(line, j + 1, loose=False)
        adopted = adopted or j > kind  # "nghị quyết của Quốc hội về …": its issuer named
    if not adopted or j < kind or not line.is_(j, "về"):
        return -1
    end = _subject_end(line, j + 1)
    return end if end > j + 2 and not line.is_(end - 1, *_BACK_REFERENCES) else -1


# A subject that points back (`về vấn đề này`) names no paper.
_BACK_REFERENCES = ("này", "đó", "ấy", "trên")


def _plural(line: Line, i: int) -> bool:
    """`các quyết định`, `hai nghị quyết`: papers in general or counted, past a count."""
    k = i - 1
    if line.digit(k) and line.surface[k].isdigit():
        k -= 1
    return line.is_(k, "các", "những", "mọi")


# What ends an adopted paper's subject: the next act on the list (`và phê chuẩn …`),
# the person it concerns (`… của bà Hoàng Anh`).
_HONORIFICS = ("ông", "bà", "anh", "chị", "cô")
_SUBJECT_REACH = 36


def _subject_end(line: Line, k: int) -> int:
    """End of the subject from k: to the punctuation that closes the item, the next act
    joined by `và`, or `của` + a person."""
    start = k
    while k < line.n and k - start < _SUBJECT_REACH:
        if not line.word(k) and line.surface[k] not in ("/", "-", "–"):
            break
        if line.is_(k, "và") and line.longest(k + 1, _ACTS) > k + 1:
            break  # "nghị quyết về nhiệm vụ năm 2006 | và phê chuẩn …"
        if line.is_(k, "của") and (line.is_(k + 1, *_HONORIFICS) or line.cap(k + 1)):
            break  # "… về việc tịch thu hàng hóa | của bà Hoàng Anh"
        if line.is_(k, "là"):
            break  # "nghị quyết về quy chế bầu cử | là phiếu này …": the clause's verb
        k += 1
    return k if k - start < _SUBJECT_REACH else -1


def adopted_before(line: Line, i: int) -> bool:
    """An adopting act right before the head (past a count), or opening the list it is in."""
    k = i - 1
    if line.digit(k) and line.surface[k].isdigit():
        k -= 1  # "tuyên hủy 2 quyết định"
    if any(line.ending(k + 1, (act,)) for act in _ACTS):
        return True
    if line.surface[k : k + 1] not in ([","], [";"]):
        return False
    for j in range(k - 1, max(-1, k - _LIST_REACH), -1):
        if line.surface[j] in (".", "?", "!"):
            return False
        if line.is_(j, "thông", "phê") and line.longest(j, _ACTS) > j:
            return True  # "QH thông qua các dự án Luật …, [nghị quyết về …]"
    return False


def _parties_end(line: Line, k: int) -> int:
    """End of the parties of a treaty (`VN và Campuchia`, `Việt Nam - Lào`) from k, or -1."""
    start = k
    while k < line.n and k - start < _PARTY_REACH:
        if line.cap(k) or line.is_(k, "và") or line.surface[k] in ("-", "–", ","):
            k += 1
            continue
        break
    return k if k > start + 1 and line.cap(k - 1) else -1


def treaty_between(line: Line, j: int, document_at: Callable[[Line, int], int]) -> int:
    """End of a treaty's parties and what it does, from `giữa` at j, or -1: the subject
    after `về` (`Hiệp định giữa Việt Nam và Trung Quốc về phân định lãnh hải …`, news2)
    or the treaty it amends (`Hiệp ước giữa VN và Campuchia bổ sung Hiệp ước hoạch định
    biên giới quốc gia năm 1985`, news16), all one DOC as the gold reads it (news13 ×2)."""
    parties = _parties_end(line, j + 1) if line.is_(j, "giữa") else -1
    if parties < 0:
        return -1
    if line.is_(parties, "về"):
        end = _subject_end(line, parties + 1)
        return end if end > parties + 2 else -1
    amends = line.longest(parties, _QUALIFIERS)
    target = document_at(line, amends) if amends > parties and line.cap(amends) else -1
    return target if target > amends else -1
