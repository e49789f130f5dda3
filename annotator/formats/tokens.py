"""What writers receive: documents with kept spans, token blocks, and span-to-token alignment.

The exporter (app layer) decides which text, spans and tokens go out; these
values carry its decisions to the pure writers. Tokens are (start, end) code
point ranges into `ExportDoc.text`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, NamedTuple

from annotator.core.model import Region
from annotator.core.source_tokens import Layout

TokenSpan = tuple[int, int]
_first = itemgetter(0)
_second = itemgetter(1)
Chunk = tuple[int, int, str]


class ExportSpan(NamedTuple):
    """A kept span of the exported text, with who annotated it.

    A named tuple rather than a frozen dataclass: an export builds a million
    of them, tuples are built several times faster, and they sort by
    (start, end, label) on their own.
    """

    start: int
    end: int
    label: str
    annotator: str = ""


class SyllableBlocks(NamedTuple):
    """A document's syllables, its block boundaries and its spans, all in token indices.

    What a syllable-level CoNLL export with one tag column needs, lighter
    than a (start, end) pair per token (see `conll_syllables`).
    """

    forms: Sequence[str]  # a TokenText as a rule: one joined string, not a str per token
    cuts: list[int]  # block boundaries: 0, the first token of each later block, len(forms)
    chunks: list[tuple[int, int, str]]  # (first, last + 1, label), sorted, never overlapping


class SourceRows(NamedTuple):
    """A document as its source laid it out: what a writer of that layout writes, row by row.

    `extra` holds each token's cells between the token and its tags (or is
    empty); `tags` holds a list of cells per tag column, with the source's
    label names; `cuts` are the sentence boundaries in token indices (0
    first, the token count last).
    """

    layout: Layout
    forms: list[str]
    extra: tuple[tuple[str, ...], ...]
    tags: list[list[str]]
    cuts: list[int]

    def sentences(self) -> list[tuple[int, int]]:
        return [(a, b) for a, b in zip(self.cuts, self.cuts[1:], strict=False) if b > a]


@dataclass(slots=True)
class ExportDoc:
    """One document as every writer sees it (writers never change it).

    Not frozen: a frozen dataclass sets each of its fields through
    object.__setattr__, and an export builds two of these per document.

    `spans` are sorted by (start, end, label) and may nest; `relations` are
    (head_index, tail_index, type) into `spans`. `blocks` (sentences or
    paragraphs of tokens) and `layers` (flat, non-overlapping span lists, one
    per tag column) are set only for token formats. `tags` holds, per block,
    optional (POS, chunk) pairs for every token. `syllables` is set instead
    of `blocks` and `layers` for a syllable-level CoNLL export with one tag
    column. `rows` is set, besides `blocks` and `layers`, for a document
    exported in the tokens and layout it was imported with (level source).
    """

    key: str
    title: str
    text: str
    spans: tuple[ExportSpan, ...] = ()
    relations: tuple[tuple[int, int, str], ...] = ()
    regions: tuple[Region, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)
    source: str = ""
    blocks: tuple[tuple[TokenSpan, ...], ...] = ()
    layers: tuple[tuple[ExportSpan, ...], ...] = ()
    tags: tuple[tuple[tuple[str, str], ...], ...] = ()
    word_level: bool = False
    syllables: SyllableBlocks | None = None
    rows: SourceRows | None = None


def token_form(text: str, start: int, end: int, word_level: bool) -> str:
    """The token as written: word-level words join their syllables with `_`."""
    piece = text[start:end]
    if word_level and (" " in piece or "\n" in piece or "\t" in piece):
        return "_".join(piece.split())
    return piece


def align(
    tokens: Sequence[TokenSpan], spans: Sequence[ExportSpan]
) -> tuple[list[Chunk], list[ExportSpan]]:
    """Token chunks (first, last+1, label) of spans; and the spans that cut a token.

    A span aligns when it starts at a token start and ends at a token end.
    Tokens must be sorted and non-overlapping.
    """
    starts = list(map(_first, tokens))
    ends = list(map(_second, tokens))
    chunks: list[Chunk] = []
    cut: list[ExportSpan] = []
    for span in spans:
        first = bisect_left(starts, span.start)
        last = bisect_right(ends, span.end)
        exact = (
            first < len(starts)
            and starts[first] == span.start
            and last > 0
            and ends[last - 1] == span.end
            and first < last
        )
        if exact:
            chunks.append((first, last, span.label))
        else:
            cut.append(span)
    return chunks, cut


@dataclass(frozen=True)
class WriteOptions:
    """Choices a writer needs besides the documents.

    `labels` are the span labels in schema order (class names for Hugging
    Face, entity types for brat); `relation_types` are (name, head labels,
    tail labels).
    """

    scheme: str = "iob2"
    # None: as the document's source did (with -DOCSTART- when it had none: True).
    docstart: bool | None = True
    labels: tuple[str, ...] = ()
    relation_types: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = ()


# A split name and its documents, consumed once, in order.
Split = tuple[str, Iterable[ExportDoc]]
