"""The base of every operation, the batch that groups them, and their JSON form in the action log."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, ClassVar


@dataclass(frozen=True)
class Operation:
    """Base class; `kind` names the operation in the action log."""

    kind: ClassVar[str] = ""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Every operation with a kind is known by it, for reading the action log back."""
        super().__init_subclass__(**kwargs)
        if cls.kind:
            if KINDS.get(cls.kind, cls) is not cls:
                raise TypeError(f"two operations are called {cls.kind!r}")
            KINDS[cls.kind] = cls

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, **_encode(self)}


# Every operation class by its kind, filled as the classes are defined.
KINDS: dict[str, type[Operation]] = {}


@dataclass(frozen=True)
class Batch(Operation):
    """Several operations as one transaction and one undo step."""

    kind: ClassVar[str] = "batch"
    operations: tuple[Operation, ...]
    description: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "operations": [op.to_dict() for op in self.operations],
            "description": self.description,
        }


_PLAIN = (int, str, float, bool, type(None))


def _encode(value: Any) -> Any:
    """JSON-friendly form of dataclass fields (tuples become lists, dataclasses dicts).

    Shallow where it can be: dataclasses.asdict deep-copies every value, which
    costs seconds for the half-million span ids of a registry build.
    """
    if isinstance(value, _PLAIN):
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        if all(isinstance(v, _PLAIN) for v in value):
            return list(value)
        return [_encode(v) for v in value]
    return value
