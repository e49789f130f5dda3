"""Flattening nested or overlapping spans for flat formats: outermost, innermost, or layers.

Shared by exports and by the readers of tokenised corpora, which compute at
import the very tags an export will write (see core.source_tokens).

- outermost: keep spans no other kept span contains; of two crossing spans the
  one starting first (then the longer) wins.
- innermost: keep spans that contain no other span; crossing spans are settled
  left to right as above.
- layers: spread spans over a fixed number of layers (3 by default), one tag
  column each; layer 1 is the outermost layer, each further layer takes the
  outermost of what is left (like the nested NER column of VLSP 2016); what
  lies deeper than the last layer is dropped and reported.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter, le

from annotator.formats.tokens import ExportSpan

OUTERMOST = "outermost"
INNERMOST = "innermost"
LAYERS = "layers"
POLICIES = (OUTERMOST, INNERMOST, LAYERS)
_start = attrgetter("start")
_end = attrgetter("end")


def _outer_key(span: ExportSpan) -> tuple[int, int, str]:
    return (span.start, -span.end, span.label)


def greedy_outermost(spans: Sequence[ExportSpan]) -> tuple[list[ExportSpan], list[ExportSpan]]:
    """A non-overlapping layer taken left to right, longest first; and the rest."""
    kept: list[ExportSpan] = []
    rest: list[ExportSpan] = []
    reach = -1
    for span in sorted(spans, key=_outer_key):
        if span.start >= reach:
            kept.append(span)
            reach = span.end
        else:
            rest.append(span)
    return kept, rest


def innermost(spans: Sequence[ExportSpan]) -> tuple[list[ExportSpan], list[ExportSpan]]:
    """Spans containing no other span (crossings settled left to right); and the rest."""
    ordered = sorted(spans, key=lambda s: (s.end - s.start, s.start, s.label))
    chosen: list[ExportSpan] = []
    rest: list[ExportSpan] = []
    for span in ordered:
        if any(c.start < span.end and span.start < c.end for c in chosen):
            rest.append(span)
        else:
            chosen.append(span)
    return sorted(chosen, key=_outer_key), rest


def _disjoint(spans: Sequence[ExportSpan]) -> bool:
    """Whether each span ends before the next starts (so they are sorted and never overlap).

    Asked of every document an export flattens: compared without a Python
    frame per pair (map stops with the shorter sequence, the starts from the second).
    """
    return all(map(le, map(_end, spans), map(_start, spans[1:])))


def flatten(
    spans: Sequence[ExportSpan], policy: str, *, max_layers: int | None = None
) -> tuple[list[list[ExportSpan]], list[ExportSpan]]:
    """Flat layers for tag columns, and the spans dropped by the policy.

    With `max_layers`, the layers policy always gives exactly that many layers
    (padding with empty ones, so every row of a file has the same columns) and
    drops what lies deeper.
    """
    if policy in POLICIES and _disjoint(spans):  # the usual case: nothing to settle
        flat = [list(spans)]
        if policy == LAYERS and max_layers is not None:
            flat += [[] for _ in range(max_layers - 1)]
        return flat, []
    if policy == OUTERMOST:
        kept, dropped = greedy_outermost(spans)
        return [kept], dropped
    if policy == INNERMOST:
        kept, dropped = innermost(spans)
        return [kept], dropped
    if policy != LAYERS:
        raise ValueError(f"unknown overlap policy {policy!r}; choose one of {', '.join(POLICIES)}")
    layers: list[list[ExportSpan]] = []
    rest = list(spans)
    while rest and (max_layers is None or len(layers) < max_layers):
        layer, rest = greedy_outermost(rest)
        layers.append(layer)
    if max_layers is not None:
        layers += [[] for _ in range(max_layers - len(layers))]
    return layers or [[]], rest
