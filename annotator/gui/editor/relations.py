"""Relation mode of the editor: pick a head span, then a target, then a permitted type."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from annotator.core.model import ACCEPTED, PENDING, REJECTED, Relation, Span
from annotator.core.operations import (
    AddRelation,
    Batch,
    DeleteRelation,
    Operation,
    SetRelationStates,
    SetSpanStates,
)
from annotator.core.schema import LabelSchema
from annotator.core.team import CURATED
from annotator.gui.editor.decision_words import relation_decided
from annotator.gui.editor.menus import build_choice_menu
from annotator.gui.i18n import _tr
from annotator.gui.review.provenance import describe


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
            self.statusMessage.emit(_tr("Select a span first, then press R"))
            return
        self._relation_head = head.id
        self.relationRequested.emit(head.id)
        # Both ways of picking the tail are named: the hint spoke only of picking (a click),
        # while the caret on the target, Tab (its span) and Enter work as well. Short: the
        # status line shows about 90 characters on a 1366 px screen.
        hint = _tr(
            "Relation from {label} “{surface}”: click the target span, or the caret into it, "
            "Tab, Enter; Esc cancels"
        )
        self.statusMessage.emit(hint.format(label=head.label, surface=self.surface(head)))
        self.viewport().update()

    def cancel_relation(self) -> None:
        head = self._relation_head
        self._relation_head = None
        if head is not None and self._index.get(head) is not None:
            self._set_selected(head)
        self.statusMessage.emit(_tr("Relation cancelled"))
        self.viewport().update()

    def finish_relation_with_selected(self) -> None:
        """Enter in relation mode: the span chosen with the keyboard is the target."""
        target = self.selected_span()
        if target is None or target.id == self._relation_head:
            self.statusMessage.emit(
                _tr("Put the caret in the target span, then Tab and Enter; Esc cancels")
            )
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
                _tr("No relation type links {head} and {tail}; pick another span").format(
                    head=head.label, tail=target.label
                )
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
            r.head == head.id and r.tail == tail.id and r.type == type_name and r.state == ACCEPTED
            for r in self._relations.values()
        )
        if exists:
            self.statusMessage.emit(_tr("{type} already links these spans").format(type=type_name))
        elif self.apply_operation(_link(head, tail, type_name)) is not None:
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

    # --- a selected relation (reviewing suggested ones) --------------------------

    def selected_relation(self) -> Relation | None:
        rel_id = self._selected_relation
        return None if rel_id is None else self._relations.get(rel_id)

    def select_relation(self, relation_id: int | None, *, ensure_visible: bool = True) -> None:
        """Select a relation of the shown document (None: none); its spans are framed."""
        relation = None if relation_id is None else self._relations.get(relation_id)
        previous = self._selected_relation
        self._selected_relation = None if relation is None else relation.id
        if relation is not None:
            if self._selected_id is not None:
                self._selected_id = None
                self._announced = None
                self.spanSelected.emit(None)
            head = self._index.get(relation.head)
            if head is not None and ensure_visible:
                self.scroll_to_show(head.start)
            self.statusMessage.emit(self.describe_relation(relation).replace("\n", "; "))
        if previous != self._selected_relation:
            self.relationSelected.emit(relation)
        self.viewport().update()

    def describe_relation(self, relation: Relation) -> str:
        head, tail = self._index.get(relation.head), self._index.get(relation.tail)
        ends = ""
        if head is not None and tail is not None:
            ends = f"“{self.surface(head)}” → “{self.surface(tail)}”"
        text = f"{relation.type} {ends}, {describe(relation)}"
        if relation.state == PENDING:
            text += _tr(": Enter accepts, Backspace rejects")
        twins = self.relation_twins(relation)
        if len(twins) > 1:  # one arc stands for the same relation in several layers
            names = ", ".join(dict.fromkeys(_layer_name(r.annotator) for r in twins))
            text += "\n" + _tr("The same relation in %Ln layer(s): {names}", "", len(twins)).format(
                names=names
            )
        return text

    def set_selected_relation_state(self, state: str) -> None:
        """Accept or reject the selected relation (accepting it accepts its pending spans).

        An arc of the all-layers view that stands for several layers' copies
        decides them all in one step: deciding one left the others drawn as
        before, so the arc the user had just accepted still waited.
        """
        relation = self.selected_relation()
        if relation is None or relation.id is None or relation.state == state:
            return
        copies = self.relation_twins(relation)
        ends = tuple(self._end_surface(span_id) for span_id in (relation.head, relation.tail))
        ids = tuple(sorted(r.id for r in copies if r.id is not None))
        changes = self.apply_operation(SetRelationStates(ids, state))
        if changes is None:
            return
        verb = _tr("Accepted") if state == ACCEPTED else _tr("Rejected")
        message = relation_decided(verb, relation.type, ends, changes)
        self.statusMessage.emit(message + _in_layers(copies))
        if relation.state == PENDING:
            self.suggestionDecided.emit("relation", relation.id)

    def _end_surface(self, span_id: int) -> str:
        span = self._index.get(span_id)
        return "?" if span is None else self.surface(span)

    def delete_selected_relation(self) -> None:
        """Backspace on a relation: reject a suggestion, delete an accepted one.

        Every layer's copy the arc stands for goes, in one undo step.
        """
        relation = self.selected_relation()
        if relation is None or relation.id is None:
            return
        if relation.state == PENDING:
            self.set_selected_relation_state(REJECTED)
            return
        copies = self.relation_twins(relation)
        deletes = tuple(DeleteRelation(r.id) for r in copies if r.id is not None)
        op = deletes[0] if len(deletes) == 1 else Batch(deletes, description="delete relation")
        if self.apply_operation(op) is not None:
            message = _tr("Deleted the relation {type}").format(type=relation.type)
            self.statusMessage.emit(message + _in_layers(copies))

    def relation_at(self, point: QPointF) -> Relation | None:
        """The relation whose arc chip is under a viewport point (arcs shown)."""
        if not self.arcs.show_arcs:
            return None
        for block, geometry in self.visible_blocks().values():
            plan = self.arcs.plan(block)
            if plan is None:
                continue
            layout = block.layout()
            for segment in plan.segments:
                if segment.line >= layout.lineCount():
                    continue
                top = geometry.top() + layout.lineAt(segment.line).y()
                chip = self.arcs.chip_rect(segment, top).translated(geometry.left(), 0.0)
                if chip.contains(point):
                    return self._relations.get(segment.relation_id)
        return None


def _layer_name(annotator: str) -> str:
    return _tr("curated layer") if annotator == CURATED else annotator


def _in_layers(copies: tuple[Relation, ...]) -> str:
    """The layers a decision on one arc reached, when it stood for more than one."""
    if len(copies) < 2:
        return ""
    names = ", ".join(dict.fromkeys(_layer_name(r.annotator) for r in copies))
    return " " + _tr("in %Ln layer(s): {names}", "", len(copies)).format(names=names)


def _link(head: Span, tail: Span, type_name: str) -> Operation:
    """A relation drawn by hand, accepting the suggestions it links, in one undo step.

    Linking two suggestions says both are right, as accepting a suggested
    relation accepts its ends; left pending, they stayed counted as waiting
    and the export left the new relation out with them.
    """
    link = AddRelation(head.id or 0, tail.id or 0, type_name)
    pending = tuple(s.id for s in (head, tail) if s.state == PENDING and s.id is not None)
    if not pending:
        return link
    return Batch((link, SetSpanStates(pending, ACCEPTED)), description="link suggestions")
