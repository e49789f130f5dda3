"""EVENT: an accident or disaster named by what befell, without `vụ` (`tai nạn tàu E1`).

Reports of a disaster name it by the vehicle and its code or by what happened
(`[vụ tai nạn tàu E1]` news3, `[tai họa kinh hoàng của tàu Thống Nhất E1]`,
`[tai họa đổ tàu]` news10, `[tai nạn tàu E1]` news15), then refer back to it
with the bare noun (`nguyên nhân [tai nạn]` twice in news10). With `vụ` the
incident rules read it; without, the blind-time rules missed all of these
(news10 4, news15 1). The heads are listed in `disasters.txt` (kind
`disasters`). A kind of accident (`tai nạn giao thông`, news5, news11, news13),
several (`những tai nạn tương tự`), or one that may happen (`khi xảy ra thảm
họa`, news3) stays none: the bare noun is read only in an article that names
a disaster, and never plural or followed by its kind.
"""

from __future__ import annotations

import re

from annotator.nlp.rules.events.extent.manners import manners_after
from annotator.nlp.rules.lines import Candidate, Line

# The vehicles an accident is named by (`accident_vehicles`: "tàu", "máy bay"), what
# befalls them (`accident_befalls`: "đổ", "rơi") and the kinds of accident that make
# the bare noun a class (`accident_kinds`: "giao thông", "lao động") are gazetteer data.
_CODE = re.compile(r"^[A-Z]{1,3}[0-9]{0,4}$")
# Counted, classified, or any accident one meets or causes: "những tai nạn", "gây tai nạn".
_NOT_BEFORE = (
    "các",
    "những",
    "nhiều",
    "mọi",
    "mấy",
    "vài",
    "từng",
    "mỗi",
    "vụ",
    "cuộc",
    "trận",
    "gặp",
    "gây",
)
_MAX_NAME = 3


def find_named_disasters(line: Line) -> list[Candidate]:
    """`tai nạn tàu E1`, `tai họa kinh hoàng của tàu Thống Nhất E1`, `tai họa đổ tàu`."""
    found = []
    for i in _heads(line):
        end = line.match(i, "disasters")
        step = manners_after(line, end)
        step = step + 1 if line.is_(step, "của") else step
        named = max(_vehicle_named(line, step), _befell(line, step))
        if named > step:
            found.append(Candidate(i, named, "EVENT"))
    return found


def disasters_referred_back(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """The bare head becomes the disaster's EVENT in an article that names one."""
    if not any(_names_disaster(line, c) for line, spans in chosen for c in spans):
        return
    for index, (line, spans) in enumerate(chosen):
        taken = {k for c in spans for k in range(c.start, c.end)}
        bare = [Candidate(i, line.match(i, "disasters"), "EVENT") for i in _heads(line)]
        bare = [c for c in bare if c.start not in taken and _alone(line, c.end)]
        if bare:
            chosen[index] = (line, sorted(spans + bare, key=lambda c: c.start))


def _heads(line: Line) -> list[int]:
    """Lowercase disaster heads that are neither counted nor after a classifier."""
    starts = line.where("tai") + line.where("thảm")
    return [
        i
        for i in sorted(starts)
        if line.match(i, "disasters") > i and _opens(line, i) and not line.is_(i - 1, *_NOT_BEFORE)
    ]


def _opens(line: Line, i: int) -> bool:
    """Lowercase, or capitalised only where a sentence or a headline starts."""
    return line.lower(i) or line.cap(i) and (i == 0 or line.surface[i - 1] in _OPENERS)


_OPENERS = frozenset('.!?:"“-–')


def _names_disaster(line: Line, c: Candidate) -> bool:
    """An EVENT that opens with a disaster head or `vụ` + one (`vụ tai nạn tàu E1`)."""
    if c.label != "EVENT":
        return False
    start = c.start + 1 if line.is_(c.start, "vụ") else c.start
    return line.match(start, "disasters") > start and c.end > line.match(start, "disasters")


def _alone(line: Line, end: int) -> bool:
    """The bare head: no kind, no cause, no name after it."""
    return line.longest(end, line.gaz.phrases("accident_kinds")) < 0 and not line.cap(end)


def _vehicle_named(line: Line, i: int) -> int:
    """End of `tàu E1`, `tàu Thống Nhất E1`, `máy bay MH17` at i, or -1."""
    vehicle = line.longest(i, line.gaz.phrases("accident_vehicles"))
    if vehicle < 0:
        return -1
    j = vehicle
    while (
        j < line.n and j - vehicle < _MAX_NAME and line.cap(j) and not _CODE.match(line.surface[j])
    ):
        j += 1
    if j >= line.n or not _CODE.match(line.surface[j]):
        return -1
    if line.digit(j + 1) and not line.gap(j + 1):
        return j + 2  # "E1" read as the tokens `E`, `1`
    return j + 1 if any(ch.isdigit() for ch in line.surface[j]) else -1


def _befell(line: Line, i: int) -> int:
    """End of `đổ tàu`, `rơi máy bay` at i: what happened to a vehicle, or -1."""
    verb = line.longest(i, line.gaz.phrases("accident_befalls"))
    return line.longest(verb, line.gaz.phrases("accident_vehicles")) if verb > i else -1
