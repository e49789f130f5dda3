"""CoNLL / BIO column files: writing token blocks with tags, reading them back to text and spans.

Written layout, one token per line, tab-separated:
`token [POS chunk] NER [NER2 ...]`, a blank line after each block (sentence
or paragraph) and, optionally, `-DOCSTART- -X- O O` before each document
(the line CoNLL-2003 readers such as `spacy convert` split documents at).
Word-level files join the syllables of a word with `_`. A document imported
with its own tokens and exported at level source is written in the layout it
came with (separator, columns, tag scheme, label names, see
core.source_tokens). Label names with spaces are written reversibly
(formats.names).

Reading rebuilds the text: blocks become lines of one document (or one
document per block when the file has no `-DOCSTART-`), and tokens are joined
by the spacing rule in `conll_columns.join_tokens`. Files are read in pieces
of whole documents (formats.records), so their size does not matter.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import chain, islice
from typing import Any

from annotator.core.errors import ImportFailure
from annotator.core.model import SourceDocument
from annotator.core.source_tokens import Layout
from annotator.formats import records, tagging
from annotator.formats.conll_columns import (
    WORD_JOIN,
    Block,
    Columns,
    Row,
    column_roles,
    join_tokens,
)
from annotator.formats.conll_columns import build_document as build_from_blocks
from annotator.formats.conll_syllables import DOCSTART_LINE, syllable_lines
from annotator.formats.names import written_tag
from annotator.formats.registry import Reader, line_writer, register_reader, register_writer
from annotator.formats.tokens import ExportDoc, SourceRows, WriteOptions, align, token_form

NAME = "conll"
EXTENSIONS = (".conll", ".bio", ".iob", ".iob2", ".bioes", ".ner", ".tsv")
DOCSTART = "-DOCSTART-"
# Rows looked at to decide a file's columns, word level and tag scheme.
_SAMPLE_ROWS = 20_000

__all__ = ["DOCSTART", "build_document", "join_tokens", "parse_blocks", "read", "render"]


# --------------------------------------------------------------------- writing


def document_lines(doc: ExportDoc, *, scheme: str, docstart: bool | None) -> Iterator[str]:
    """The text of one document, block by block, every line ending with a newline."""
    if doc.rows is not None:
        layout = doc.rows.layout
        yield source_lines(doc.rows, docstart=layout.docstart if docstart is None else docstart)
        return
    docstart = True if docstart is None else docstart
    if doc.syllables is not None:
        yield syllable_lines(doc.syllables, scheme=scheme, docstart=docstart)
        return
    if docstart:
        yield f"{DOCSTART_LINE}\n\n"
    tokens = list(chain.from_iterable(doc.blocks))
    text = doc.text
    if doc.word_level:
        forms = [token_form(text, s, e, True) for s, e in tokens]
    else:
        forms = [text[s:e] for s, e in tokens]
    # Tags are computed for the whole document at once: no span crosses a block.
    columns = [
        [written_tag(t) for t in tagging.encode(len(tokens), align(tokens, layer)[0], scheme)]
        for layer in doc.layers
    ]
    first = 0
    for b, block in enumerate(doc.blocks):
        stop = first + len(block)
        extra = doc.tags[b] if doc.tags else None
        rows = []
        for i in range(first, stop):
            cells = [forms[i]]
            if extra is not None:
                cells.extend(extra[i - first])
            cells.extend(column[i] for column in columns)
            rows.append("\t".join(cells) + "\n")
        yield "".join(rows) + "\n"
        first = stop


def source_lines(rows: SourceRows, *, docstart: bool) -> str:
    """A document in its source's columns: token, extra cells, tag cells, one row per line."""
    separator = rows.layout.separator
    tags = [[written_tag(t) for t in column] for column in rows.tags]
    extra = rows.extra
    out = [f"{DOCSTART_LINE}\n\n"] if docstart else []
    for first, stop in rows.sentences():
        for i in range(first, stop):
            cells = [rows.forms[i], *(extra[i] if extra else ()), *(c[i] for c in tags)]
            out.append(separator.join(cells) + "\n")
        out.append("\n")
    return "".join(out)


def render(doc: ExportDoc, options: WriteOptions) -> str:
    """One document's lines, as `<split>.conll` holds them."""
    return "".join(document_lines(doc, scheme=options.scheme, docstart=options.docstart))


# --------------------------------------------------------------------- reading


def sniff(path: object, head: bytes) -> bool:
    """True when most lines are `token<TAB or space>...tag` with a BIO-shaped last column."""
    text = head[: records.HINT_BYTES // 16].decode("utf-8", "ignore").lstrip("\ufeff")
    lines = [ln for ln in text.splitlines()[:-1] if ln.strip() and not ln.startswith(DOCSTART)]
    if not lines:
        return False
    needed = 0.9 * len(lines)
    shaped = unshaped = 0
    for ln in lines:
        cells = _cells(ln)
        if len(cells) >= 2 and tagging.is_tag(cells[-1]):
            shaped += 1
        else:
            unshaped += 1
            # Stop as soon as the share cannot be reached: plain articles fail in a few lines.
            if len(lines) - unshaped < needed:
                return False
    return shaped >= needed


def _cells(line: str) -> list[str]:
    return line.split("\t") if "\t" in line else line.split()


def file_hints(head: bytes) -> tuple[tuple[str, Any], ...]:
    """What a whole file shares, decided from its head: columns, separator, word level, scheme."""
    text = head.decode("utf-8", "ignore").lstrip("\ufeff")
    lines = [ln.rstrip("\r") for ln in text.split("\n")[:-1]]
    rows = [_cells(ln) for ln in islice((ln for ln in lines if ln.strip()), _SAMPLE_ROWS)]
    rows = [r for r in rows if r and r[0] != DOCSTART]
    columns = column_roles(rows)
    sample = lines[:_SAMPLE_ROWS]  # the same lines on both sides, however long the head
    tab = sum("\t" in ln for ln in sample) * 2 >= sum(bool(ln) for ln in sample)
    # A file of one column has no tag column to take the scheme from.
    first_tag = [r[columns.first_tag] for r in rows if columns.tags and len(r) == columns.width]
    return (
        ("columns", (columns.width, columns.extra, columns.tags)),
        ("separator", "\t" if tab else " "),
        ("word_level", any(WORD_JOIN.search(r[0]) for r in rows if r)),
        ("docstart", any(ln.startswith(DOCSTART) for ln in lines)),
        ("scheme", tagging.detect_scheme(first_tag) if columns.tags else tagging.IOB2),
    )


def records_of(path: object, head: bytes) -> tuple[records.Boundary, records.Hints]:
    """Documents are records: -DOCSTART- documents when the file has them, else blocks."""
    hints = file_hints(head)
    return (records.DOCSTARTS if dict(hints)["docstart"] else records.BLANK_LINES), hints


def read(
    path: object, data: bytes, piece: records.Piece | None = None
) -> Iterator[SourceDocument | ImportFailure]:
    """Documents of a CoNLL file (or of a piece of one); a malformed one yields an ImportFailure."""
    name = str(path)
    try:
        text, piece = records.opened(name, data, piece, file_hints)
    except ImportFailure as exc:
        yield exc
        return
    width, extra, tags = piece.hint("columns")
    columns = Columns(width, extra, tags)
    layout = Layout(
        format=NAME,
        separator=piece.hint("separator", "\t"),
        docstart=piece.hint("docstart", False),
        scheme=piece.hint("scheme", tagging.IOB2),
    )
    lines = text.split("\n")
    docs = parse_blocks(lines, first_line=piece.line, docstart=piece.hint("docstart"))
    for doc in docs:
        line = doc[0][0][0]
        try:
            yield build_from_blocks(
                doc,
                word_level=piece.hint("word_level", False),
                columns=columns,
                layout=layout,
                source=f"{name}:{line}",
            )
        except ImportFailure as exc:
            yield ImportFailure("{name}, line {line}: {exc}", name=name, line=line, exc=exc)


def parse_blocks(
    lines: Sequence[str], *, first_line: int = 1, docstart: bool | None = None
) -> list[list[Block]]:
    """Documents as lists of blocks of (line number, cells); documents split at -DOCSTART-."""
    docs: list[list[Block]] = []
    current: list[Block] = []
    block: Block = []
    if docstart is None:
        docstart = any(ln.startswith(DOCSTART) for ln in lines)
    for number, raw in enumerate(lines, start=first_line):
        line = raw.rstrip("\r\n")
        if line.startswith(DOCSTART):
            if block:
                current.append(block)
            if current:
                docs.append(current)
            current, block = [], []
        elif not line.strip():
            if block:
                current.append(block)
                block = []
                if not docstart:
                    docs.append(current)
                    current = []
        else:
            block.append((number, _cells(line)))
    if block:
        current.append(block)
    if current:
        docs.append(current)
    return docs


def build_document(
    blocks: Sequence[Block], *, word_level: bool, source: str = "", title: str = ""
) -> SourceDocument:
    """Rebuild one document's text, spans and tokens from its blocks (columns read from them)."""
    rows: list[Row] = [row for block in blocks for _, row in block]
    return build_from_blocks(
        blocks, word_level=word_level, columns=column_roles(rows), source=source, title=title
    )


register_reader(
    Reader(
        name=NAME,
        extensions=(*EXTENSIONS, ".txt"),
        sniff=sniff,
        read=read,  # type: ignore[arg-type]
        description="CoNLL/BIO columns (IOB1, IOB2, BIOES; syllable or word level)",
        priority=5,
        records=records_of,
    )
)
register_writer(line_writer(NAME, ".conll", render, "CoNLL/BIO columns"))
