"""CoNLL / BIO column files: writing token blocks with tags, reading them back to text and spans.

Written layout, one token per line, tab-separated:
`token [POS chunk] NER [NER2 ...]`, a blank line after each block (sentence
or paragraph) and, optionally, `-DOCSTART-` before each document. Word-level
files join the syllables of a word with `_`.

Reading rebuilds the text: blocks become lines of one document (or one
document per block when the file has no `-DOCSTART-`), and tokens are joined
by the spacing rule in `join_tokens`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import chain

from annotator.core.errors import ImportFailure
from annotator.core.model import SourceDocument
from annotator.core.textnorm import map_span, normalize_with_offsets
from annotator.formats import tagging
from annotator.formats.conll_syllables import syllable_lines
from annotator.formats.labelmap import map_label
from annotator.formats.registry import Reader, line_writer, register_reader, register_writer
from annotator.formats.tokens import ExportDoc, WriteOptions, align, token_form

NAME = "conll"
EXTENSIONS = (".conll", ".bio", ".iob", ".iob2", ".bioes", ".ner", ".tsv")
DOCSTART = "-DOCSTART-"

# Spacing rule when rebuilding text: no space before these, none after those.
NO_SPACE_BEFORE = frozenset(",.;:!?)]}”…%")
NO_SPACE_AFTER = frozenset("([{“")
_WORD_JOIN = re.compile(r"(?<=\S)_(?=\S)")


# --------------------------------------------------------------------- writing


def document_lines(doc: ExportDoc, *, scheme: str, docstart: bool) -> Iterator[str]:
    """The text of one document, block by block, every line ending with a newline."""
    if doc.syllables is not None:
        yield syllable_lines(doc.syllables, scheme=scheme, docstart=docstart)
        return
    if docstart:
        yield f"{DOCSTART}\n\n"
    tokens = list(chain.from_iterable(doc.blocks))
    text = doc.text
    if doc.word_level:
        forms = [token_form(text, s, e, True) for s, e in tokens]
    else:
        forms = [text[s:e] for s, e in tokens]
    # Tags are computed for the whole document at once: no span crosses a block.
    columns = [tagging.encode(len(tokens), align(tokens, layer)[0], scheme) for layer in doc.layers]
    first = 0
    for b, block in enumerate(doc.blocks):
        stop = first + len(block)
        if not doc.tags and len(columns) == 1:
            tags = columns[0]
            yield "".join([f"{forms[i]}\t{tags[i]}\n" for i in range(first, stop)]) + "\n"
        else:
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


# --------------------------------------------------------------------- reading


def join_tokens(forms: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """A line of text from tokens and where each token sits in it.

    No space goes before `, . ; : ! ? ) ] } ” … %` nor after `( [ { “`; a
    straight double quote opens (no space after) and closes (no space before)
    in turn; every other pair of tokens is separated by one space.
    """
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    quote_open = False
    previous = ""
    for i, form in enumerate(forms):
        closing_quote = form == '"' and quote_open
        if i > 0 and not _glued(previous, form, closing_quote, quote_open):
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


def sniff(path: object, head: bytes) -> bool:
    """True when most lines are `token<TAB or space>...tag` with a BIO-shaped last column."""
    text = head.decode("utf-8", "ignore").lstrip("\ufeff")
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


def read(path: object, data: bytes) -> Iterator[SourceDocument | ImportFailure]:
    """Documents of a CoNLL file; a malformed block yields an ImportFailure."""
    name = str(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield ImportFailure(f"{name} is not UTF-8 (byte {exc.start}); save it as UTF-8")
        return
    docs = parse_blocks(text.splitlines())
    word_level = any(_WORD_JOIN.search(row[0]) for doc in docs for blk in doc for _, row in blk)
    for number, doc in enumerate(docs, start=1):
        try:
            yield build_document(doc, word_level=word_level, source=f"{name}#{number}")
        except ImportFailure as exc:
            yield ImportFailure(f"{name}, document {number}: {exc}")


Row = list[str]
Block = list[tuple[int, Row]]


def parse_blocks(lines: Sequence[str]) -> list[list[Block]]:
    """Documents as lists of blocks of (line number, cells); documents split at -DOCSTART-."""
    docs: list[list[Block]] = []
    current: list[Block] = []
    block: Block = []
    has_docstart = any(ln.startswith(DOCSTART) for ln in lines)
    for number, raw in enumerate(lines, start=1):
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
                if not has_docstart:
                    docs.append(current)
                    current = []
        else:
            block.append((number, _cells(line)))
    if block:
        current.append(block)
    if current:
        docs.append(current)
    return docs


def ner_columns(width: int, rows: Sequence[Row]) -> list[int]:
    """Which columns hold NER tags.

    When every column after the token is BIO-shaped, all of them are NER
    layers. Otherwise the last column that is not (the POS column) is followed
    by a chunk column, as in VLSP 2016 (`word POS chunk NER [nested]`), and the
    NER columns come after it; with nothing after it, the last column is NER.
    """
    plain = [c for c in range(1, width) if not all(tagging.is_tag(r[c]) for r in rows)]
    if not plain:
        return list(range(1, width))
    first_ner = plain[-1] + 2
    return list(range(first_ner, width)) if first_ner < width else [width - 1]


def build_document(
    blocks: Sequence[Block], *, word_level: bool, source: str = "", title: str = ""
) -> SourceDocument:
    """Rebuild one document's text and spans from its blocks."""
    lines: list[str] = []
    spans: list[tuple[int, int, str]] = []
    base = 0
    for block in blocks:
        rows = [row for _, row in block]
        width = len(rows[0])
        bad = next((n for n, row in block if len(row) != width), None)
        if bad is not None:
            raise ImportFailure(f"line {bad} has a different number of columns than its block")
        forms = [_form(row[0], word_level) for row in rows]
        line, offsets = join_tokens(forms)
        for column in ner_columns(width, rows):
            for first, stop, label in tagging.decode([row[column] for row in rows]):
                spans.append((base + offsets[first][0], base + offsets[stop - 1][1], label))
        lines.append(line)
        base += len(line) + 1
    raw = "\n".join(lines)
    text, mapping = normalize_with_offsets(raw)
    mapped = tuple(sorted({(*map_span(mapping, s, e), map_label(lab)) for s, e, lab in spans}))
    return SourceDocument(
        text=text,
        title=title or text.split("\n", 1)[0][:200],
        source=source,
        spans=mapped,
    )


def _form(token: str, word_level: bool) -> str:
    if word_level:
        return _WORD_JOIN.sub(" ", token)
    return token


def render(doc: ExportDoc, options: WriteOptions) -> str:
    """One document's lines, as `<split>.conll` holds them."""
    return "".join(document_lines(doc, scheme=options.scheme, docstart=options.docstart))


register_reader(
    Reader(
        name=NAME,
        extensions=(*EXTENSIONS, ".txt"),
        sniff=sniff,
        read=read,  # type: ignore[arg-type]
        description="CoNLL/BIO columns (IOB1, IOB2, BIOES; syllable or word level)",
        priority=5,
    )
)
register_writer(line_writer(NAME, ".conll", render, "CoNLL/BIO columns"))
