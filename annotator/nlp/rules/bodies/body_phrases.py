"""Pieces read inside a body's or a meeting's name: an acronym in brackets, a topic.

`Ủy ban Kiểm tra (UBKT)` keeps its bracketed short form; a steering committee
or a meeting `về phòng, chống dịch Covid-19` keeps what it is about."""

from __future__ import annotations

from annotator.nlp.rules.lines import Line, keys_of
from annotator.nlp.rules.stop_words import is_stop


def acronym_aside(line: Line, i: int) -> int:
    """End of `(UBKT)`, `(BCHT.Ư)` at i, an abbreviation in brackets inside a name, or -1."""
    if line.surface[i : i + 1] != ["("] or i + 2 >= line.n or line.surface[i + 2] != ")":
        return -1
    word = line.surface[i + 1]
    letters = word.replace(".", "")
    return i + 3 if len(letters) >= 2 and word.isupper() and letters.isalpha() else -1


_TOPIC_ENDS = frozenset(keys_of("ngày tháng năm hôm nay tuần quý"))
_TOPIC_VERBS = (keys_of("phòng , chống"), keys_of("phòng chống"), keys_of("phòng ngừa"))


def topic(line: Line, i: int) -> int:
    """End of `về phòng, chống dịch Covid-19`, `công tác phòng chống dịch bệnh` at i, or -1.

    What a steering committee or a meeting is about, when it is the usual
    `phòng, chống` + a short noun phrase.
    """
    j = i + 1 if line.is_(i, "về") else i
    j = j + 2 if line.phrase(j, "công tác") > 0 else j
    start = next((j + len(v) for v in _TOPIC_VERBS if tuple(line.keys[j : j + len(v)]) == v), -1)
    if start < 0:
        return -1
    end = start
    while end < line.n and end - start < 4:
        if line.match(end, "events", "time_words") >= 0 or line.key(end) in _TOPIC_ENDS:
            break
        if line.word(end) and not is_stop(line, end):
            end += 1
        elif line.surface[end] == "-" and line.digit(end + 1) and not line.gap(end):
            end += 2
        else:
            break
    return end if end > start else -1
