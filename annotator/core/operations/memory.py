"""Operations on what the project's memory counts: lifting a hold-back, and putting it back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from annotator.core.operations.base import Operation


@dataclass(frozen=True)
class LiftHoldBack(Operation):
    """Let the project's memory suggest a surface again: these rejections no longer count.

    The memory holds back a surface rejected twice with a label and never
    accepted with it, in every later document. A rejection inside a longer
    name (`Myanmar` of `căn cứ không quân Myanmar`) can so hold back every
    later `Myanmar`. Lifting keeps the rejections themselves (the documents
    they were made in never get that suggestion again) but the memory stops
    counting them: the surface is held back again only once it is rejected
    twice more.
    """

    kind: ClassVar[str] = "lift_hold_back"
    span_ids: tuple[int, ...]


@dataclass(frozen=True)
class RestoreHoldBack(Operation):
    """Count these rejections again (the undo of a lift)."""

    kind: ClassVar[str] = "restore_hold_back"
    span_ids: tuple[int, ...]
