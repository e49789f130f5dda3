"""`đường ống Nord Stream 2`, `tàu sân bay Gerald Ford`: a machine's name is no person.

Pipelines, warships, missiles and aircraft carry names of people and
places (`tàu sân bay Gerald Ford`, `tên lửa Patriot`); after the noun for
the kind of machine the name is the machine's, and the gold marks none
(`tên lửa Grad`, `tiêm kích Mig-31`). A company or body keeps its ORG
(`máy bay [Vietjet]`; a vehicle's make is dropped by companies/makes.py), a known
place its LOC (`xe tăng [Nga]`), even the rare ship named after a city.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line, keys_of

# Kinds of machine written before a name.
_MACHINES = (
    "đường ống",
    "tàu sân bay",
    "tuần dương hạm",
    "khu trục hạm",
    "tàu khu trục",
    "tàu ngầm",
    "tàu chiến",
    "tên lửa",
    "tiêm kích",
    "chiến đấu cơ",
    "oanh tạc cơ",
    "máy bay ném bom",
    "trực thăng",
    "xe tăng",
)
_NAMES = frozenset({"PER", "LOC"})
# First syllables of the kinds, to skip the spans no kind can stand before.
_FIRSTS = frozenset(keys_of(m)[0] for m in _MACHINES)
_LONGEST = max(len(keys_of(m)) for m in _MACHINES)


def drop_machine_names(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """Remove, line by line, the PER and LOC spans a machine's kind names, and the same
    names as PER elsewhere in the text (`[Nord Stream] 2 là …` after `đường ống`)."""
    machines = {
        _surface(line, c) for line, spans in chosen for c in spans if _machine_name(line, c)
    }
    if not machines:
        return
    for index, (line, spans) in enumerate(chosen):
        named = [c for c in spans if _machine_name(line, c) or _named_again(line, c, machines)]
        if named:
            chosen[index] = (line, [c for c in spans if c not in named])


def _surface(line: Line, c: Candidate) -> tuple[str, ...]:
    return tuple(line.keys[c.start : c.end])


def _named_again(line: Line, c: Candidate, machines: set[tuple[str, ...]]) -> bool:
    return c.label == "PER" and _surface(line, c) in machines


def _machine_name(line: Line, c: Candidate) -> bool:
    """A PER, or a LOC no list knows, named by the machine before it."""
    if c.label == "LOC" and line.match(c.start, "places") >= c.end:
        return False  # "xe tăng Nga", "tàu chiến Mỹ": the maker's country stays a place
    return c.label in _NAMES and _after_machine(line, c.start)


def _after_machine(line: Line, start: int) -> bool:
    """A machine noun ends at `start` before a capital, or covers it (`tàu | sân bay Ford`)."""
    if not any(line.key(k) in _FIRSTS for k in range(max(0, start - _LONGEST), start + 1)):
        return False  # no kind of machine starts near the span
    for machine in _MACHINES:
        for first in range(max(0, start - len(machine.split())), start + 1):
            end = line.phrase(first, machine)
            if end >= start and line.cap(end):
                return True
    return False
