"""Context and choice menus of the editor, shown with popup() so nothing blocks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QMenu, QWidget

from annotator.core.model import ACCEPTED, PENDING, REJECTED, Relation, Span
from annotator.core.operations import DeleteRelation
from annotator.gui.i18n import _tr, number
from annotator.gui.review.provenance import describe


def menu_text(text: str) -> str:
    """Action text shown literally: '&' would otherwise mark a mnemonic."""
    return text.replace("&", "&&")


def _add(menu: QMenu, text: str, slot: Callable[[], object], *, enabled: bool = True) -> Any:
    action = menu.addAction(menu_text(text))
    action.triggered.connect(lambda _checked=False: slot())
    action.setEnabled(enabled)
    return action


def _title(menu: QMenu, text: str) -> None:
    menu.addAction(menu_text(text)).setEnabled(False)


def build_span_menu(editor: Any, span: Span | None) -> QMenu:
    """Menu for a right click: actions on the span under the pointer, then bulk ones."""
    menu = QMenu(editor)
    menu.setObjectName("annotationEditorMenu")
    if span is not None:
        _span_actions(menu, editor, span)
    else:
        _selection_actions(menu, editor)
    if editor.menu_extender is not None:
        editor.menu_extender(menu, span, None)
    menu.addSeparator()
    pending = editor.pending_count()
    accept_all = _tr("Accept all suggestions ({count})").format(count=number(pending))
    reject_all = _tr("Reject all suggestions ({count})").format(count=number(pending))
    _add(menu, accept_all, editor.accept_all_pending, enabled=pending > 0)
    _add(menu, reject_all, editor.reject_all_pending, enabled=pending > 0)
    return menu


def _span_actions(menu: QMenu, editor: Any, span: Span) -> None:
    _title(menu, f"{span.label}: {editor.surface(span)}")
    _title(menu, describe(span))
    relabel = menu.addMenu(_tr("Accept as") if span.state == PENDING else _tr("Relabel as"))
    for label in editor._schema.labels:
        hint = f"\t{label.key}" if label.key else ""
        action = _add(relabel, label.name + hint, lambda n=label.name: editor.relabel_selected(n))
        action.setCheckable(True)
        action.setChecked(label.name == span.label)
    if span.state == PENDING:
        _add(menu, _tr("Accept suggestion\tEnter"), lambda: editor.set_selected_state(ACCEPTED))
        _add(menu, _tr("Reject suggestion\tBackspace"), lambda: editor.set_selected_state(REJECTED))
    _add(menu, _tr("Start relation…\tR"), editor.start_relation)
    partners = editor.relation_partners()
    if partners:
        remove = menu.addMenu(_tr("Remove relation"))
        for relation, other, outgoing in partners:
            arrow = "→" if outgoing else "←"
            text = f"{relation.type} {arrow} {other.label}: {editor.surface(other)}"
            _add(remove, text, lambda r=relation.id: editor.apply_operation(DeleteRelation(r)))
    if span.state != PENDING:
        _add(menu, _tr("Delete span\tDel"), editor.delete_selected)


def build_relation_menu(editor: Any, relation: Relation) -> QMenu:
    """Menu for a right click on a relation's arc: accept, reject or delete it."""
    menu = QMenu(editor)
    menu.setObjectName("relationMenu")
    _title(menu, editor.describe_relation(relation).split(":")[0])
    if relation.state == PENDING:
        accept = _tr("Accept relation\tEnter")
        reject = _tr("Reject relation\tBackspace")
        _add(menu, accept, lambda: editor.set_selected_relation_state(ACCEPTED))
        _add(menu, reject, lambda: editor.set_selected_relation_state(REJECTED))
    else:
        _add(menu, _tr("Delete relation\tDel"), editor.delete_selected_relation)
    if editor.menu_extender is not None:
        editor.menu_extender(menu, None, relation)
    return menu


def _selection_actions(menu: QMenu, editor: Any) -> None:
    snapped = editor.selection_range()
    sub = menu.addMenu(_tr("Label selection as"))
    sub.setEnabled(snapped is not None)
    for label in editor._schema.labels:
        hint = f"\t{label.key}" if label.key else ""
        _add(sub, label.name + hint, lambda n=label.name: editor.press_label(n))


def build_choice_menu(
    parent: QWidget, choices: Sequence[tuple[str, Callable[[], object]]]
) -> QMenu:
    """A small menu of alternatives (relation types), one action per choice."""
    menu = QMenu(parent)
    menu.setObjectName("relationChoiceMenu")
    for text, slot in choices:
        _add(menu, text, slot)
    return menu
