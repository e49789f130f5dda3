"""The `relations` column of a Hugging Face export: written per row in token indices, read back
into relations between the spans the tags give (see annotator.formats.hf)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import Any

from annotator.core.messages import message
from annotator.core.model import SourceDocument
from annotator.formats.tokens import ExportDoc


def relation_cells(doc: ExportDoc) -> dict[int, list[dict[str, Any]]]:
    """Block index -> the relations whose head lies in that block, in token indices.

    A relation names its head by token range (end exclusive) and label in its
    own row, its tail by the id of the row holding it, token range and label:
    a tail may lie in another sentence of the document.
    """
    starts = [[s for s, _ in block] for block in doc.blocks]
    ends = [[e for _, e in block] for block in doc.blocks]
    firsts = [block[0][0] if block else -1 for block in doc.blocks]

    def place(index: int) -> tuple[int, int, int]:
        span = doc.spans[index]
        b = max(bisect_right(firsts, span.start) - 1, 0)
        first = bisect_left(starts[b], span.start)
        return b, first, bisect_right(ends[b], span.end)

    cells: dict[int, list[dict[str, Any]]] = {}
    for head, tail, kind in doc.relations:
        (hb, hs, he), (tb, ts, te) = place(head), place(tail)
        cells.setdefault(hb, []).append(
            {
                "type": kind,
                "head_start": hs,
                "head_end": he,
                "head_label": doc.spans[head].label,
                "tail_row": f"{doc.key}-{tb}",
                "tail_start": ts,
                "tail_end": te,
                "tail_label": doc.spans[tail].label,
            }
        )
    return cells


def relation_features(datasets: Any) -> dict[str, Any]:
    """One relation of a row: a list of these is the `relations` column."""
    text, number = datasets.Value("string"), datasets.Value("int32")
    return {
        "type": text,
        "head_start": number,
        "head_end": number,
        "head_label": text,
        "tail_row": text,
        "tail_start": number,
        "tail_end": number,
        "tail_label": text,
    }


def with_relations(
    doc: SourceDocument, written: list[dict[str, Any]], *, name: str, doc_id: str
) -> SourceDocument:
    """The document with its id and the relations of its rows; those naming no span are counted."""
    meta = {**doc.meta, "id": doc_id} if doc_id else doc.meta
    relations, lost = read_relations(doc, written)
    if lost:
        warning = message(
            "{name}, document {doc_id}: {count} relations name no span of the tags; left out",
            name=name,
            doc_id=doc_id,
            count=lost,
        )
        meta = {**meta, "import_warnings": [*meta.get("import_warnings", []), warning]}
    return replace(doc, meta=meta, relations=relations)


def read_relations(
    doc: SourceDocument, written: list[dict[str, Any]]
) -> tuple[tuple[tuple[int, int, str], ...], int]:
    """The `relations` cells of a document's rows as (head, tail, type) into its spans;
    and how many name a span that is not there (a file edited by hand)."""
    if doc.tokens is None:
        return (), 0
    ranges = doc.tokens.sentence_ranges()
    firsts = {row.get("id"): first for row, (first, _) in zip(written, ranges, strict=False)}
    where = {(s, e, label): i for i, (s, e, label) in enumerate(doc.spans)}
    starts, ends = doc.tokens.starts, doc.tokens.ends

    def span(row_id: Any, first: Any, stop: Any, label: Any) -> int | None:
        base = firsts.get(row_id)
        if base is None or not isinstance(first, int) or not isinstance(stop, int):
            return None
        if not 0 <= first < stop or base + stop > len(starts):
            return None
        return where.get((starts[base + first], ends[base + stop - 1], label))

    found: list[tuple[int, int, str]] = []
    lost = 0
    for row in written:
        for cell in row.get("relations") or ():
            head = span(
                row.get("id"), cell.get("head_start"), cell.get("head_end"), cell.get("head_label")
            )
            tail = span(
                cell.get("tail_row"),
                cell.get("tail_start"),
                cell.get("tail_end"),
                cell.get("tail_label"),
            )
            if head is None or tail is None or not cell.get("type"):
                lost += 1
                continue
            found.append((head, tail, str(cell["type"])))
    return tuple(found), lost
