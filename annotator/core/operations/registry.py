"""Registry operations: people and organisations and the mentions linked to them, not the text."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import ClassVar

from annotator.core.operations.base import Operation

# --- registry ------------------------------------------------------------------
# Entities are named by uid, which is the same in every copy of the project,
# and mentions by span id: the operations travel with work packages.


@dataclass(frozen=True)
class AddEntity(Operation):
    """Create a person or organisation; `span_ids` are linked to it (moved from another).

    Splitting a person is this operation with the mentions that belong to someone else.
    """

    kind: ClassVar[str] = "add_entity"
    uid: str
    entity_type: str
    name: str
    names: tuple[str, ...] = ()
    span_ids: tuple[int, ...] = ()
    status: str = "confirmed"


@dataclass(frozen=True)
class DeleteEntity(Operation):
    """Remove an entity with its names and links (the undo of AddEntity)."""

    kind: ClassVar[str] = "delete_entity"
    uid: str


@dataclass(frozen=True)
class RestoreEntity(Operation):
    """Put back a removed entity with its row id, names and links ((span_id, status), ...)."""

    kind: ClassVar[str] = "restore_entity"
    entity_id: int
    uid: str
    entity_type: str
    name: str
    names: tuple[str, ...] = ()
    links: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class LinkMentions(Operation):
    """Link mentions to the entity `uid` (None unlinks them), replacing their links."""

    kind: ClassVar[str] = "link_mentions"
    uid: str | None
    span_ids: tuple[int, ...]
    status: str = "confirmed"


@dataclass(frozen=True)
class MergeEntities(Operation):
    """Fold `source` into `target`: its mentions and names move, then it is removed."""

    kind: ClassVar[str] = "merge_entities"
    source_uid: str
    target_uid: str


@dataclass(frozen=True)
class RenameEntity(Operation):
    """Change an entity's canonical name (the old one stays a name variant)."""

    kind: ClassVar[str] = "rename_entity"
    uid: str
    name: str

    def __post_init__(self) -> None:  # a name typed with combining marks is the same name
        object.__setattr__(self, "name", unicodedata.normalize("NFC", self.name))


@dataclass(frozen=True)
class AddEntityNames(Operation):
    kind: ClassVar[str] = "add_entity_names"
    uid: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class RemoveEntityNames(Operation):
    kind: ClassVar[str] = "remove_entity_names"
    uid: str
    names: tuple[str, ...]


# The registry's operations: about people and organisations, not about the text.
REGISTRY_OPERATIONS: tuple[type[Operation], ...] = (
    AddEntity,
    DeleteEntity,
    RestoreEntity,
    LinkMentions,
    MergeEntities,
    RenameEntity,
    AddEntityNames,
    RemoveEntityNames,
)
