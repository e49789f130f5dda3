"""Review actions in context menus (lists and editor): decide, accept all like this,
reject all from a suggester, restore — each with how many it will touch."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from annotator.core.model import PENDING, REJECTED, Relation, Span
from annotator.gui.editor.menus import menu_text
from annotator.gui.i18n import _tr, number
from annotator.gui.review.decisions import ACCEPT, REJECT, RESTORE, ReviewActions
from annotator.gui.review.provenance import describe, suggester_name

# The data of a menu entry that decides many suggestions at once: the list that showed the
# menu then moves on from its row, as after one decision (ReviewController).
BULK = "bulk"


def _add(menu: QMenu, text: str, slot, *, enabled: bool = True, bulk: bool = False) -> None:
    action = menu.addAction(menu_text(text))
    action.triggered.connect(lambda _checked=False: slot())
    action.setEnabled(enabled)
    if bulk:
        action.setData(BULK)


def add_decisions(menu: QMenu, actions: ReviewActions, *, span=None, relation=None) -> None:
    """Accept, reject or restore one span or relation (the list's own menu)."""
    item = span if span is not None else relation
    if item is None:
        return
    # What the menu acts on, by its text: a list's menu is far from the text it names.
    if span is not None:
        what = f"{span.label} “{actions.surface(span)}”"
    else:
        head, tail = actions.surface_of(relation.head), actions.surface_of(relation.tail)
        what = f"{relation.type}: {head} → {tail}"
    menu.addAction(menu_text(f"{what} · {describe(item)}")).setEnabled(False)
    decide = actions.decide_span if span is not None else actions.decide_relation
    item_id = item.id or 0
    if item.state == PENDING:
        _add(menu, _tr("Accept\tEnter"), lambda: decide(item_id, ACCEPT))
        _add(menu, _tr("Reject\tBackspace"), lambda: decide(item_id, REJECT))
    elif item.state == REJECTED:
        _add(menu, _tr("Restore as a suggestion"), lambda: decide(item_id, RESTORE))


def add_bulk(
    menu: QMenu, actions: ReviewActions, *, span: Span | None, relation: Relation | None
) -> None:
    """Accept or reject all like this (a span), reject all from this suggester (either)."""
    item = span if span is not None else relation
    if item is None or item.state != PENDING:
        return
    menu.addSeparator()
    if span is not None:
        here = len(actions.like_this(span, everywhere=False))
        everywhere = len(actions.like_this(span, everywhere=True))
        like = menu.addMenu(_tr("Accept all like this (same text and label)"))
        text_here = _tr("In this document ({count})").format(count=number(here))
        text_all = _tr("In all unfinished documents ({count})").format(count=number(everywhere))
        _add(like, text_here, lambda: actions.accept_all_like(span, everywhere=False), bulk=True)
        _add(like, text_all, lambda: actions.accept_all_like(span, everywhere=True), bulk=True)
        unlike = menu.addMenu(_tr("Reject all like this (same text and label)"))
        _add(unlike, text_here, lambda: actions.reject_all_like(span, everywhere=False), bulk=True)
        _add(unlike, text_all, lambda: actions.reject_all_like(span, everywhere=True), bulk=True)
    if item.suggester:
        who = suggester_name(item.suggester)
        here = sum(map(len, actions.from_suggester(item.suggester, doc_id=item.doc_id)))
        everywhere = sum(map(len, actions.from_suggester(item.suggester, doc_id=None)))
        reject = menu.addMenu(_tr("Reject all from {who}").format(who=who))
        text_here = _tr("In this document ({count})").format(count=number(here))
        text_all = _tr("In all unfinished documents ({count})").format(count=number(everywhere))
        suggester, doc_id = item.suggester, item.doc_id
        _add(
            reject, text_here, lambda: actions.reject_all_from(suggester, doc_id=doc_id), bulk=True
        )
        _add(reject, text_all, lambda: actions.reject_all_from(suggester, doc_id=None), bulk=True)


def add_listed(menu: QMenu, actions: ReviewActions, span_ids: list[int]) -> None:
    """Accept the pending spans the list shows, as its filters chose them (label, source,
    confidence): the sure ones accepted together once the doubtful ones were looked at."""
    if len(span_ids) < 2:
        return
    menu.addSeparator()
    text = _tr("Accept the %Ln listed suggestion(s)", "", len(span_ids))
    _add(menu, text, lambda: actions.accept_listed(span_ids), bulk=True)


def build_review_menu(parent, actions: ReviewActions, *, span=None, relation=None) -> QMenu:
    menu = QMenu(parent)
    menu.setObjectName("reviewMenu")
    add_decisions(menu, actions, span=span, relation=relation)
    add_bulk(menu, actions, span=span, relation=relation)
    return menu
