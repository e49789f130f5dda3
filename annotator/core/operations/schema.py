"""Operations on the project's labels and relation types."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from annotator.core.operations.base import Operation

# --- schema ------------------------------------------------------------------


@dataclass(frozen=True)
class PutLabel(Operation):
    """Add a label, or change colour/key/description of an existing one."""

    kind: ClassVar[str] = "put_label"
    name: str
    color: str
    key: str = ""
    description: str = ""
    order: int | None = None  # palette position; None keeps it (or appends a new label)
    crosses_paragraphs: bool = False


@dataclass(frozen=True)
class RenameLabel(Operation):
    """Rename a label everywhere: schema, annotations, relation type limits."""

    kind: ClassVar[str] = "rename_label"
    old: str
    new: str


@dataclass(frozen=True)
class RemoveLabel(Operation):
    """Remove a label; its spans are deleted, or relabelled to `relabel_to`."""

    kind: ClassVar[str] = "remove_label"
    name: str
    relabel_to: str | None = None


@dataclass(frozen=True)
class PutRelationType(Operation):
    kind: ClassVar[str] = "put_relation_type"
    name: str
    head_labels: tuple[str, ...] = ()
    tail_labels: tuple[str, ...] = ()
    description: str = ""
    key: str = ""
    order: int | None = None  # position in lists; None keeps it (or appends a new type)


@dataclass(frozen=True)
class RemoveRelationType(Operation):
    """Remove a relation type and the relations of that type (undo of a new type)."""

    kind: ClassVar[str] = "remove_relation_type"
    name: str
