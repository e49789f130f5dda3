"""EVENT: a case keeps every crime it is known by, when they are listed with commas.

Legal reports name a case by the charges it brings, one after another:
`[vụ án tham ô, cố ý làm trái]`, `[vụ án cá độ, tiêu cực] diễn ra ở PMU18`,
`[phiên tòa xét xử vụ án buôn lậu, trốn thuế, cố ý làm trái, đưa hối lộ]`.
Every such list in the gold files stays inside the event (3 of 3, news6 and
news22); the rules stopped at the first crime. Only a span another rule found,
ending with `vụ án` + a crime of `crimes.txt` (or with a `vụ án` that a crime
follows, `đưa [vụ án tham ô, cố ý làm trái] ra xét xử`), grows, and only over
further crimes of the same list: a pause before another word (`vụ án tham ô,
nhiều cán bộ …`) ends it.
"""

from __future__ import annotations

from annotator.nlp.rules.events.extent.sides import grow_events
from annotator.nlp.rules.lines import Candidate, Line


def cases_with_crime_lists(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """Each EVENT that ends with `vụ án` + a crime grown over the crimes listed after it."""
    return grow_events(spans, lambda c: _listed_crimes_end(line, c))


def _listed_crimes_end(line: Line, c: Candidate) -> int:
    """End of `, trốn thuế, cố ý làm trái` after a case's first crime in `c`, or -1."""
    end = c.end
    if line.is_(end - 2, "vụ") and line.is_(end - 1, "án") and line.lower(end):
        end = max(end, line.match(end, "crimes"))  # "đưa [vụ án] tham ô": the case named
    if end == c.end and not _ends_with_case_crime(line, c):
        return -1
    while line.surface[end : end + 1] == [","] and line.lower(end + 1):
        crime = line.match(end + 1, "crimes")
        if crime <= end + 1:
            break
        end = crime
    return end


def _ends_with_case_crime(line: Line, c: Candidate) -> bool:
    """Whether `c` ends with `vụ án` and one crime (`… vụ án buôn lậu`)."""
    for k in range(max(c.start, c.end - 8), c.end - 2):
        if line.is_(k, "vụ") and line.is_(k + 1, "án"):
            return line.match(k + 2, "crimes") == c.end
    return False
