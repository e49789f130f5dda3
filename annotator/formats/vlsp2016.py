"""VLSP 2016 NER files (import only): `word POS chunk NER nested-NER` columns in `<title>`/`<s>` blocks.

One file is one article. Words join their syllables with `_` (or a space);
the file may start with a UTF-8 BOM and use CRLF. The title block becomes the
first line of the text (a "title" region) and the document title; each `<s>`
block becomes a line. Both NER columns become spans (the fifth holds nested
entities).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from annotator.core.errors import ImportFailure
from annotator.core.model import Region, SourceDocument
from annotator.formats import conll
from annotator.formats.registry import Reader, register_reader

NAME = "vlsp2016"
_MARKER = re.compile(r"^\s*</?([A-Za-z]+)[^>]*>\s*$")


def sniff(path: Path, head: bytes) -> bool:
    """Marker lines such as `<s>` and tab-separated rows of four or more columns."""
    text = head.decode("utf-8", "ignore").lstrip("\ufeff")
    if "\t" not in text:
        return False  # no row of columns at all (every plain article): skip the regex
    lines = text.splitlines()[:-1]
    markers = sum(1 for ln in lines if _MARKER.match(ln))
    rows = sum(1 for ln in lines if ln.count("\t") >= 3)
    return markers > 0 and rows > 0


def read(path: Path, data: bytes) -> Iterator[SourceDocument]:
    """The article of one VLSP 2016 file."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailure(f"{Path(path).name} is not UTF-8 (byte {exc.start})") from exc
    blocks, title_blocks = _blocks(text.splitlines())
    if not blocks:
        raise ImportFailure(f"{Path(path).name} holds no token rows")
    doc = conll.build_document(blocks, word_level=True, source=str(path))
    if title_blocks:
        first = doc.text.split("\n", 1)[0]
        doc = replace(doc, title=first, regions=(Region(0, len(first), "title"),))
    yield doc


def _blocks(lines: list[str]) -> tuple[list[conll.Block], int]:
    """Blocks between marker or blank lines; and how many leading blocks were titles."""
    blocks: list[conll.Block] = []
    block: conll.Block = []
    titles = 0
    in_title = False
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        marker = _MARKER.match(line)
        if marker or not line.strip():
            if block:
                blocks.append(block)
                titles += int(in_title and len(blocks) == 1)
                block = []
            if marker:
                in_title = marker.group(1).lower() == "title" and not line.lstrip().startswith("</")
            continue
        block.append((number, line.split("\t")))
    if block:
        blocks.append(block)
    return blocks, titles


register_reader(
    Reader(
        name=NAME,
        extensions=(".txt", ".conll", ".muc"),
        sniff=sniff,
        read=read,
        description="VLSP 2016 NER columns (word POS chunk NER nested), <title>/<s> blocks",
        priority=30,
    )
)
