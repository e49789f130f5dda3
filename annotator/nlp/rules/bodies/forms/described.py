"""ORG: a body written in sentence case up to the place or parent body its name ends with.

`Đại học quốc gia Singapore`, `Ủy ban dân nguyện Quốc hội`, `Hội những người
viết báo Việt Nam`, `Trường trung cấp nông lâm Trung ương`, `Công ty TNHH MTV
quản lý kinh doanh nhà TP.HCM`, `Ban quản lý các dự án đầu tư - xây dựng
phát triển huyện Phú Quốc`: older house styles (and foreign names put into
Vietnamese) capitalise only the head; the rules stopped at the head or at
its first lowercase word and read the place at the end as a LOC of its own.
At blind time this cut recurred in six of eleven sets (news4, news6, news8,
news9, news10, news12), with a different head each time, so the heads are
listed as a closed class (`described_heads.txt`).

The name is the head, one to twelve lowercase words that are no grammar word
or common verb (`is_stop`), and then, to close it, a place (`Singapore`,
`huyện Phú Quốc`) or a national body (`Quốc hội`, `Trung ương`); a bracketed
abbreviation right after joins it (`… Hong Kong (ICAC)`); a post read up to
the head takes the whole name (`[Chủ nhiệm Ủy ban dân nguyện Quốc hội]`, as the
gold's `Phó Chủ nhiệm Uỷ ban kinh tế và ngân sách của Quốc hội`). Without that
ending nothing is proposed: a lowercase run alone may be a verb phrase
(`Ủy ban giám sát việc …`). A head that is the first half of another word
(`Hội nghị`, `Ban hành`, `Phòng chống`, `Trường hợp`) is no head, and a
head inside a post or a longer body already read is left to it, and so is a
head counted (`các Ủy ban …`), one inside a place's name (`Khu Trung tâm chính trị
Ba Đình`) or a name that goes on past the place (`Công ty TNHH điện máy Đức Tuấn`).
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.body_phrases import acronym_aside
from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.names import is_stop, is_surname
from annotator.nlp.rules.places.listed import place_at
from annotator.nlp.rules.unit_phrases import LEVELS, unit_place

_MAX_WORDS = 12
# National bodies that end a described name as a place does (`… Quốc hội`).
_PARENTS = ("Quốc hội", "QH", "Trung ương", "TƯ", "T.Ư", "TW", "Chính phủ", "Nhà nước")
# Second syllables that make a head the first half of another word.
_NOT_HEADS = {
    keys_of("hội")[0]: frozenset(
        keys_of("nghị thảo chợ trường diễn thi đàm ý viên họp nhập ngộ chẩn làng xuân sách báo")
    ),
    keys_of("ban")[0]: frozenset(keys_of("hành đầu ngày đêm nãy sáng chiều tối")),
    keys_of("phòng")[0]: frozenset(keys_of("chống ngừa tránh thủ vệ khi họp")),
    keys_of("trường")[0]: frozenset(keys_of("hợp kỳ ca")),
    keys_of("viện")[0]: frozenset(keys_of("dẫn trợ phí")),
    keys_of("sở")[0]: frozenset(keys_of("hữu dĩ thích trường")),
    keys_of("cục")[0]: frozenset(keys_of("bộ diện")),
    keys_of("quỹ")[0]: frozenset(keys_of("đạo đất thời")),
}
# Legal forms between a company's head and its description (`Công ty TNHH MTV …`).
_FORMS = frozenset(keys_of("TNHH MTV CP"))


def described_bodies(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with each sentence-case body and its closing place made one ORG."""
    starts = {i for i in line.listed() if line.cap(i) and line.match(i, "described_heads") > i}
    if not starts:
        return spans
    out = list(spans)
    for i in sorted(starts):
        end = _described_end(line, i)
        if end < 0:
            continue
        post = next((c for c in out if c.label == "ROLE" and c.start < i < c.end <= end), None)
        start, label = (post.start, "ROLE") if post is not None else (i, "ORG")
        if any(c.start < start < c.end or c.start < end < c.end for c in out):
            continue  # inside a post or a longer body, or cutting one
        if any(c.start == start and c.end >= end for c in out):
            continue
        out = [c for c in out if c.end <= start or c.start >= end]
        out.append(Candidate(start, end, label))
    return sorted(out, key=lambda c: c.start)


def _described_end(line: Line, i: int) -> int:
    """End of the described body whose head starts at i, or -1."""
    head = line.match(i, "described_heads")
    if line.key(head) in _NOT_HEADS.get(line.key(head - 1), ()) or _in_general(line, i):
        return -1
    if line.match(i, "events", "titles", "documents") > head:
        return -1  # "Hội nghị …", "Trưởng ban …"
    j = head
    while j < line.n and line.key(j) in _FORMS:
        j += 1
    words = 0
    while j < line.n and words < _MAX_WORDS:
        close = _closing(line, j)
        if close > j:
            if words == 0 or line.cap(close) and not is_surname(line, close):
                return -1  # no description, or a name that goes on (`… Đức Tuấn`)
            aside = acronym_aside(line, close)
            return aside if aside > 0 else close
        if line.surface[j] in ("-", "–") and words and line.lower(j + 1):
            j += 1
            continue
        if not line.lower(j) or not line.word(j) or is_stop(line, j):
            return -1
        if line.is_(j, "các") and line.key(j + 1) in LEVELS:
            return -1  # "Trung tâm y tế các huyện …": the centres of several places
        if line.match(j, "titles", "events", "described_heads") > j or _document(line, j):
            return -1
        words += 1
        j += 1
    return -1


def _in_general(line: Line, i: int) -> bool:
    """`các Ủy ban đứng lên chất vấn …`: heads counted; `Khu Trung tâm chính trị Ba Đình`:
    the head inside a place's name."""
    if line.is_(i - 1, "các", "những") or line.phrase(i - 2, "một số") == i:
        return True
    return line.match(i - 1, "place_units", "venue_heads") == i


def _document(line: Line, j: int) -> bool:
    """A document's name at j (`nghị quyết`), which a verb before it governs; not the
    projects a management board runs (`Ban quản lý các dự án …`)."""
    return line.match(j, "documents") > j and line.phrase(j, "dự án") < 0


def _closing(line: Line, j: int) -> int:
    """End of a place or national body at j that closes a described name, or -1."""
    if line.cap(j):
        parent = line.longest(j, _PARENTS)
        return max(parent, place_at(line, j))
    if line.lower(j) and line.match(j, "place_units") > j:
        return unit_place(line, j, bare=False)[0]
    return -1
