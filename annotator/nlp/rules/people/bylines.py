"""PER and ORG in credits and bylines: `Ảnh: Quốc Chính`, the author's closing line."""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import STOP, is_surname, sentence_opener
from annotator.nlp.rules.people.credits import aside_sources, closing_aside, credit_heads
from annotator.nlp.rules.places.listed import place_at


def credits(line: Line) -> list[Candidate]:
    """Photo, video and chart credits: `(Ảnh: N.Đ)`, `Ảnh: Quốc Chính`, `Video: Đức Huy`."""
    found = []
    for _, head in credit_heads(line):
        if head < line.n - 1 and line.surface[head] == ":":
            j = head + 1
            end = j + 1 if line.initials(j) else _credit_run(line, j)
            if end == j + 1 and len(line.surface[j]) == 1 and line.surface[end : end + 1] == ["."]:
                end = max(end, _initial_credit(line, end + 1))  # "Ảnh: N. Hữu"
            if end <= j:
                continue
            if (
                end == j + 1
                and line.surface[j].isupper()
                and "." not in line.surface[j]
                or line.match(j, "media") == end
            ):
                found.append(Candidate(j, end, "ORG"))
            else:
                found.append(Candidate(j, end, "PER"))
    return found


def _initial_credit(line: Line, i: int) -> int:
    """End of the name after an initial in a credit (`N. Hữu`, `M. SƠN`): two words, one case.

    A second word followed by a lowercase one opens the next sentence, glued on where
    the source lost its line break (`Ảnh: N. Dương | Trở thành ...`)."""
    end = i
    upper = line.surface[i].isupper() if i < line.n else False
    while end < line.n and end - i < 2 and line.cap(end) and line.key(end) not in STOP:
        if line.surface[end].isupper() != upper or line.match(end, "not_names") == end + 1:
            break
        if end > i and line.lower(end + 1):
            break
        end += 1
    return end


def _credit_run(line: Line, i: int) -> int:
    """End of a credited name; it stops before a sentence run into it (`Ảnh: Lê Vy | Sau khi`)."""
    end = i
    while end < line.n and end - i < 4 and line.cap(end):
        if end > i and sentence_opener(line, end):
            break
        end += 1
    return end


def byline(line: Line) -> list[Candidate]:
    """A line that is only a name: the author at the end, `NGUYÊN ĐOAN | date`, `Theo TTXVN`."""
    if not line.n or line.n - line.surface.count("/") > 8 or not line.word(0):
        return []  # a slash between sources counts for nothing: "(Theo Guardian/CNN/Reuters)"
    start = 1 if line.is_(0, "theo", "ảnh") and line.n > 1 else 0  # "Ảnh Ng.Thạnh": a credit
    if line.initials(start) and (line.n == start + 1 or line.surface[start + 1] == "|"):
        return [Candidate(start, start + 1, "PER")]
    end = start
    while end < line.n and end - start < 4 and line.cap(end) and not line.digit(end):
        if end > start and line.is_(end, "theo") and not line.gap(end):
            return _glued_source(line, start, end)  # "Minh PhuongTheo Reuters"
        end += 1
    rest = line.surface[end:]
    aside = closing_aside(line, end)
    if end == start or (rest and rest[0] != "|" and not aside and not _credited(line, end)):
        return []
    if start and line.match(start, "media") == end or _acronym(line, start, end):
        return [Candidate(start, end, "ORG")]
    kinds = ("bodies", "titles", "places", "org_heads", "not_names", "media")
    if end - start < 2 or line.match(start, *kinds) >= end or _word_and_place(line, start, end):
        return []
    return [Candidate(start, end, "PER")] + (aside_sources(line, end) if aside else [])


# What an interview's author did, after the name on the closing line (`Việt Anh thực hiện`).
_CREDITS = ("thực hiện", "ghi")


def _credited(line: Line, end: int) -> bool:
    """`thực hiện`, `ghi` (and a full stop) end the line after the author's name."""
    credit = line.longest(end, _CREDITS)
    return credit > 0 and line.surface[credit:] in ([], ["."])


def _word_and_place(line: Line, start: int, end: int) -> bool:
    """`Tin Quảng Nam`, `Thời sự Hà Nội`: a heading word before a place, not someone's name
    (a surname before a place, `Trần Thái Bình`, is still a name)."""
    return not is_surname(line, start) and any(
        place_at(line, k) == end for k in range(start + 1, end)
    )


def _glued_source(line: Line, start: int, theo: int) -> list[Candidate]:
    """The author's name glued to `Theo` and the source after it, which is an ORG when listed."""
    found = [Candidate(start, theo, "PER")] if theo - start >= 2 else []
    source = line.match(theo + 1, "media")
    if source == line.n or _acronym(line, theo + 1, line.n):
        found.append(Candidate(theo + 1, line.n, "ORG"))
    return found


def _acronym(line: Line, start: int, end: int) -> bool:
    """`Theo AFP`: a source agency written as an acronym."""
    return end == start + 1 and start > 0 and line.surface[start].isupper()
