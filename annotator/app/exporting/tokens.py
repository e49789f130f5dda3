"""Tokens for token formats: syllables or words, sentence or paragraph blocks, optional POS/chunk.

Word level asks the nlp layer for words. A token (word, or a syllable such
as `đốc,tiểu` that the syllable pattern keeps whole) that crosses a span edge
is split at that edge and reported, so an entity span is never cut. A block
boundary never falls inside a span: blocks a span would straddle are merged.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from annotator.app.exporting.report import DocName, LossReport
from annotator.core.syllables import syllable_table
from annotator.formats.conll_syllables import syllable_blocks
from annotator.formats.tokens import ExportDoc, ExportSpan, SyllableBlocks, TokenSpan, align

# Source: the tokens a document was imported with (syllables when it came without).
SOURCE = "source"
SYLLABLE = "syllable"
WORD = "word"
LEVELS = (SOURCE, SYLLABLE, WORD)
SENTENCE = "sentence"
PARAGRAPH = "paragraph"
BLOCKS = (SENTENCE, PARAGRAPH)

if TYPE_CHECKING:  # stored_units loads numpy: only exports that read stored units need it
    from annotator.nlp.stored_units import Units

_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class TokenOptions:
    level: str = SOURCE
    block: str = SENTENCE
    pos: bool = False


def block_ranges(text: str, block: str) -> list[tuple[int, int]]:
    """Sentences (nlp) or lines of the text, as (start, end)."""
    if block == SENTENCE:
        from annotator.nlp.units import sentence_spans

        return sentence_spans(text)
    return [(m.start(), m.end()) for m in _LINE.finditer(text)]


def fast_syllable_spans(text: str) -> list[TokenSpan]:
    """`core.syllables.syllable_spans(text)`, several times faster on ordinary prose."""
    forms, starts = syllable_table(text)
    return [(start, start + len(form)) for form, start in zip(forms, starts, strict=True)]


def tokens_of(
    text: str, level: str, spans: Sequence[ExportSpan]
) -> tuple[list[TokenSpan], list[ExportSpan]]:
    """Tokens of the whole text, split at span edges; and the spans whose edge split a token."""
    if level == SYLLABLE:
        words = fast_syllable_spans(text)
    else:
        from annotator.nlp.units import word_spans

        words = word_spans(text)
    if not spans:
        return words, []
    inner = _inner_edges([w[0] for w in words], lambda i: words[i][1], spans)
    if not inner:
        return words, []
    out: list[TokenSpan] = []
    for i, word in enumerate(words):
        out.extend(_pieces(text, word, inner[i]) if i in inner else (word,))
    return out, _splitting(spans, inner)


def _inner_edges(
    starts: Sequence[int], end_of: Callable[[int], int], spans: Sequence[ExportSpan]
) -> dict[int, list[int]]:
    """Token index -> the span edges that fall strictly inside that token, in order."""
    inner: dict[int, list[int]] = {}
    for edge in sorted({p for s in spans for p in (s.start, s.end)}):
        i = bisect_right(starts, edge) - 1
        if i >= 0 and starts[i] < edge < end_of(i):
            inner.setdefault(i, []).append(edge)
    return inner


def _splitting(spans: Sequence[ExportSpan], inner: dict[int, list[int]]) -> list[ExportSpan]:
    """The spans with an edge inside a token (the loss report names them)."""
    split_at = {e for edges in inner.values() for e in edges}
    return [s for s in spans if s.start in split_at or s.end in split_at]


def split_syllables(
    text: str, table: tuple[Sequence[str], Sequence[int]], spans: Sequence[ExportSpan]
) -> tuple[tuple[Sequence[str], Sequence[int]], list[ExportSpan]]:
    """The syllable table with every token cut at the span edges inside it, as `tokens_of`
    cuts it; and the spans whose edge cut a token.

    Works on the table (forms and starts) rather than on a pair per token, so
    that a document with a few such spans keeps CoNLL's syllable fast path.
    """
    forms, starts = table
    inner = _inner_edges(starts, lambda i: starts[i] + len(forms[i]), spans)
    if not inner:
        return table, []
    new_forms: list[str] = []
    new_starts: list[int] = []
    done = 0
    for i in sorted(inner):
        new_forms.extend(forms[done:i])
        new_starts.extend(starts[done:i])
        for a, b in _pieces(text, (starts[i], starts[i] + len(forms[i])), inner[i]):
            new_forms.append(text[a:b])
            new_starts.append(a)
        done = i + 1
    new_forms.extend(forms[done:])
    new_starts.extend(starts[done:])
    return (new_forms, new_starts), _splitting(spans, inner)


def _pieces(text: str, word: TokenSpan, edges: Sequence[int]) -> list[TokenSpan]:
    """A token cut at the given inner positions, pieces trimmed of spaces."""
    points = [word[0], *edges, word[1]]
    out = []
    for a, b in zip(points, points[1:], strict=False):
        piece = text[a:b]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if b - trail > a + lead:
            out.append((a + lead, b - trail))
    return out


def group_blocks(
    tokens: Sequence[TokenSpan], ranges: Sequence[tuple[int, int]], spans: Sequence[ExportSpan]
) -> list[list[TokenSpan]]:
    """Tokens grouped by block (the last block starting at or before each token).

    Blocks a span crosses are merged into one; tokens before the first block
    form a block of their own.
    """
    token_starts = [t[0] for t in tokens]
    cuts = [0, *(bisect_left(token_starts, r) for r in sorted({r[0] for r in ranges})), len(tokens)]
    blocks = [list(tokens[a:b]) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]
    if not spans or len(blocks) < 2:
        return blocks
    merged: list[list[TokenSpan]] = [blocks[0]]
    for block in blocks[1:]:
        boundary = block[0][0]
        if any(s.start < boundary < s.end for s in spans):
            merged[-1].extend(block)
        else:
            merged.append(block)
    return merged


def syllable_shortcut(
    doc: ExportDoc,
    layer: Sequence[ExportSpan],
    options: TokenOptions,
    units: Units | None = None,
    report: LossReport | None = None,
) -> ExportDoc | None:
    """The document for CoNLL's syllable fast path, or None when it needs the general one.

    Only for one tag column at syllable level without POS tags, and only when
    every span starts and ends at a token edge once tokens are cut at span
    edges inside them (as the general path cuts them, reported to `report`;
    without a report such a document takes the general path). A span that
    starts or ends on a space would be cut: the general path reports that.
    `units` are the tokens and sentence starts stored with the text, if any.
    A flat layer is sorted by start, which for spans that never overlap is
    also their (start, end, label) order.
    """
    if not wants_units(options):
        return None
    starts = _block_starts(doc.text, options, units)
    table: tuple[Sequence[str], Sequence[int]]
    table = (units[0], units[1]) if units is not None else syllable_table(doc.text)
    blocks = syllable_blocks(doc.text, layer, starts, table)
    if blocks is None and report is not None:  # a span edge inside a token, or on a space
        blocks = _blocks_cut_at_spans(doc, layer, starts, table, report)
    if blocks is None:
        return None
    return ExportDoc(
        key=doc.key,
        title=doc.title,
        text=doc.text,
        spans=tuple(layer),
        regions=doc.regions,
        meta=doc.meta,
        source=doc.source,
        syllables=blocks,
    )


def _block_starts(text: str, options: TokenOptions, units: Units | None) -> Sequence[int]:
    """Where each block starts: the stored sentence starts when there are, else found anew."""
    if units is not None and options.block == SENTENCE:
        return units[2]
    return [r[0] for r in block_ranges(text, options.block)]


def _blocks_cut_at_spans(
    doc: ExportDoc,
    layer: Sequence[ExportSpan],
    starts: Sequence[int],
    table: tuple[Sequence[str], Sequence[int]],
    report: LossReport,
) -> SyllableBlocks | None:
    """The blocks once tokens are cut at the span edges inside them, each cut reported;
    None when even that leaves a span edge off a token edge (a span edge on a space)."""
    table, splitting = split_syllables(doc.text, table, layer)
    blocks = syllable_blocks(doc.text, layer, starts, table) if splitting else None
    if blocks is not None:
        for span in splitting:
            surface = doc.text[span.start : span.end]
            report.add("split", doc=DocName.of(doc), label=span.label, surface=surface)
    return blocks


def wants_units(options: TokenOptions) -> bool:
    """Whether these token choices allow the syllable fast path, which stored units serve.

    Level source falls back to syllables for documents that came without tokens.
    """
    return options.level in (SOURCE, SYLLABLE) and not options.pos


def tokenize(
    doc: ExportDoc,
    layers: Sequence[Sequence[ExportSpan]],
    options: TokenOptions,
    report: LossReport,
) -> ExportDoc:
    """The document with blocks, layers (spans that fit the tokens) and POS/chunk tags."""
    flat = [s for layer in layers for s in layer]
    tokens, splitting = tokens_of(doc.text, WORD if options.level == WORD else SYLLABLE, flat)
    for span in splitting:
        report.add(
            "split", doc=DocName.of(doc), label=span.label, surface=doc.text[span.start : span.end]
        )
    _, cut = align(tokens, flat)
    cut_set = set(cut)
    for span in cut:
        report.add(
            "cut", doc=DocName.of(doc), label=span.label, surface=doc.text[span.start : span.end]
        )
    kept_layers = tuple(tuple(s for s in layer if s not in cut_set) for layer in layers)
    kept_flat = [s for layer in kept_layers for s in layer]
    blocks = group_blocks(tokens, block_ranges(doc.text, options.block), kept_flat)
    tags: tuple[tuple[tuple[str, str], ...], ...] = ()
    if options.pos and tokens:
        from annotator.nlp.units import pos_chunk_tags

        pairs = pos_chunk_tags(doc.text, [t for b in blocks for t in b])
        it = iter(pairs)
        tags = tuple(tuple(next(it, ("X", "O")) for _ in block) for block in blocks)
    return replace(
        doc,
        blocks=tuple(tuple(b) for b in blocks),
        layers=kept_layers,
        tags=tags,
        word_level=options.level == WORD,
    )
