"""Accept all and reject all of a document's pending suggestions, as one undo step.

Two pending suggestions that cross each other (or cross an accepted span)
cannot both be accepted: spans nest but never cross. The store refuses a bulk
step that would let a crossing pair in, so accepting all left every
suggestion of the document waiting for one pair. Accept all now takes every
suggestion that crosses nothing, leaves the crossing ones pending and names
the first pairs, so the reviewer decides those one by one.
"""

from __future__ import annotations

from typing import Any

from annotator.core.changes import ChangeSet
from annotator.core.model import ACCEPTED, PENDING, REJECTED
from annotator.core.operations import Batch, Operation, SetRelationStates, SetSpanStates
from annotator.gui.i18n import _tr, number
from annotator.gui.reports.counts import counted

# How many crossing pairs a message names before "…".
PAIRS_NAMED = 2


class DecideAllMixin:
    """The editor's Accept all pending and Reject all pending."""

    _project: Any
    _session: Any
    _index: Any
    _relations: dict[int, Any]
    statusMessage: Any
    refused: Any

    def accept_all_pending(self) -> ChangeSet | None:
        """Accept every suggestion of the document that crosses nothing, as one undo step."""
        return self._set_all_pending(ACCEPTED)

    def reject_all_pending(self) -> ChangeSet | None:
        """Reject every suggestion of the document as one undo step."""
        return self._set_all_pending(REJECTED)

    def _set_all_pending(self, state: str) -> ChangeSet | None:
        others = self._deciding_elsewhere()
        pending = [s for s in self._index if s.state == PENDING and s.id is not None]
        ids = tuple(sorted(s.id for s in pending if s.annotator not in others))
        left = len(pending) - len(ids)
        crossing = self._crossing_pairs(ids) if state == ACCEPTED else []
        held = {i for p in crossing for i in (p.span_id, p.other_id)} & set(ids)
        ids = tuple(i for i in ids if i not in held)
        rels = self._pending_relations(others, held)
        # What was left because it crosses is a refusal of part of the step: said whole
        # under the text when the bar cuts it (gui.refusal_notice), as refusals are.
        say = self.refused if held else self.statusMessage
        if not ids and not rels:
            said = _crossing_left(len(held), crossing) if held else self._nothing_to_decide(left)
            say.emit(said)
            return None
        parts: list[Operation] = [SetRelationStates(rels, state)] if rels else []
        parts += [SetSpanStates(ids, state)] if ids else []
        changes = self.apply_operation(parts[0] if len(parts) == 1 else Batch(tuple(parts)))
        if changes is not None:
            say.emit(_decided_all(state, (ids, rels), left, (held, crossing)))
        return changes

    def _pending_relations(self, others: set[str], held: set[int]) -> tuple[int, ...]:
        """Pending relations to decide: not in others' layers, with no end left pending."""
        layer = {s.id: s.annotator for s in self._index}
        return tuple(
            sorted(
                r.id
                for r in self._relations.values()
                if r.state == PENDING
                and r.id
                and layer.get(r.head) not in others
                and not {r.head, r.tail} & held  # accepting it would accept a held end
            )
        )

    def _crossing_pairs(self, span_ids: tuple[int, ...]) -> list[Any]:
        reads = getattr(self._project, "crossing_pairs", None)
        return reads(span_ids) if reads is not None and span_ids else []

    def _deciding_elsewhere(self) -> set[str]:
        """The annotators with their own status on this document, other than the one editing.

        Their pending suggestions are theirs to decide: "Accept all" in the All
        layers view accepted them as if they had, and their layers then agreed
        on spans they never saw (a suggester's layer has no status, so stays in).
        """
        doc_id = self.document_id()
        statuses = getattr(self._project, "annotator_statuses", None)
        if doc_id is None or statuses is None:
            return set()
        me = getattr(self._session, "annotator", None)
        return {name for name in statuses(doc_id) if name != me}

    def _nothing_to_decide(self, left: int) -> str:
        if left:
            text = _tr("The {n} pending suggestions here are in other annotators' layers")
            return text.format(n=number(left))
        return _tr("No pending suggestions in this document")


def _decided_all(state: str, decided: tuple, left: int, crossing: tuple) -> str:
    """What a whole document decided at once did, and that Ctrl+Z takes it back."""
    verb = _tr("Accepted") if state == ACCEPTED else _tr("Rejected")
    message = _tr("{verb} {spans} and {relations}").format(
        verb=verb,
        spans=counted(len(decided[0]), "suggestion"),
        relations=counted(len(decided[1]), "suggested relation"),
    )
    if left:
        message += "; " + _tr("{n} in other annotators' layers left to them").format(n=number(left))
    if crossing[0]:
        message += "; " + _crossing_left(len(crossing[0]), crossing[1])
    # A whole document decided at once must say, then, that it is not final.
    undo = _tr("(Ctrl+Z takes it back)")
    return f"{message} {undo}"


def _crossing_left(count: int, pairs: list[Any]) -> str:
    """How many suggestions were left pending because they cross, and the first pairs."""
    named = "; ".join(
        f"{p.label} “{p.surface}” × {p.other_label} “{p.other_surface}”"
        for p in pairs[:PAIRS_NAMED]
    )
    if len(pairs) > PAIRS_NAMED:
        named += "; …"
    text = _tr("%Ln crossing suggestion(s) left pending, to decide one by one ({pairs})", "", count)
    return text.format(pairs=named)
