"""Who proposed a suggestion and how sure it was, in words a linguist reads."""

from __future__ import annotations

from annotator.core.model import ACCEPTED, PENDING, REJECTED, Relation, Span
from annotator.gui.i18n import _tr


def suggester_name(suggester: str | None) -> str:
    """The suggester as the user knows it: rules, underthesea, the project's model."""
    names = {
        "rules": _tr("political-domain rules"),
        "underthesea": _tr("underthesea NER"),
        "model": _tr("the project's model"),
        "base-model": _tr("the shipped base model"),
        "names": _tr("the shipped name classifier"),
        "events": _tr("the shipped event classifier"),
        "relations": _tr("relation patterns"),
        "memory": _tr("the project's memory of names marked before"),
    }
    if not suggester:
        return ""
    return names.get(suggester, suggester)


def suggester_short_name(suggester: str) -> str:
    """The suggester in a narrow column: "rules", "underthesea", "model"."""
    names = {
        "rules": _tr("rules"),
        "model": _tr("model"),
        "base-model": _tr("base-model"),
        "names": _tr("names"),
        "events": _tr("events"),
        "relations": _tr("relations"),
        "search": _tr("search"),
        "memory": _tr("memory"),
    }
    return names.get(suggester, suggester)


def confidence_text(confidence: float | None) -> str:
    """ "87%" (or "" when the suggester gave none)."""
    if confidence is None:
        return ""
    return f"{round(100 * max(0.0, min(1.0, confidence)))}%"


def state_text(state: str) -> str:
    return {
        PENDING: _tr("suggested"),
        ACCEPTED: _tr("accepted"),
        REJECTED: _tr("rejected"),
    }.get(state, state)


def source_text(item: Span | Relation, *, short: bool = False) -> str:
    """Provenance: "underthesea NER, 87%" ("underthesea 87%" short), "by hand", "imported"."""
    if item.suggester:
        confidence = confidence_text(item.confidence)
        if short:
            return f"{suggester_short_name(item.suggester)} {confidence}".strip()
        name = suggester_name(item.suggester)
        return f"{name}, {confidence}" if confidence else name
    if item.origin == "imported":
        return _tr("imported")
    return _tr("by hand")


def source_cell(item: Span | Relation) -> str:
    """Provenance in a list's narrow Source column: the confidence first ("71% underthesea").

    The lists cut a column that does not fit at its end: "phân loại tên 7…"
    lost the very figure a reviewer filtering by confidence looks for.
    """
    if item.suggester and item.confidence is not None:
        return f"{confidence_text(item.confidence)} {suggester_short_name(item.suggester)}"
    return source_text(item, short=True)


def describe(item: Span | Relation) -> str:
    """One line for tooltips and menu titles: state and source."""
    state = state_text(item.state)
    source = source_text(item)
    if item.state == PENDING:
        return _tr("{state} by {source}").format(state=state, source=source)
    return f"{state} · {source}"
