"""The tag columns of source tokens, computed the same way at import and at export.

A reader of a tokenised corpus computes, right after reading, the tags an
export would write for its spans; where the file wrote something else (a
stray value, an `I-` starting a chunk, a tag on an empty token) it keeps a
TagOverride. An export computes the same tags from the spans as they are
then, and applies each override only where the computed tag is still the
one it stood for. So an untouched corpus goes out exactly as it came in,
and every correction goes out as corrected.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import NamedTuple

from annotator.core.source_tokens import Layout, SourceTokens, TagOverride
from annotator.formats import tagging
from annotator.formats.layers import LAYERS, flatten
from annotator.formats.tokens import ExportDoc, ExportSpan, SourceRows, align, token_form

Chunk = tuple[int, int, str]


def token_chunks(
    starts: Sequence[int], ends: Sequence[int], spans: Sequence[ExportSpan]
) -> tuple[list[Chunk], list[ExportSpan]]:
    """Chunks (first, stop, label) of spans over the tokens; and the spans that cut a token.

    A span must start at a token's start and end at a token's end. Empty
    tokens (only invisible characters) never start or end a chunk; inside
    one they belong to it.
    """
    filled = [i for i in range(len(starts)) if ends[i] > starts[i]]
    filled_starts = [starts[i] for i in filled]
    filled_ends = [ends[i] for i in filled]
    chunks: list[Chunk] = []
    cut: list[ExportSpan] = []
    for span in spans:
        j = bisect_left(filled_starts, span.start)
        k = bisect_left(filled_ends, span.end, j)
        if (
            j < len(filled)
            and k < len(filled)
            and filled_starts[j] == span.start
            and filled_ends[k] == span.end
        ):
            chunks.append((filled[j], filled[k] + 1, span.label))
        else:
            cut.append(span)
    return chunks, cut


class Tags(NamedTuple):
    """Tag cells per column; the spans each column holds; spans too deep; spans cutting a token."""

    columns: list[list[str]]
    layers: list[list[ExportSpan]]
    dropped: list[ExportSpan]
    cut: list[ExportSpan]


def tag_columns(tokens: SourceTokens, spans: Sequence[ExportSpan], *, scheme: str = "") -> Tags:
    """The tag cells of every tag column, and what could not be tagged.

    `spans` carry the source's label names. Spans are spread over the
    layout's tag columns as the layers policy spreads them (outermost
    first); the overrides kept at import are applied where they still hold.
    """
    layout = tokens.layout
    count = len(tokens.starts)
    layers, dropped = flatten(spans, LAYERS, max_layers=layout.tag_columns)
    columns: list[list[str]] = []
    placed: list[list[ExportSpan]] = []
    cut: list[ExportSpan] = []
    for layer in layers:
        chunks, layer_cut = token_chunks(tokens.starts, tokens.ends, layer)
        cut.extend(layer_cut)
        missing = set(layer_cut)
        placed.append([s for s in layer if s not in missing])
        columns.append(tagging.encode(count, chunks, scheme or layout.scheme))
    for override in tokens.overrides:
        if override.column < len(columns) and override.token < count:
            cells = columns[override.column]
            if cells[override.token] == override.expected:
                cells[override.token] = override.written
    return Tags(columns, placed, dropped, cut)


def overrides_for(
    tokens: SourceTokens, spans: Sequence[ExportSpan], written: Sequence[Sequence[str]]
) -> tuple[TagOverride, ...]:
    """Where the file's tags (`written`, one list per column) differ from what export computes."""
    computed = tag_columns(tokens, spans).columns
    out = []
    for column, (cells, file_cells) in enumerate(zip(computed, written, strict=False)):
        for token, (mine, theirs) in enumerate(zip(cells, file_cells, strict=True)):
            if mine != theirs:
                out.append(TagOverride(column, token, mine, theirs))
    return tuple(out)


def rows_of(doc: ExportDoc, *, scheme: str, layout: Layout) -> SourceRows:
    """Rows of a document exported without source tokens: its syllable or word blocks."""
    if doc.rows is not None:
        return doc.rows
    tokens = [t for block in doc.blocks for t in block]
    forms = [token_form(doc.text, s, e, doc.word_level) for s, e in tokens]
    extra = tuple(cells for block in doc.tags for cells in block) if doc.tags else ()
    tags = [
        tagging.encode(len(tokens), align(tokens, layer)[0], scheme or tagging.IOB2)
        for layer in doc.layers or ((),)
    ]
    cuts = [0]
    for block in doc.blocks:
        cuts.append(cuts[-1] + len(block))
    return SourceRows(layout, forms, extra, tags, cuts)
