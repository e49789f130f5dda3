"""Relation mode of the editor: pick a head span, then a target, then a permitted type."""

from __future__ import annotations

from annotator.core.model import Relation, Span
from annotator.core.operations import AddRelation
from annotator.core.schema import LabelSchema
from annotator.gui.editor.menus import build_choice_menu


def relation_candidates(
    schema: LabelSchema, first: Span, second: Span
) -> list[tuple[str, Span, Span]]:
    """(type, head, tail) choices the schema allows, either way round.

    The user may pick the ROLE before the PER; HOLDS then still applies,
    reversed, rather than being refused.
    """
    forward = [(r.name, first, second) for r in schema.relations_allowed(first.label, second.label)]
    names = {name for name, _, _ in forward}
    backward = [
        (r.name, second, first)
        for r in schema.relations_allowed(second.label, first.label)
        if r.name not in names or first.label != second.label
    ]
    return forward + [c for c in backward if c not in forward]


class RelationMixin:
    """Creating relations from the text, and finding the partners of a span."""

    def relation_mode(self) -> bool:
        return self._relation_head is not None

    def start_relation(self, span_id: int | None = None) -> None:
        """Enter relation mode from a span (the selected one by default)."""
        head_id = span_id if span_id is not None else self._selected_id
        head = self._index.get(head_id) if head_id is not None else None
        if head is None:
            self.statusMessage.emit("Select a span first, then press R")
            return
        self._relation_head = head.id
        self.relationRequested.emit(head.id)
        self.statusMessage.emit(
            f"Relation from {head.label} “{self.surface(head)}”: pick the target span, Esc cancels"
        )
        self.viewport().update()

    def cancel_relation(self) -> None:
        head = self._relation_head
        self._relation_head = None
        if head is not None and self._index.get(head) is not None:
            self._set_selected(head)
        self.statusMessage.emit("Relation cancelled")
        self.viewport().update()

    def finish_relation_with_selected(self) -> None:
        """Enter in relation mode: the span chosen with the keyboard is the target."""
        target = self.selected_span()
        if target is None or target.id == self._relation_head:
            self.statusMessage.emit("Move to the target span (Tab) and press Enter, Esc cancels")
            return
        self.pick_relation_target(target)

    def pick_relation_target(self, target: Span) -> None:
        """Offer only the relation types the schema allows between the two labels."""
        head = self._index.get(self._relation_head) if self._relation_head is not None else None
        if head is None or target.id == head.id:
            return
        choices = relation_candidates(self._schema, head, target)
        if not choices:
            self._set_selected(target.id)
            self.statusMessage.emit(
                f"No relation type links {head.label} and {target.label}; pick another span"
            )
            return
        if len(choices) == 1:
            self.add_relation(*choices[0])
            return
        items = [
            (f"{name}: {h.label} → {t.label}", lambda c=(name, h, t): self.add_relation(*c))
            for name, h, t in choices
        ]
        self._menu = build_choice_menu(self, items)
        rect = self.cursorRect(self.textCursor())
        self._menu.popup(self.viewport().mapToGlobal(rect.bottomLeft()))

    def add_relation(self, type_name: str, head: Span, tail: Span) -> None:
        """Apply AddRelation unless the same link exists, then leave relation mode."""
        start = self._relation_head
        self._relation_head = None
        exists = any(
            r.head == head.id and r.tail == tail.id and r.type == type_name
            for r in self._relations.values()
        )
        if exists:
            self.statusMessage.emit(f"{type_name} already links these spans")
        elif self.apply_operation(AddRelation(head.id, tail.id, type_name)) is not None:
            self.statusMessage.emit(f"{type_name}: {self.surface(head)} → {self.surface(tail)}")
        if start is not None and self._index.get(start) is not None:
            self._selected_id = start
            self.spanSelected.emit(self._index.get(start))
        self.viewport().update()

    def relation_partners(self, span_id: int | None = None) -> list[tuple[Relation, Span, bool]]:
        """(relation, other span, outgoing?) for every relation of a span."""
        sid = self._selected_id if span_id is None else span_id
        if sid is None:
            return []
        partners = []
        for relation in self._relations.values():
            if relation.head == sid or relation.tail == sid:
                outgoing = relation.head == sid
                other = self._index.get(relation.tail if outgoing else relation.head)
                if other is not None:
                    partners.append((relation, other, outgoing))
        return partners
