"""A corpus search as a value: what to find, how to match it, and which hits to keep.

The search box accepts `label:ROLE "Bí thư"` (spans of a label whose text
matches), plain words or a phrase (`quoc hoi` finds `Quốc hội`), and with
the regular-expression option a pattern. Filters keep hits by document
status, by the label of the annotation covering them, and by its annotator.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, replace

from annotator.core.model import STATUSES
from annotator.core.search_text import SearchError, TextQuery

# Which hits to keep, by the annotations covering them.
ANY = "any"
ANNOTATED = "annotated"
UNANNOTATED = "unannotated"
ANNOTATION_FILTERS = (ANY, ANNOTATED, UNANNOTATED)

_FIELD = re.compile(r"^(label|status|annotator):(.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class SearchQuery:
    """One corpus search.

    `label` turns it into a search by annotation: the hits are the spans of
    that label whose text contains `text` (all of them when `text` is empty).
    """

    text: str = ""
    regex: bool = False
    match_case: bool = False
    match_diacritics: bool = False
    label: str | None = None
    statuses: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()  # keep hits covered by a span of one of these labels
    annotators: tuple[str, ...] = ()  # ... made by one of these annotators
    annotated: str = ANY
    states: tuple[str, ...] = ("accepted", "pending")  # annotations that count

    def text_query(self) -> TextQuery:
        return TextQuery(self.text, self.regex, self.match_case, self.match_diacritics)

    @property
    def empty(self) -> bool:
        return not self.text.strip() and self.label is None

    def check(self) -> None:
        """Raise SearchError for a query that cannot run (bad status, filter or pattern)."""
        unknown = [s for s in self.statuses if s not in STATUSES]
        if unknown:
            raise SearchError(
                "status {unknown!r} is not one of {choices}",
                unknown=unknown[0],
                choices=list(STATUSES),
            )
        if self.annotated not in ANNOTATION_FILTERS:
            raise SearchError(
                "annotated must be one of {choices}",
                choices=list(ANNOTATION_FILTERS),
            )
        self.text_query().matcher()


def parse_query(raw: str, **options: object) -> SearchQuery:
    """`label:ROLE "Bí thư"` and friends into a SearchQuery; `options` set the rest.

    `label:X` makes it a search by annotation; `status:done` and
    `annotator:NAME` add filters. Everything else is the phrase to find
    (quotes only group). With `regex=True` the text is taken as it is.
    """
    query = SearchQuery(**options)  # type: ignore[arg-type]
    if query.regex:
        return replace(query, text=raw.strip())
    try:
        parts = shlex.split(raw, posix=True)
    except ValueError:  # an unbalanced quote: take the words as typed
        parts = raw.replace('"', " ").split()
    words: list[str] = []
    label, statuses, annotators = query.label, list(query.statuses), list(query.annotators)
    for part in parts:
        found = _FIELD.match(part)
        if found is None or not found.group(2):
            words.append(part)
            continue
        name, value = found.group(1).lower(), found.group(2)
        if name == "label":
            label = value
        elif name == "status":
            statuses.append(value.replace(" ", "_"))
        else:
            annotators.append(value)
    return replace(
        query,
        text=" ".join(words),
        label=label,
        statuses=tuple(dict.fromkeys(statuses)),
        annotators=tuple(dict.fromkeys(annotators)),
    )
