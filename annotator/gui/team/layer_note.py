"""What a single layer's empty list says: whose layer it is, and what the other layers hold.

Shown "My layer" on a document only the team's packages annotated, the lists
stood empty while the document list counted its spans: a lead read it as
work lost in the merge. The note says that the layer has no spans here, how
many the other layers have (and whose), and how to see them.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from annotator.core.team import CURATED
from annotator.gui.i18n import _tr, number
from annotator.gui.reports.counts import counted
from annotator.gui.team.layer_view import ALL


def layer_note(project: Any, layer: str | None, me: str, doc_id: int) -> str:
    """The note for `layer`'s list of `doc_id` ("" when it is all layers or has spans)."""
    if layer is ALL:
        return ""
    per_layer = Counter(span.annotator for span in project.spans(doc_id))
    if per_layer.get(layer):
        return ""
    others = {name: count for name, count in per_layer.items() if name != layer}
    return f"{_nothing_in(layer, me)} {_elsewhere(others)}"


def _nothing_in(layer: str, me: str) -> str:
    if layer == me:
        return _tr("No spans of yours on this document.")
    if layer == CURATED:
        return _tr("No curated spans on this document yet.")
    return _tr("{name} has no spans on this document.").format(name=layer)


def _elsewhere(others: dict[str, int]) -> str:
    """The other layers' spans, the most first, and where to see them."""
    if not others:
        return _tr("The other layers have none either.")
    ordered = sorted(others.items(), key=lambda item: (-item[1], item[0]))
    layers = ", ".join(f"{_layer_name(name)} {number(count)}" for name, count in ordered)
    return _tr(
        "The other layers have {spans} ({layers}): choose All layers in the Layer box to see them."
    ).format(spans=counted(sum(others.values()), "span"), layers=layers)


def _layer_name(name: str) -> str:
    return _tr("curated") if name == CURATED else name
