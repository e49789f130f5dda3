"""PARTICIPATES for people listed as attending: `Đến dự có A; B; C`, `21 bị cáo hầu tòa gồm: A, B`.

A report lists who attended after a cue, often in the sentence after the
event's (`[Đại hội ...] đã khai mạc tại Pleiku. Đến dự có Chủ tịch nước A;
... B; ... C`), and the list runs far past the reach of the nearest-event
pattern. Every person of the list, up to the end of the cue's sentence, takes
part in the event the cue names (`Tham dự [buổi lễ] có ...`), the one right
before `gồm` (`[hầu tòa] gồm: ...`), or else the last event before the cue on
its line. Across lines nothing is linked, as the guidelines ask. A person
named in the bracket that describes a listed one is no member of the list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

LabelledRange = tuple[int, int, str]

# "Đến dự có", "Tới dự có", "Tham dự buổi lễ có", "Về dự có", "Cùng dự có" (any letter case).
_ATTENDED = re.compile(
    r"\b(?:tới|đến|về|tham|cùng)\s+dự\b(?P<named>[^.;:!?\n]{0,80}?)\s+có\b", re.I
)
# "[hầu tòa] gồm:", "[phiên tòa] gồm các bị cáo": the event right before the list.
_MADE_OF = re.compile(r"\s*gồm\b\s*:?", re.I)
_GAP_TO_LIST = 3
# Absent from the event: "không tham dự [ĐH]", "vắng mặt dự".
NOT_ATTENDING = re.compile(r"\b(?:không|chưa|vắng mặt)\s+(?:(?:tham|về|đến|tới)\s+)?dự\s*$", re.I)


def listed_attendance(
    text: str, spans: Sequence[LabelledRange], sentence: Sequence[int]
) -> list[tuple[int, int]]:
    """(person, event) index pairs for the people of attendance lists in the text."""
    order = sorted(range(len(spans)), key=lambda i: spans[i][0])
    events = [i for i in order if spans[i][2] == "EVENT"]
    out: list[tuple[int, int]] = []
    for cue_end, event in _cues(text, spans, events):
        people = [
            i
            for i in order
            if spans[i][2] == "PER"
            and spans[i][0] >= cue_end
            and sentence[spans[i][0]] == sentence[min(cue_end, len(text))]
            and not in_brackets(text, cue_end, spans[i][0])
        ]
        out += [(person, event) for person in people]
    return out


def _cues(text: str, spans: Sequence[LabelledRange], events: list[int]) -> list[tuple[int, int]]:
    """(end of the cue, the event the list attends) for every cue with an event."""
    found = []
    for m in _ATTENDED.finditer(text):
        named = [e for e in events if m.start("named") <= spans[e][0] < m.end("named")]
        before = [
            e
            for e in events
            if spans[e][1] <= m.start() and _same_line(text, spans[e][1], m.start())
        ]
        chosen = named[0] if named else (before[-1] if before else None)
        if chosen is not None:
            found.append((m.end(), chosen))
    for e in events:
        listing = _MADE_OF.match(text, spans[e][1])
        if NOT_ATTENDING.search(text, max(0, spans[e][0] - 24), spans[e][0]):
            continue  # "không tham dự [ĐH] gồm …": the list of those absent
        if listing and listing.start() - spans[e][1] <= _GAP_TO_LIST:
            found.append((listing.end(), e))
    return found


def in_brackets(text: str, start: int, position: int) -> bool:
    """In a bracket that describes a listed person: `Tỷ Em (em trai Lâm Văn Tỷ)`."""
    between = text[start:position]
    return between.count("(") > between.count(")")


def _same_line(text: str, a: int, b: int) -> bool:
    return "\n" not in text[a:b]
