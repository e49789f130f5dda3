"""Which documents and spans an export takes, and cutting skipped regions out of the text.

Rules:
- documents: by workflow status (done and reviewed by default) and words of
  the title (as the document list filters them); with an annotator filter,
  only documents holding a span of one of those annotators;
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
from functools import partial
from operator import itemgetter
from typing import Any

from annotator.app.exporting.report import DocName, LossReport
from annotator.core.errors import ExportError
from annotator.core.messages import message
from annotator.core.model import ACCEPTED, DONE, PENDING, REVIEWED, Document, Region, Relation
from annotator.formats.tokens import ExportDoc, ExportSpan
from annotator.store.document_filter import DocumentFilter
from annotator.store.streaming import SpanRow

DEFAULT_STATUSES = (DONE, REVIEWED)


@dataclass(frozen=True)
class Selection:
    """What to take from the project; an empty tuple means no filter."""

    statuses: tuple[str, ...] = DEFAULT_STATUSES
    title_contains: str = ""
    annotators: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    include_pending: bool = False
    skip_regions: tuple[str, ...] = ()
    # Which annotators' layer (app.team.layers): auto, curated, majority, separate.
    layer: str = "auto"


def check_names(project: Any, selection: Selection) -> None:
    """Refuse a label the project has never had, naming the ones it has.

    A misspelt `--label PRE` selected no span, and the export wrote its
    documents without any under "Nothing is lost". (An annotator with no
    work selects no document, which the export says.)
    """
    if not selection.labels:
        return
    known = set(project.schema().label_names()) | set(project.stats().get("labels", {}))
    unknown = [name for name in selection.labels if name not in known]
    if unknown:
        raise ExportError(
            "no label {name!r} in this project; its labels: {names}",
            name=unknown[0],
            names=", ".join(sorted(known)) or message("none"),
        )


def selected_ids(project: Any, selection: Selection, *, page: int = 10_000) -> list[int]:
    """Ids of the documents the selection's status and title filters take, in id order."""
    statuses = selection.statuses or None
    if not selection.title_contains:
        return list(project.document_ids(status=statuses))
    chosen = DocumentFilter(status=statuses, title=selection.title_contains)
    ids: list[int] = []
    while True:
        rows = project.document_rows(chosen, offset=len(ids), limit=page)
        ids.extend(row.id for row in rows)
        if len(rows) < page:
            return ids


def document_key(doc: Document) -> str:
    """The id a document carries in exports: its imported id if any, else the project id."""
    value = doc.meta.get("id") if isinstance(doc.meta, dict) else None
    return str(value) if value not in (None, "") else str(doc.id)


def choose_spans(
    spans: Iterable[SpanRow],
    selection: Selection,
    report: LossReport,
    key: DocName | str,
    aliases: dict[int, int] | None = None,
    text: str = "",
) -> list[SpanRow]:
    """Spans to export under the selection (pending ones are counted when left out, with
    their text when `text` is given).

    An exact duplicate (same range and label) is exported once; `aliases`, when
    given, receives duplicate id -> kept id, so relations of either survive.
    """
    pending_too = selection.include_pending
    annotators = set(selection.annotators)
    labels = set(selection.labels)
    if not (pending_too or annotators or labels):
        fast = _accepted_distinct(spans, report, key, text)
        if fast is not None:
            return fast
    seen: dict[tuple[int, int, str], int] = {}
    out = []
    for span in spans:
        state = span.state
        if state != ACCEPTED and not (pending_too and state == PENDING):
            if state == PENDING:
                report.add("pending", doc=key, label=span.label, surface=text[span[2] : span[3]])
            continue
        if (annotators and span.annotator not in annotators) or (
            labels and span.label not in labels
        ):
            continue
        ident = span[2:5]  # (start, end, label)
        if ident not in seen:
            seen[ident] = span.id
            out.append(span)
        elif aliases is not None:
            aliases[span.id] = seen[ident]
    return out


def _accepted_distinct(
    spans: Iterable[SpanRow], report: LossReport, key: DocName | str, text: str = ""
) -> list[SpanRow] | None:
    """The accepted spans when none is a duplicate (the usual case), else None."""
    spans = list(spans)
    out = [s for s in spans if s.state == ACCEPTED]
    if len(set(map(_place_and_label, out))) < len(out):
        return None
    if len(out) < len(spans):
        for span in spans:
            if span.state == PENDING:
                report.add("pending", doc=key, label=span.label, surface=text[span[2] : span[3]])
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


# (start, end, label, annotator) -> ExportSpan without a Python-level call.
_export_span = partial(tuple.__new__, ExportSpan)
# A SpanRow's (start, end, label, annotator), and its (start, end, label).
_exported_fields = itemgetter(slice(2, 6))
_place_and_label = itemgetter(slice(2, 5))


def prepare(
    doc: Document,
    spans: Sequence[SpanRow],
    relations: Sequence[Relation],
    *,
    selection: Selection,
    report: LossReport,
) -> ExportDoc:
    """The document as it leaves the project: text cut, spans and relations re-indexed."""
    key = document_key(doc)
    where = DocName(key, doc.title)  # how the report names it
    aliases: dict[int, int] = {}
    chosen = choose_spans(spans, selection, report, where, aliases, doc.text)
    removed = cut_ranges(doc.text, doc.regions, selection.skip_regions) if doc.regions else []
    text, regions = doc.text, doc.regions
    shift = Shift(removed) if removed else None
    if shift is not None:
        text = "".join(doc.text[a:b] for a, b in _kept(removed, len(doc.text)))
        regions = _moved_regions(doc.regions, shift, selection, report)
        chosen = _outside(doc.text, chosen, shift, report, where)
    rels: tuple[tuple[int, int, str], ...] = ()
    if shift is None and not relations:
        # The common case, kept lean: an export builds a million of these.
        kept = sorted(map(_export_span, map(_exported_fields, chosen)))
    else:
        kept, index = _reindexed(chosen, shift, aliases)
        ends = {s[0]: doc.text[s[2] : s[3]] for s in spans}
        rels = _relations(
            relations, index, report, where, pending_too=selection.include_pending, ends=ends
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


def _reindexed(
    chosen: Sequence[SpanRow], shift: Shift | None, aliases: dict[int, int]
) -> tuple[list[ExportSpan], dict[int, int]]:
    """The spans moved past any cut and sorted, and each span id's place among them.

    A duplicate left out takes its original's place, so its relations still land.
    """
    move = shift or (lambda pos: pos)
    # Deduplicated spans never tie, so the ids are never compared.
    pairs = sorted(
        (ExportSpan(move(s.start), move(s.end), s.label, s.annotator), s.id) for s in chosen
    )
    index: dict[int, int] = {ident: i for i, (_, ident) in enumerate(pairs)}
    for duplicate, original in aliases.items():
        if original in index:
            index[duplicate] = index[original]
    return [span for span, _ in pairs], index


def _moved_regions(
    regions: Sequence[Region], shift: Shift, selection: Selection, report: LossReport
) -> tuple[Region, ...]:
    """Regions left after the cut, moved; skipped ones are counted in the report."""
    for region in regions:
        if region.kind in selection.skip_regions:
            report.skipped_regions[region.kind] += 1
    return tuple(
        Region(shift(r.start), shift(r.end), r.kind)
        for r in regions
        if r.kind not in selection.skip_regions and not shift.hits(r.start, r.end)
    )


def _outside(
    text: str, spans: Sequence[SpanRow], shift: Shift, report: LossReport, key: DocName
) -> list[SpanRow]:
    """Spans clear of every cut range; the others are reported as lost with their region."""
    out = []
    for span in spans:
        if shift.hits(span.start, span.end):
            surface = text[span.start : span.end]
            report.add("region", doc=key, label=span.label, surface=surface)
        else:
            out.append(span)
    return out


def _kept(removed: Sequence[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    out, cursor = [], 0
    for s, e in removed:
        out.append((cursor, s))
        cursor = e
    out.append((cursor, length))
    return out


def _relations(
    relations: Sequence[Relation],
    index: dict[int, int],
    report: LossReport,
    key: DocName,
    *,
    pending_too: bool,
    ends: dict[int, str] | None = None,
) -> tuple[tuple[int, int, str], ...]:
    """Relations between exported spans; pending ones only when pending spans are asked for.

    `ends` (span id -> its text) names a relation left out by its two ends.
    """
    out = []
    for rel in relations:
        if rel.head in index and rel.tail in index and (pending_too or rel.state != PENDING):
            out.append((index[rel.head], index[rel.tail], rel.type))
            continue
        surface = f"{ends.get(rel.head, '?')} → {ends.get(rel.tail, '?')}" if ends else ""
        kind = "pending" if rel.state == PENDING and not pending_too else "relation"
        report.add(kind, doc=key, label=rel.type, surface=surface)
    return tuple(sorted(set(out)))
