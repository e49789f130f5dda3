"""What a decision in the editor did, said in the status bar.

A decision can take other annotations with it (a rejected span its
relations, an accepted relation its pending spans, a new label the relations
it no longer fits); saying so keeps a reviewer from looking for suggestions
that are no longer there, or from missing a change Ctrl+Z can take back.
"""

from __future__ import annotations

from annotator.core.changes import ChangeSet
from annotator.gui.i18n import _tr


def with_relations(message: str, changes: ChangeSet) -> str:
    """Say so when relations went with the change (rejected with their span)."""
    count = len(changes.relations_changed)
    if not count:
        return message
    return _tr("{message}, and rejected %Ln relation(s) with it", "", count).format(message=message)


def relation_decided(verb: str, relation_type: str, ends: tuple[str, str], changes) -> str:
    """What deciding a relation did: the relation by its two ends, and spans accepted with it.

    Accepting a relation accepts its pending spans in the same step; saying so
    keeps a reviewer from looking for two suggestions that are no longer there.
    """
    message = f"{verb} {relation_type}: {ends[0]} → {ends[1]}"
    count = len(changes.spans_changed) if changes is not None else 0
    if not count:
        return message
    return _tr("{message}, and accepted %Ln span(s) with it", "", count).format(message=message)


def with_unfitting_removed(said: str, changes) -> str:
    """`said`, and the relations a new label removed because their type does not link it."""
    count = len(changes.relations_removed) if changes is not None else 0
    if not count:
        return said
    text = _tr(
        "{message}; removed %Ln relation(s) the new label does not fit (Ctrl+Z takes it back)",
        "",
        count,
    )
    return text.format(message=said)
