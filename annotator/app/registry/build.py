"""Linking new mentions to the registry: one planned Batch, one undo step.

Each PER (ORG) span without a link is linked by its name key (case, tone
placement and Đ lookalikes folded): to the entity that already has the
name, or to a new person (organisation). In one document the same name is
always the same entity. A short form of a person (`Cường`, `N.Đ`) is not
matched across documents: it is *suggested* for the person of that
document whose full name it fits, and the linguist confirms it. A name two
entities share (after a split) is suggested for the one with more mentions.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

from annotator.core.messages import Message, by_count, message
from annotator.core.operations import AddEntity, Batch, LinkMentions, Operation
from annotator.core.registry import (
    AUTO,
    ENTITY_KINDS,
    MENTION_LABELS,
    PERSON,
    SUGGESTED,
    display_name,
    entity_key,
    is_short_form,
    new_uid,
    short_form_fits,
)
from annotator.store.registry_reads import Mention


@dataclass
class NewEntity:
    uid: str
    entity_type: str
    name: str
    names: dict[str, None] = field(default_factory=dict)  # other spellings, in order
    span_ids: list[int] = field(default_factory=list)


@dataclass
class RegistryUpdate:
    """What linking the new mentions would do, and the operation that does it."""

    new: dict[str, NewEntity] = field(default_factory=dict)
    links: dict[tuple[str, str], list[int]] = field(default_factory=lambda: defaultdict(list))

    def count(self, status: str) -> int:
        linked = sum(len(ids) for (_, s), ids in self.links.items() if s == status)
        return linked + (sum(len(e.span_ids) for e in self.new.values()) if status == AUTO else 0)

    def new_count(self, entity_type: str) -> int:
        return sum(1 for e in self.new.values() if e.entity_type == entity_type)

    @property
    def empty(self) -> bool:
        return not self.new and not any(self.links.values())

    def summary(self) -> Message:
        persons, organisations = self.new_count(PERSON), self.new_count("organisation")
        return message(
            "{linked} linked by name, {suggested} suggested for confirmation; "
            "{persons}, {organisations}",
            linked=by_count(self.count(AUTO), "1 mention", "{n} mentions"),
            suggested=self.count(SUGGESTED),
            persons=by_count(persons, "1 new person", "{n} new persons"),
            organisations=by_count(organisations, "1 new organisation", "{n} new organisations"),
        )

    def operation(self) -> Operation | None:
        parts: list[Operation] = [
            AddEntity(e.uid, e.entity_type, e.name, tuple(e.names), tuple(e.span_ids), status=AUTO)
            for e in self.new.values()
        ]
        parts += [
            LinkMentions(uid, tuple(ids), status)
            for (uid, status), ids in self.links.items()
            if ids
        ]
        if not parts:
            return None
        return Batch(tuple(parts), description=f"registry: {self.summary()}")


class _Linker:
    """Links the mentions of one entity type, document by document."""

    def __init__(self, update: RegistryUpdate, entity_type: str, index: dict) -> None:
        self.update = update
        self.type = entity_type
        self.index = index  # name key -> [(uid, mentions)], most mentioned first
        self.new_by_key: dict[str, str] = {}

    def document(self, mentions: list[Mention], linked: list[Mention]) -> None:
        names: dict[str, str] = {}  # name key -> uid, in this document
        fulls: list[tuple[int, str, str]] = []  # (start, uid, full name)
        for m in linked:
            if m.uid is not None and m.status != SUGGESTED and not self._short(m.text):
                names.setdefault(entity_key(self.type, m.text), m.uid)
                fulls.append((m.start, m.uid, m.text))
        shorts = [m for m in mentions if self._short(m.text)]
        for m in mentions:
            if not self._short(m.text):
                uid = self._by_name(m, names)
                fulls.append((m.start, uid, m.text))
        fulls.sort()
        for m in shorts:
            fits = [(start, uid) for start, uid, full in fulls if short_form_fits(m.text, full)]
            if fits:
                before = [f for f in fits if f[0] < m.start]
                self.update.links[((before or fits)[-1][1], SUGGESTED)].append(m.span_id)
            else:
                self._by_name(m, names)

    def _short(self, text: str) -> bool:
        return self.type == PERSON and is_short_form(text)

    def _by_name(self, m: Mention, names: dict[str, str]) -> str:
        key = entity_key(self.type, m.text)
        uid = names.get(key)
        status = AUTO
        if uid is None and key in self.index:
            candidates = self.index[key]
            uid = candidates[0][0]
            status = AUTO if len(candidates) == 1 else SUGGESTED
        if uid is None:
            uid = self.new_by_key.get(key)
        if uid is None:
            uid = self.new_by_key[key] = new_uid()
            self.update.new[uid] = NewEntity(uid, self.type, display_name(m.text))
        names[key] = uid
        fresh = self.update.new.get(uid)
        if fresh is not None and status == AUTO:
            fresh.span_ids.append(m.span_id)
            fresh.names.setdefault(" ".join(m.text.split()), None)
        else:
            self.update.links[(uid, status)].append(m.span_id)
        return uid


def plan_registry_update(
    reader: Any, *, entity_types: tuple[str, ...] = ENTITY_KINDS
) -> RegistryUpdate:
    """Link every live PER and ORG span that has no link yet (nothing is written)."""
    update = RegistryUpdate()
    for entity_type in entity_types:
        label = MENTION_LABELS[entity_type]
        linker = _Linker(update, entity_type, reader.registry_name_index(entity_type))
        for chunk in reader.unlinked_mentions(label):
            doc_ids = sorted({m.doc_id for m in chunk})
            linked: dict[int, list[Mention]] = defaultdict(list)
            for m in reader.linked_mentions_in(label, doc_ids):
                linked[m.doc_id].append(m)
            for doc_id, group in groupby(chunk, key=lambda m: m.doc_id):
                linker.document(list(group), linked.get(doc_id, []))
    return update


def update_registry(reader: Any, apply: Any) -> RegistryUpdate:
    """Plan and apply (through `apply(op)`, a session's or the window's) in one step."""
    update = plan_registry_update(reader)
    op = update.operation()
    if op is not None:
        apply(op)
    return update
