"""Parties abroad named by their own foreign name after `đảng`: `đảng Forza Italia`, `Đảng Likud`.

Vietnamese news writes a foreign party as the word `đảng`, often in
lowercase, and its name as the party spells it; the gold keeps the word
inside the one ORG (`các quan chức trong [đảng Forza Italia]`, news21; `[đảng
Bảo thủ]`, world), where the rules proposed nothing, or `Đảng` alone (the
Communist Party's bare name). The name is a run of capitalised words with
one no Vietnamese syllable spells (`Likud`, `Kadima`, `Baath`), then its
abbreviation in brackets. A party known by its letters is named so too
(`[đảng UMP] của ông Chirac`, news29; `[Đảng TRT]`, news27), unless the
letters are a body of its own (`Ban cán sự Đảng UBND tỉnh`). A translated
name (`đảng Tự do`) is Vietnamese words the rules cannot tell from a
description, and is left alone.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.body_phrases import acronym_aside
from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import cap_run

_MAX_NAME = 4


def party_names(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The line's spans with each `đảng` + a foreign name one ORG over what lay inside it."""
    for head in line.where("đảng"):
        end = _name_end(line, head + 1)
        if end < 0 or any(c.start < head < c.end or c.start < end < c.end for c in spans):
            continue
        kept = [c for c in spans if not head <= c.start < end]
        spans = sorted(kept + [Candidate(head, end, "ORG")], key=lambda c: c.start)
    return spans


def _name_end(line: Line, start: int) -> int:
    """End of a party's own name from start, and `(SPD)` after it, or -1."""
    end = own_name_end(line, start)
    return max(end, acronym_aside(line, end)) if end > start else -1


def own_name_end(line: Line, start: int) -> int:
    """End of a party's own name at start: a capitalised run with a foreign-spelt
    word (`Forza Italia`, `Golkar`) or letters no listed body has (`UMP`), or -1."""
    end = cap_run(line, start, _MAX_NAME)
    if end <= start:
        return -1
    if any(line.foreign(k) for k in range(start, end)):
        return end
    return start + 1 if _party_letters(line, start) else -1


def _party_letters(line: Line, i: int) -> bool:
    """`UMP`, `TRT`: two to five capital letters that are no body of their own (`UBND`)."""
    word = line.surface[i]
    return (
        2 <= len(word) <= 5 and word.isalpha() and word.isupper() and org(line, i, loose=False) < 0
    )
