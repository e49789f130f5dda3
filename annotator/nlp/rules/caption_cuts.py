"""A name at the end of a headline or caption that took the next sentence's first word.

Headlines and photo captions often lose their full stop when a page is
copied, so a name at their end runs into the capitalised first word of the
text after it: `Công ty Vissan Ông Lê Hoàng Quân …`, `gian trưng bày của Báo
NLĐ Trao giải thưởng …`, `Thứ trưởng Nguyễn Việt Tiến Trụ sở Công ty …`,
`Nhà Truyền thống Chiến khu An Phú Đông Lãnh đạo TPHCM …`. Blind sets brought
it in four of eight sets (news3, news6 `Hà Nội Ngày 6-3`, news8, news10). The
words that open such a sentence are a closed class: an address word before a
person's name, or the first syllable of a common lowercase word (`Trụ sở`,
`Lãnh đạo`, `Trao giải`); the name is cut before it. A name that ends in
such a syllable with nothing of that kind after it is left whole (`đảo Cát
Bà`, `Công ty Trao Đổi`).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

# Sentence openers of two syllables whose first one may end a name by mistake.
_OPENERS = (
    "trụ sở",
    "lãnh đạo",
    "toàn cảnh",
    "quang cảnh",
    "trao giải",
    "trao tặng",
    "trao quyết định",
    "trao bằng",
    "trao huân chương",
    "trao đổi",
)
_CUT = frozenset({"PER", "ORG", "LOC"})


def cut_caption_openers(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with a next sentence's first word cut off the end of a name."""
    starts = {c.start for c in spans if c.label == "PER"}
    out = []
    for c in spans:
        last = c.end - 1
        if c.label in _CUT and last > c.start and line.cap(last) and _opens(line, last, starts):
            out.append(Candidate(c.start, last, c.label))
        else:
            out.append(c)
    return out


def _opens(line: Line, k: int, persons: set[int]) -> bool:
    """Token k opens a sentence: `Ông` before a person, or `Trụ` of `Trụ sở`."""
    if line.is_(k, "ông", "bà"):
        return k + 1 in persons
    return line.lower(k + 1) and line.longest(k, _OPENERS) > k + 1
