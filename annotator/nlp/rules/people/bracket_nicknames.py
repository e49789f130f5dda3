"""PER: a nickname in brackets right after a full name (`Trần Văn Lệ (Lệ mập)`,
`Nguyễn Sơn Hải (Tám Hải)`, `Đỗ Thị Hoa (Hoa Minơ)`).

Crime reports give each defendant's underworld name once, in brackets after the
full name, and then call them by it (`Lệ Mập`, `Hải Cướp`) for the rest of the
article: news31 at blind time had four such names and thirty-odd mentions, all
missed, and the given name alone inside the brackets read as a name
(`([Hải] cướp)`). Two words in the brackets, one of them the given name of the
name before them, are a nickname; `name_mentions` then carries it to its later
mentions as it does any name of two words. A year (`(1960)`) shares no word with
the name, and a place that does (`ĐB Nguyễn Văn Bình (Bình Dương)`, a delegate's
province) is a listed place: both stay out.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import is_surname

# Syllables in a Vietnamese full name before its brackets (`Chu Đức Hải`).
_NAME_SIZES = (4, 3)


def bracket_nicknames(line: Line) -> list[Candidate]:
    """`Chu Đức Hải (Hải cướp)`: the two words in the brackets after a full name,
    one of them its given name."""
    found = []
    for i in line.where("("):
        start, end = i + 1, i + 3
        if line.surface[end : end + 1] != [")"] or not line.cap(start):
            continue
        if not all(line.word(k) and not line.digit(k) for k in (start, start + 1)):
            continue
        if line.match(start, "places", "bodies", "media") > start:
            continue  # "ĐB Nguyễn Văn Bình (Bình Dương)": the delegate's province
        given = _given_before(line, i)
        if given and given in (line.key(start), line.key(start + 1)):
            found.append(Candidate(start, end, "PER"))
    return found


def _given_before(line: Line, bracket: int) -> str:
    """The key of the given name of a full Vietnamese name right before the bracket
    at `bracket`, or ''."""
    for size in _NAME_SIZES:
        first = bracket - size
        words = range(first, bracket)
        if first < 0 or line.cap(first - 1) or not is_surname(line, first):
            continue
        if all(line.cap(k) and not line.foreign(k) for k in words):
            return line.key(bracket - 1)
    return ""
