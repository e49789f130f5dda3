"""What may follow a document's name and still belong to it: its year (`năm 2013`,
`10 năm 2021-2030`), the version in brackets (`(sửa đổi)`, `(lần 2)`), the two states
of a joint paper (`Tuyên bố chung Việt Nam - Hoa Kỳ`), a title that ends in its year.

Kept apart from finding the documents (rules.documents.papers), which calls these once it
knows where a name ends; none of them reads a document of its own.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.body_phrases import acronym_aside
from annotator.nlp.rules.lines import Line
from annotator.nlp.rules.names import STOP
from annotator.nlp.rules.phrases import MAX_PHRASE, YEARISH
from annotator.nlp.rules.places.listed import place_at

_BACK_REFERENCES = ("trên", "này", "đó", "ấy")


def until_year(line: Line, i: int) -> int:
    """`Chương trình giám sát của Quốc hội năm 2022`: a title that ends in its year."""
    if line.key(i) in STOP and not line.is_(i, "của"):
        return -1
    if line.is_(i, *_BACK_REFERENCES):
        return -1  # "Quyết định trên được đưa ra ... năm 2014": a mention, no title
    last = -1
    j = i
    while j < line.n and j - i < MAX_PHRASE:
        tok = line.surface[j]
        if line.is_(j, "năm") and j + 1 < line.n and YEARISH.match(line.surface[j + 1]):
            last = j + 2
            j += 2
            continue
        if YEARISH.match(tok) and line.surface[j + 1 : j + 2] == [","]:
            return j + 1  # "Hiệp ước chống tên lửa đạn đạo 1972, đưa …": its bare year ends it
        if not line.word(j) and tok not in ",-–" or line.is_(j, "ký"):
            break  # "Hiệp định ... | ký năm 2004": the year it was signed, not its title
        if line.cap(j) and line.match(j, "documents") > j and j > i:
            break
        j += 1
    return last


def document_tail(line: Line, end: int) -> int:
    """`năm 2013`, `10 năm 2021-2030`, `(sửa đổi)`, `(BTA)` right after a document's name."""
    start = end + 1 if line.digit(end) and line.is_(end + 1, "năm") else end
    if line.is_(start, "năm") and start + 1 < line.n and YEARISH.match(line.surface[start + 1]):
        return version_bracket(line, start + 2)
    # "[Hiệp định thương mại song phương (BTA)]": its short form in brackets is inside,
    # as a body's is (news25).
    return max(version_bracket(line, end), acronym_aside(line, end))


def joint_parties(line: Line, end: int) -> int:
    """`Tuyên bố chung | Việt Nam - Hoa Kỳ`, `Thông cáo chung | Việt - Mỹ`: the two states
    that issued a joint paper are part of its name (news6, news8, news9), no LOCs."""
    first = place_at(line, end)
    if first <= end and line.is_(end, "Việt") and line.cap(end):
        first = end + 1  # "Việt - Mỹ": the short form of Việt Nam
    if first <= end or line.surface[first : first + 1] not in (["-"], ["–"]):
        return end
    second = place_at(line, first + 1)
    return second if second > first + 1 else end


def version_bracket(line: Line, end: int) -> int:
    """`(sửa đổi)`, `(lần 2)` right after a document's name: which version it is."""
    if line.surface[end : end + 1] != ["("]:
        return end
    inner = max(line.phrase(end + 1, "sửa đổi"), line.phrase(end + 1, "lần") + 1)
    if inner > end + 1 and line.surface[inner : inner + 1] == [")"]:
        return inner + 1 if not line.is_(end + 1, "lần") or line.digit(inner - 1) else end
    return end
