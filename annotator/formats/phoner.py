"""PhoNER_COVID19 JSON lines: `{"words": [...], "tags": [...]}` per sentence, read and written.

Each line becomes a document of one sentence whose source tokens are its
words. Tokens may be fully decomposed (NFD) and word-level files join
syllables with `_`; the text is rebuilt with the CoNLL spacing rule and
normalised. Files are read in pieces of whole lines (formats.records). The
`token tag` CoNLL files of the same corpus are read by the CoNLL reader.

The writer gives one such line per sentence, in the tokens the document
came with (level source) or in its syllables or words.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from annotator.core.errors import ImportFailure
from annotator.core.messages import Message, as_message, message
from annotator.core.model import SourceDocument
from annotator.core.source_tokens import Layout
from annotator.formats import records, tagging
from annotator.formats.conll_columns import WORD_JOIN, Columns, build_document
from annotator.formats.json_safe import loads
from annotator.formats.names import written_tag
from annotator.formats.registry import Reader, line_writer, register_reader, register_writer
from annotator.formats.source_tags import rows_of
from annotator.formats.tokens import ExportDoc, WriteOptions

NAME = "phoner"
_COLUMNS = Columns(2, 0, 1)


def sniff(path: Path, head: bytes) -> bool:
    stripped = head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return stripped[:1] == b"{" and b'"words"' in head[:4096] and b'"tags"' in head[:4096]


def file_hints(head: bytes) -> tuple[tuple[str, Any], ...]:
    """Word level (a `_` joining syllables) and tag scheme, from the first lines."""
    lines = head.decode("utf-8", "ignore").lstrip("\ufeff").split("\n")[:-1]
    words: list[str] = []
    tags: list[str] = []
    for line in islice((ln for ln in lines if ln.strip()), 500):
        try:
            obj = json.loads(line)
            words.extend(str(w) for w in obj.get("words", []))
            tags.extend(str(t) for t in obj.get("tags", []))
        except (ValueError, AttributeError, RecursionError):
            continue
    word_level = any(WORD_JOIN.search(w) for w in words)
    return (("word_level", word_level), ("scheme", tagging.detect_scheme(tags)))


def records_of(path: Path, head: bytes) -> tuple[records.Boundary, records.Hints]:
    """Every line is a record (a sentence)."""
    return records.LINES, file_hints(head)


def read(
    path: Path, data: bytes, piece: records.Piece | None = None
) -> Iterator[SourceDocument | ImportFailure]:
    """One document per line; a bad line yields an ImportFailure naming it."""
    name = Path(path).name
    try:
        text, piece = records.opened(name, data, piece, file_hints)
    except ImportFailure as exc:
        yield exc
        return
    layout = Layout(format=NAME, separator=" ", scheme=piece.hint("scheme", tagging.IOB2))
    word_level = piece.hint("word_level", False)
    for number, line in enumerate(text.split("\n"), start=piece.line):
        if not line.strip():
            continue
        try:
            obj = loads(line)
            words, tags = obj["words"], obj["tags"]
            if len(words) != len(tags) or not words:
                raise ImportFailure(
                    "the numbers of words and tags differ: {words} and {tags}",
                    words=len(words),
                    tags=len(tags),
                )
            block = [(number, [str(w), str(t)]) for w, t in zip(words, tags, strict=True)]
            yield build_document(
                [block],
                word_level=word_level,
                columns=_COLUMNS,
                layout=layout,
                source=f"{path}:{number}",  # the whole path, as every other reader records it
            )
        except (ValueError, KeyError, TypeError, ImportFailure) as exc:
            yield ImportFailure(
                "{name}, line {number}: {exc}", name=name, number=number, exc=_reason(exc)
            )


def _reason(exc: Exception) -> Message:
    """Why a line was skipped, as a Message the window translates (not Python's English)."""
    if isinstance(exc, KeyError):
        return message('no "{field}" field', field=exc.args[0] if exc.args else "?")
    if isinstance(exc, ImportFailure):
        return as_message(exc)
    return message("malformed record ({kind}: {exc})", kind=type(exc).__name__, exc=str(exc))


# --------------------------------------------------------------------- writing

_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))


def render(doc: ExportDoc, options: WriteOptions) -> str:
    """One line per sentence: the words and the first tag column."""
    rows = rows_of(doc, scheme=options.scheme, layout=Layout(format=NAME))
    tags = [written_tag(t) for t in rows.tags[0]] if rows.tags else ["O"] * len(rows.forms)
    return "".join(
        _ENCODER.encode({"words": rows.forms[a:b], "tags": tags[a:b]}) + "\n"
        for a, b in rows.sentences()
    )


register_reader(
    Reader(
        name=NAME,
        extensions=(".json", ".jsonl"),
        sniff=sniff,
        read=read,  # type: ignore[arg-type]
        description="PhoNER_COVID19 JSON lines (words and tags)",
        priority=30,
        records=records_of,
    )
)
register_writer(
    line_writer(NAME, ".json", render, "JSON lines of words and tags (PhoNER_COVID19 layout)")
)
