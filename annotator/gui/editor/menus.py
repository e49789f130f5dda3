"""Context and choice menus of the editor, shown with popup() so nothing blocks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QMenu, QWidget

from annotator.core.model import ACCEPTED, PENDING, REJECTED, Span
from annotator.core.operations import DeleteRelation


def menu_text(text: str) -> str:
    """Action text shown literally: '&' would otherwise mark a mnemonic."""
    return text.replace("&", "&&")


def _add(menu: QMenu, text: str, slot: Callable[[], object], *, enabled: bool = True) -> Any:
    action = menu.addAction(menu_text(text))
    action.triggered.connect(lambda _checked=False: slot())
    action.setEnabled(enabled)
    return action


def build_span_menu(editor: Any, span: Span | None) -> QMenu:
    """Menu for a right click: actions on the span under the pointer, then bulk ones."""
    menu = QMenu(editor)
    menu.setObjectName("annotationEditorMenu")
    if span is not None:
        _span_actions(menu, editor, span)
    else:
        _selection_actions(menu, editor)
    menu.addSeparator()
    pending = editor.pending_count()
    _add(
        menu, f"Accept all suggestions ({pending})", editor.accept_all_pending, enabled=pending > 0
    )
    _add(
        menu, f"Reject all suggestions ({pending})", editor.reject_all_pending, enabled=pending > 0
    )
    return menu


def _span_actions(menu: QMenu, editor: Any, span: Span) -> None:
    title = menu.addAction(menu_text(editor._describe(span).split(":", 1)[0]))
    title.setEnabled(False)
    relabel = menu.addMenu("Relabel as")
    for label in editor._schema.labels:
        hint = f"\t{label.key}" if label.key else ""
        action = _add(relabel, label.name + hint, lambda n=label.name: editor.relabel_selected(n))
        action.setCheckable(True)
        action.setChecked(label.name == span.label)
    if span.state == PENDING:
        _add(menu, "Accept suggestion\tEnter", lambda: editor.set_selected_state(ACCEPTED))
        _add(menu, "Reject suggestion\tBackspace", lambda: editor.set_selected_state(REJECTED))
    _add(menu, "Start relation…\tR", editor.start_relation)
    partners = editor.relation_partners()
    if partners:
        remove = menu.addMenu("Remove relation")
        for relation, other, outgoing in partners:
            arrow = "→" if outgoing else "←"
            text = f"{relation.type} {arrow} {other.label}: {editor.surface(other)}"
            _add(remove, text, lambda r=relation.id: editor.apply_operation(DeleteRelation(r)))
    if span.state != PENDING:
        _add(menu, "Delete span\tDel", editor.delete_selected)


def _selection_actions(menu: QMenu, editor: Any) -> None:
    snapped = editor.selection_range()
    sub = menu.addMenu("Label selection as")
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
