"""Label names of public Vietnamese NER corpora mapped to the project's labels.

VLSP 2018 and PhoNER_COVID19 spell out PERSON, LOCATION and ORGANIZATION;
the project says PER, LOC and ORG. Every other label (MISC, MISCELLANEOUS,
DATE, PATIENT_ID, ...) is kept as written.
"""

from __future__ import annotations

from collections.abc import Iterable

LABEL_MAP = {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"}


def map_label(label: str) -> str:
    return LABEL_MAP.get(label.upper(), label)


def map_spans(spans: Iterable[tuple[int, int, str]]) -> tuple[tuple[int, int, str], ...]:
    return tuple((s, e, map_label(label)) for s, e, label in spans)
