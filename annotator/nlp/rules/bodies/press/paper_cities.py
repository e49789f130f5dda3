"""ORG over LOC: a paper's name after `tờ` that ends in its city (`tờ [Địa cầu Boston]`).

Vietnamese news translates foreign papers' names and keeps their city: `tờ
Địa cầu Boston`, `tờ Thời báo New York`. The gold marks the whole name as
the paper's ORG, the city inside it no LOC; the rules found the city alone,
a false place (blind-time news20, once a listed city). The name is a
title-case run right after a lowercase `tờ` that ends in a listed place, with
at least one word of its own before the place; `tờ báo Mỹ` (a press word,
then the country) is the outlet rule's.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.lowercase import title_case_words
from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.places.listed import place_at


def paper_cities(line: Line) -> list[Candidate]:
    """ORG candidates of the papers named with their city after `tờ`."""
    found = []
    for i in line.where("tờ"):
        start = i + 1
        if not line.lower(i) or not line.cap(start) or place_at(line, start) > start:
            continue
        words = title_case_words(line, start)
        city = place_at(line, words) if words > start else -1
        if city > words:
            found.append(Candidate(start, city, "ORG"))
    return found
