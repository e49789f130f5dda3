"""PER: a person named once in full, then by the family name after a title (`Chủ tịch [Hồ]`).

Chinese, Korean and some other names put the family name first, and
Vietnamese papers follow their own usage: `Chủ tịch Hồ Cẩm Đào` is later
`Chủ tịch Hồ`, `Thủ tướng Ôn Gia Bảo` is `Thủ tướng Ôn`, `Tổng thống Moon
Jae-in` is `Tổng thống Moon`. The lone syllable is often a word of some list
(`Hồ` a lake, `Moon` an English word), so the one-word name after a title
(`single_name`) refuses it, and the propagation of given names looks only at
a name's last syllable. Blind, such a reference was missed in news22; named
by the first part of a full name elsewhere, people recur in news13, news20,
news21, news22, news23 and the world set.

After a post (a ROLE that ends right before it), one capitalised word standing
alone that is the first word of a full name the article has already put down
as a PER is that person.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line


def family_names_after_titles(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """Add a PER for `Title Family` where the article names `Family Given …` in full."""
    firsts = {
        line.keys[c.start]
        for line, spans in chosen
        for c in spans
        if c.label == "PER" and c.end - c.start >= 2 and line.cap(c.start)
    }
    if not firsts:
        return
    for index, (line, spans) in enumerate(chosen):
        added = [
            Candidate(c.end, c.end + 1, "PER")
            for c in spans
            if c.label == "ROLE" and _family_alone(line, c.end, firsts, spans)
        ]
        if added:
            chosen[index] = (line, sorted(spans + added, key=lambda c: c.start))


def _family_alone(line: Line, i: int, firsts: set[str], spans: list[Candidate]) -> bool:
    """A capitalised word at i, alone (no capital after it), that starts a known full
    name, and that no span of the line covers yet."""
    if i >= line.n or not line.cap(i) or line.cap(i + 1) or line.digit(i):
        return False
    if line.key(i) not in firsts or line.surface[i].isupper():
        return False
    return not any(c.start <= i < c.end for c in spans)
