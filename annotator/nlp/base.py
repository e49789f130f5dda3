"""What every suggester produces and the interface it offers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Suggestion:
    """A proposed span; `suggester` names who proposed it (shown to the user)."""

    start: int
    end: int
    label: str
    suggester: str
    score: float = 1.0


class Suggester(Protocol):
    """Proposes spans for one NFC text; must not change or re-normalise it."""

    name: str

    def suggest(self, text: str) -> list[Suggestion]: ...
