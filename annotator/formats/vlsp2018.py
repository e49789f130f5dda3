"""VLSP 2018 NER files (import only): raw text with nested `<ENAMEX TYPE="...">` tags.

The files are not well-formed XML (a bare `&` occurs), so tags are found with
a pattern and everything else, `&` included, is kept as text. Nested tags give
nested spans. Labels map PERSON, LOCATION, ORGANIZATION to PER, LOC, ORG;
MISCELLANEOUS is kept.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

from annotator.core.errors import ImportFailure
from annotator.core.model import SourceDocument
from annotator.core.textnorm import map_span, normalize_with_offsets
from annotator.formats.labelmap import map_label
from annotator.formats.registry import Reader, register_reader

NAME = "vlsp2018"
_TAG = re.compile(
    r"<ENAMEX\s+TYPE\s*=\s*[\"']?([A-Za-z_\-]+)[\"']?\s*>|</ENAMEX\s*>", re.IGNORECASE
)


def sniff(path: Path, head: bytes) -> bool:
    return b"<ENAMEX" in head.upper()


def parse(raw: str, *, name: str = "") -> tuple[str, list[tuple[int, int, str]]]:
    """Text without tags and (start, end, label) spans into it (raw, not yet normalised)."""
    pieces: list[str] = []
    spans: list[tuple[int, int, str]] = []
    stack: list[tuple[int, str, int]] = []
    pos = 0
    last = 0
    for match in _TAG.finditer(raw):
        pieces.append(raw[last : match.start()])
        pos += match.start() - last
        last = match.end()
        if match.group(1):
            stack.append((pos, match.group(1).upper(), match.start()))
        elif not stack:
            line = raw.count("\n", 0, match.start()) + 1
            raise ImportFailure(f"{name}, line {line}: </ENAMEX> closes no open tag")
        else:
            start, label, _ = stack.pop()
            if pos > start:
                spans.append((start, pos, label))
    if stack:
        line = raw.count("\n", 0, stack[-1][2]) + 1
        raise ImportFailure(f'{name}, line {line}: <ENAMEX TYPE="{stack[-1][1]}"> is never closed')
    pieces.append(raw[last:])
    return "".join(pieces), spans


def read(path: Path, data: bytes) -> Iterator[SourceDocument]:
    """The article of one VLSP 2018 file; spaces just inside a tag are left out of its span."""
    name = Path(path).name
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailure(f"{name} is not UTF-8 (byte {exc.start})") from exc
    plain, raw_spans = parse(raw, name=name)
    text, mapping = normalize_with_offsets(plain)
    spans = []
    for start, end, label in raw_spans:
        s, e = map_span(mapping, start, end)
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e, map_label(label)))
    yield SourceDocument(
        text=text,
        title=text.strip().split("\n", 1)[0][:200],
        source=str(path),
        raw_hash=hashlib.sha256(data).hexdigest(),
        spans=tuple(sorted(spans)),
    )


register_reader(
    Reader(
        name=NAME,
        extensions=(".txt", ".muc", ".sgml"),
        sniff=sniff,
        read=read,
        description="VLSP 2018 raw text with nested <ENAMEX> tags",
        priority=30,
    )
)
