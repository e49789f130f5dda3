"""What the editor and the lists see of a team project: one annotator's layer, the curated one, or all.

`LayerView` wraps the project and keeps only the chosen layer's spans and
relations; `LayerSession` wraps the editing session: another person's layer
is read-only, and in the curated layer a new span is a curated one
(CurateSpan), so the curator edits the curated layer with the usual keys.
"""

from __future__ import annotations

from typing import Any

from annotator.core.errors import OperationError
from annotator.core.model import Relation, Span
from annotator.core.operations import AddSpan, AddSuggestions, CurateSpan, Operation
from annotator.core.team import CURATED
from annotator.gui.i18n import _tr

ALL = None  # every layer at once


class LayerView:
    """The project as one layer shows it; every other read passes straight through."""

    def __init__(self, project: Any, layer: str | None) -> None:
        self._project = project
        self.layer = layer

    def __getattr__(self, name: str) -> Any:
        return getattr(self._project, name)

    def spans(self, doc_id: int, **kwargs: Any) -> list[Span]:
        found = self._project.spans(doc_id, **kwargs)
        if self.layer is ALL:
            return found
        return [s for s in found if s.annotator == self.layer]

    def span(self, span_id: int) -> Span:
        span = self._project.span(span_id)
        if self.layer is not ALL and span.annotator != self.layer:
            raise OperationError(_tr("That annotation belongs to another layer."))
        return span

    def relations(self, doc_id: int, **kwargs: Any) -> list[Relation]:
        found = self._project.relations(doc_id, **kwargs)
        if self.layer is ALL:
            return found
        mine = {s.id for s in self.spans(doc_id, states=None)}
        return [r for r in found if r.head in mine and r.tail in mine]


class LayerSession:
    """The editing session as the chosen layer allows it."""

    def __init__(self, session: Any, layer: str | None, me: str) -> None:
        self._session = session
        self.layer = layer
        self.me = me

    def __getattr__(self, name: str) -> Any:
        return getattr(self._session, name)

    @property
    def unwrapped(self) -> Any:
        return self._session

    @property
    def read_only(self) -> bool:
        return self.layer not in (ALL, self.me, CURATED)

    def apply(self, op: Operation, origin: object = None) -> Any:
        if self.read_only:
            raise OperationError(
                _tr(
                    "This is {name}'s layer, shown read-only; switch to your layer to edit."
                ).format(name=self.layer)
            )
        if self.layer == CURATED:
            if isinstance(op, AddSuggestions):
                raise OperationError(
                    _tr("Suggestions go to annotators' layers, not the curated one.")
                )
            if isinstance(op, AddSpan):
                op = CurateSpan(op.doc_id, op.start, op.end, op.label, ())
        return self._session.apply(op, origin)
