"""Column files read as tokens: one document's text, spans and source tokens from rows of cells.

Shared by the readers of CoNLL, VLSP 2016, PhoNER and Hugging Face files.
Which cells are what is decided once per file (`Columns`), never per
sentence, so a stray value in one cell is reported and read as `O` instead
of changing how the whole sentence is read. A row with the wrong number of
cells is reported with its line number and left out; the rest is kept.

The text is rebuilt from the tokens with the spacing rule of `join_tokens`.
A token that is empty, or only invisible characters, takes no room in the
text (no stray space) and never starts or ends a span. Everything needed to
write the tokens back as they came is kept as the document's SourceTokens.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from annotator.core.errors import ImportFailure
from annotator.core.messages import message
from annotator.core.model import SourceDocument
from annotator.core.source_tokens import Layout, SourceTokens, default_form
from annotator.core.textnorm import (
    normalize_text,
    normalize_with_offsets,
    reference_warnings,
    text_warnings,
)
from annotator.formats import tagging
from annotator.formats.names import read_name
from annotator.formats.references import decode_fields
from annotator.formats.source_tags import overrides_for
from annotator.formats.tokens import ExportSpan

# Spacing rule when rebuilding text: no space before these, none after those.
NO_SPACE_BEFORE = frozenset(",.;:!?)]}”…%")
NO_SPACE_AFTER = frozenset("([{“")
WORD_JOIN = re.compile(r"(?<=\S)_(?=\S)")
_PLAIN = re.compile(r"[\x20-\x7e]*")
# Control and invisible format characters: a token holding one goes through the
# text rule (core.textnorm decides what stays), every other token is kept as it is.
_INVISIBLE = re.compile(r"[\x00-\x1f\x7f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")

# A tag once its label is decoded: the label may then hold spaces.
_DECODED_TAG = re.compile(r"O$|[BIESLU]-\S")

Row = list[str]
Block = list[tuple[int, Row]]  # (line number, cells)


@dataclass(frozen=True)
class Columns:
    """The cells of a row: the token, `extra` cells (POS, chunk), then `tags` tag cells."""

    width: int
    extra: int = 0
    tags: int = 1

    @property
    def first_tag(self) -> int:
        return 1 + self.extra


def column_roles(rows: Sequence[Row]) -> Columns:
    """Which columns hold tags, decided over many rows of a file.

    The usual width wins. A column is a tag column when most of its cells
    look like tags. When every column after the token does, all are tag
    layers; otherwise the last column that does not (POS) is followed by a
    chunk column, as in VLSP 2016 (`word POS chunk NER [nested]`) and
    CoNLL-2003, and the tags come after it.
    """
    widths = Counter(len(r) for r in rows)
    if not widths:
        return Columns(2)
    width = widths.most_common(1)[0][0]
    if width < 2:
        return Columns(width, 0, 0)
    sample = [r for r in rows if len(r) == width]
    plain = [
        c for c in range(1, width) if sum(tagging.is_tag(r[c]) for r in sample) * 2 < len(sample)
    ]
    if not plain:
        return Columns(width, 0, width - 1)
    first_tag = plain[-1] + 2
    if first_tag >= width:
        first_tag = width - 1
    return Columns(width, first_tag - 1, width - first_tag)


def join_tokens(forms: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """A line of text from tokens and where each token sits in it.

    No space goes before `, . ; : ! ? ) ] } ” … %` nor after `( [ { “`; a
    straight double quote opens (no space after) and closes (no space before)
    in turn; every other pair of tokens is separated by one space. An empty
    token takes no room: it sits where the next token starts.
    """
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    quote_open = False
    previous = ""
    for form in forms:
        if not form:
            offsets.append((pos, pos))
            continue
        closing_quote = form == '"' and quote_open
        if previous and not _glued(previous, form, closing_quote, quote_open):
            parts.append(" ")
            pos += 1
        offsets.append((pos, pos + len(form)))
        parts.append(form)
        pos += len(form)
        if form == '"':
            quote_open = not quote_open
        previous = form
    return "".join(parts), offsets


def _glued(previous: str, form: str, closing_quote: bool, quote_open: bool) -> bool:
    if form in NO_SPACE_BEFORE or closing_quote:
        return True
    if previous in NO_SPACE_AFTER:
        return True
    # An opening straight quote glues to the token after it.
    return previous == '"' and quote_open


@lru_cache(maxsize=1 << 16)
def clean_form(raw: str, word_level: bool) -> str:
    """A token's text: word joins as spaces, NFC, invisible characters dropped.

    Cached: a corpus repeats its syllables endlessly.
    """
    piece = WORD_JOIN.sub(" ", raw) if word_level and "_" in raw else raw
    if _PLAIN.fullmatch(piece):
        return piece  # printable ASCII is already normal
    if unicodedata.is_normalized("NFC", piece) and not _INVISIBLE.search(piece):
        return piece
    return normalize_text(piece)


@dataclass
class _Reading:
    """What building one document gathers, sentence by sentence."""

    lines: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    raw: list[str] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    extra: list[tuple[str, ...]] = field(default_factory=list)
    written: list[list[str]] = field(default_factory=list)
    spans: set[tuple[int, int, str]] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)
    base: int = 0
    references: int = 0  # HTML character references decoded in the tokens


def build_document(
    blocks: Sequence[Block],
    *,
    word_level: bool,
    columns: Columns | None = None,
    layout: Layout | None = None,
    source: str = "",
    title: str = "",
) -> SourceDocument:
    """One document's text, spans and source tokens from its blocks (sentences) of rows.

    `columns` and `layout` (separator, tag scheme) are the file's, decided
    once; without them they are read from this document's own rows.
    """
    if columns is None:
        columns = column_roles([row for block in blocks for _, row in block])
    if columns.tags < 1:
        raise ImportFailure("the rows have no tag column (one token per line and its tags)")
    reading = _Reading(written=[[] for _ in range(columns.tags)])
    for block in blocks:
        _read_block(reading, block, columns, word_level)
    if not reading.starts:
        raise ImportFailure("no token rows")
    text = _nfc_text(reading)
    layout = _document_layout(layout, reading, columns, word_level)
    spans = tuple(sorted(reading.spans))
    tokens = _source_tokens(reading, text, layout, spans)
    meta = {"import_warnings": reading.warnings} if reading.warnings else {}
    return SourceDocument(
        text=text,
        title=title or text.split("\n", 1)[0][:200],
        meta=meta,
        source=source,
        spans=spans,
        tokens=tokens,
    )


def _nfc_text(reading: _Reading) -> str:
    """The document's text in NFC; its tokens and spans move with it where composing the
    whole text changes it (tokens that compose across a gap)."""
    text = "\n".join(reading.lines)
    if not unicodedata.is_normalized("NFC", text):
        _renormalise(reading, text)
        text = normalize_with_offsets(text)[0]
    # Tokens were composed one by one (clean_form): the report says so, as for an article.
    reading.warnings.extend(text_warnings("".join(reading.raw), text))
    reading.warnings.extend(reference_warnings(reading.references))
    return text


def _document_layout(
    layout: Layout | None, reading: _Reading, columns: Columns, word_level: bool
) -> Layout:
    """How the document was written, for writing it back alike: the file's layout, or the
    scheme its own tags show, with its word joining and columns."""
    if layout is None:  # no file-wide decision: this document's own tags say
        layout = Layout(scheme=tagging.detect_scheme(reading.written[0]))
    return replace(
        layout,
        word_join="_" if word_level else "",
        extra_columns=columns.extra,
        tag_columns=columns.tags,
    )


def _read_block(reading: _Reading, block: Block, columns: Columns, word_level: bool) -> None:
    rows: Block = []
    for number, row in block:
        if len(row) == columns.width:
            rows.append((number, row))
        else:
            reading.warnings.append(
                message(
                    "line {number} has {count} columns where the file has {width}; it was left out",
                    number=number,
                    count=len(row),
                    width=columns.width,
                )
            )
    if not rows:
        return
    written, references = decode_fields([row[0] for _, row in rows])
    reading.references += references
    forms = [clean_form(cell, word_level) for cell in written]
    line, offsets = join_tokens(forms)
    first_token = len(reading.starts)
    reading.sentences.append(first_token)
    base = reading.base
    for (_, row), cell, (start, end) in zip(rows, written, offsets, strict=True):
        reading.starts.append(base + start)
        reading.ends.append(base + end)
        reading.raw.append(cell)
        reading.extra.append(tuple(row[1 : columns.first_tag]))
    for c in range(columns.tags):
        cells = [read_tag(row[columns.first_tag + c]) for _, row in rows]
        reading.written[c].extend(cells)
        _read_tags(reading, rows, cells, offsets, base)
    reading.lines.append(line)
    reading.base += len(line) + 1


def read_tag(cell: str) -> str:
    """A tag cell with its label name decoded (`B-CHỨC%20VỤ` is `B-CHỨC VỤ`, see formats.names)."""
    if "%" in cell and tagging.is_tag(cell):
        return cell[:2] + read_name(cell[2:])
    return cell


def _read_tags(
    reading: _Reading,
    rows: Block,
    cells: list[str],
    offsets: list[tuple[int, int]],
    base: int,
) -> None:
    tags = []
    for (number, _), cell in zip(rows, cells, strict=True):
        if _DECODED_TAG.match(cell):
            tags.append(cell)
        else:
            reading.warnings.append(
                message("line {number}: {cell!r} is not a tag; read as O", number=number, cell=cell)
            )
            tags.append("O")
    for first, stop, label in tagging.decode(tags):
        filled = [offsets[i] for i in range(first, stop) if offsets[i][1] > offsets[i][0]]
        if not filled:
            number = rows[first][0]
            reading.warnings.append(
                message(
                    "line {number}: the {label} entity is on an empty token; it was left out",
                    number=number,
                    label=label,
                )
            )
            continue
        reading.spans.add((base + filled[0][0], base + filled[-1][1], label))


def _renormalise(reading: _Reading, text: str) -> None:
    """Map tokens and spans through whole-text normalisation (tokens that compose across a gap)."""
    _, mapping = normalize_with_offsets(text)
    reading.starts = [mapping[s] for s in reading.starts]
    reading.ends = [mapping[e] for e in reading.ends]
    reading.spans = {(mapping[s], mapping[e], label) for s, e, label in reading.spans}


def _source_tokens(
    reading: _Reading, text: str, layout: Layout, spans: Sequence[tuple[int, int, str]]
) -> SourceTokens:
    forms = []
    for i, (start, end, raw) in enumerate(
        zip(reading.starts, reading.ends, reading.raw, strict=True)
    ):
        written = unicodedata.normalize("NFC", raw)
        if written != default_form(text[start:end], layout.word_join):
            forms.append((i, written))
    tokens = SourceTokens(
        layout=layout,
        starts=tuple(reading.starts),
        ends=tuple(reading.ends),
        sentences=tuple(reading.sentences),
        forms=tuple(forms),
        extra=tuple(reading.extra) if any(reading.extra) else (),
    )
    export_spans = [ExportSpan(s, e, label) for s, e, label in spans]
    return replace(tokens, overrides=overrides_for(tokens, export_spans, reading.written))
