"""Which documents and spans an export takes, and cutting skipped regions out of the text.

Rules:
- documents: by workflow status (done and reviewed by default); with an
  annotator filter, only documents holding a span of one of those annotators;
- spans: accepted ones (pending suggestions too only when asked; rejected
  never), of the chosen annotators and labels; exact duplicates once;
- skipped regions (caption, byline, tags, ...) are cut out of the text, with
  the newline that ends them when they fill whole lines; spans touching a cut
  region are dropped and reported, every other offset moves left accordingly.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from annotator.app.export_report import LossReport
from annotator.core.model import ACCEPTED, DONE, PENDING, REVIEWED, Document, Region, Relation, Span
from annotator.formats.tokens import ExportDoc, ExportSpan

DEFAULT_STATUSES = (DONE, REVIEWED)


@dataclass(frozen=True)
class Selection:
    """What to take from the project; an empty tuple means no filter."""

    statuses: tuple[str, ...] = DEFAULT_STATUSES
    annotators: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    include_pending: bool = False
    skip_regions: tuple[str, ...] = ()


def document_key(doc: Document) -> str:
    """The id a document carries in exports: its imported id if any, else the project id."""
    value = doc.meta.get("id") if isinstance(doc.meta, dict) else None
    return str(value) if value not in (None, "") else str(doc.id)


def choose_spans(
    spans: Iterable[Span], selection: Selection, report: LossReport, key: str
) -> list[Span]:
    """Spans to export under the selection (pending ones are counted when left out)."""
    wanted_states = (ACCEPTED, PENDING) if selection.include_pending else (ACCEPTED,)
    annotators = set(selection.annotators)
    labels = set(selection.labels)
    seen: set[tuple[int, int, str]] = set()
    out = []
    for span in spans:
        if span.state not in wanted_states:
            if span.state == PENDING:
                report.add("pending", doc=key, label=span.label)
            continue
        if (annotators and span.annotator not in annotators) or (
            labels and span.label not in labels
        ):
            continue
        ident = (span.start, span.end, span.label)
        if ident not in seen:
            seen.add(ident)
            out.append(span)
    return out


def cut_ranges(text: str, regions: Sequence[Region], kinds: Sequence[str]) -> list[tuple[int, int]]:
    """Ranges to remove: each skipped region, plus its newline when it fills whole lines."""
    out: list[tuple[int, int]] = []
    for region in sorted(regions, key=lambda r: r.start):
        if region.kind not in kinds:
            continue
        start, end = region.start, region.end
        at_line_start = start == 0 or text[start - 1] == "\n"
        if at_line_start and end < len(text) and text[end] == "\n":
            end += 1
        elif at_line_start and end == len(text) and start > 0:
            start -= 1
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


class Shift:
    """Moves offsets of the original text to the text with ranges removed."""

    def __init__(self, removed: Sequence[tuple[int, int]]) -> None:
        self.removed = list(removed)
        self.starts = [s for s, _ in self.removed]
        self.before: list[int] = []
        total = 0
        for s, e in self.removed:
            total += e - s
            self.before.append(total)

    def hits(self, start: int, end: int) -> bool:
        """Whether [start, end) touches a removed range."""
        return any(s < end and start < e for s, e in self.removed)

    def __call__(self, pos: int) -> int:
        i = bisect_right(self.starts, pos) - 1
        if i < 0:
            return pos
        s, e = self.removed[i]
        if pos < e:
            return s - (self.before[i] - (e - s))
        return pos - self.before[i]


def prepare(
    doc: Document,
    spans: Sequence[Span],
    relations: Sequence[Relation],
    *,
    selection: Selection,
    report: LossReport,
) -> ExportDoc:
    """The document as it leaves the project: text cut, spans and relations re-indexed."""
    key = document_key(doc)
    chosen = choose_spans(spans, selection, report, key)
    removed = cut_ranges(doc.text, doc.regions, selection.skip_regions)
    shift = Shift(removed)
    text = doc.text
    if removed:
        text = "".join(doc.text[a:b] for a, b in _kept(removed, len(doc.text)))
        for region in doc.regions:
            if region.kind in selection.skip_regions:
                report.skipped_regions[region.kind] += 1
    index: dict[int | None, int] = {}
    kept: list[ExportSpan] = []
    for span in sorted(chosen, key=lambda s: (s.start, s.end, s.label)):
        if removed and shift.hits(span.start, span.end):
            report.add("region", doc=key, label=span.label, surface=doc.text[span.start : span.end])
            continue
        index[span.id] = len(kept)
        kept.append(ExportSpan(shift(span.start), shift(span.end), span.label, span.annotator))
    rels = _relations(relations, index, chosen, report, key)
    regions = tuple(
        Region(shift(r.start), shift(r.end), r.kind)
        for r in doc.regions
        if r.kind not in selection.skip_regions and not shift.hits(r.start, r.end)
    )
    return ExportDoc(
        key=key,
        title=doc.title,
        text=text,
        spans=tuple(kept),
        relations=rels,
        regions=regions,
        meta=dict(doc.meta),
        source=doc.source,
    )


def _kept(removed: Sequence[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    out, cursor = [], 0
    for s, e in removed:
        out.append((cursor, s))
        cursor = e
    out.append((cursor, length))
    return out


def _relations(
    relations: Sequence[Relation],
    index: dict[int | None, int],
    chosen: Sequence[Span],
    report: LossReport,
    key: str,
) -> tuple[tuple[int, int, str], ...]:
    out = []
    for rel in relations:
        if rel.head in index and rel.tail in index:
            out.append((index[rel.head], index[rel.tail], rel.type))
        else:
            report.add("relation", doc=key, label=rel.type)
    return tuple(sorted(set(out)))
