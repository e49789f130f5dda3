"""VLSP 2018 NER files: raw text with nested `<ENAMEX TYPE="...">` tags, read and written.

The files are not well-formed XML (a bare `&` occurs), so tags are found with
a pattern and everything else, `&` included, is kept as text. Nested tags give
nested spans. Labels keep the names the file gives them (PERSON, LOCATION,
ORGANIZATION, MISCELLANEOUS); an import renames them only when asked.
Format detection looks through the whole file for a tag, however late the
first one comes.

The writer gives each document back as such a file (one per document,
named after the file it came from): the text with a tag around every span,
nested spans inside the spans that hold them, with the file's BOM and CRLF
line ends when it had them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from annotator.core.errors import ImportFailure
from annotator.core.messages import message
from annotator.core.model import SourceDocument
from annotator.core.textnorm import map_span, reference_warnings
from annotator.formats.filenames import UniqueNames, safe_stem, source_file
from annotator.formats.names import MARKUP, read_name, written_name
from annotator.formats.normal import normalizing_warnings, with_offsets
from annotator.formats.references import decode_fields
from annotator.formats.registry import Reader, Writer, register_reader, register_writer
from annotator.formats.tokens import ExportDoc, Split, WriteOptions

NAME = "vlsp2018"
# The document meta key for what of the file the text does not keep (BOM, CRLF).
LAYOUT_KEY = "vlsp2018_file"
_TAG = re.compile(
    r"<ENAMEX\s+TYPE\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))\s*>|</ENAMEX\s*>"
    # An opening tag without TYPE is a tag too: its closing tag must not close another.
    r"|<ENAMEX(?:\s[^>]*)?>",
    re.IGNORECASE,
)
_SNIFF = re.compile(rb"<enamex\s", re.IGNORECASE)


def sniff(path: Path, head: bytes) -> bool:
    return _SNIFF.search(head) is not None


def parse(raw: str) -> tuple[str, list[tuple[int, int, str]], list[str]]:
    """Text without tags, (start, end, label) spans into it (raw, not yet normalised), warnings.

    A closing tag with no open tag, and an opening tag never closed, are left
    out (the text around them is kept) and said in the warnings with their line.
    An entity of VLSP 2018 never runs across a line (each line is a paragraph
    of the article): a tag still open at the end of its line lost its closing
    tag, and a closing tag further down belongs to something else. It is left
    out there, rather than closed at the line end, whose span would take the
    rest of the line; the closing tag met later then closes nothing and is
    said too.
    """
    pieces: list[str] = []
    spans: list[tuple[int, int, str]] = []
    stack: list[tuple[int, str | None, int]] = []  # (start, label or None without TYPE, where)
    warnings: list[str] = []
    pos = last = references = 0
    for match in _TAG.finditer(raw):
        if stack and "\n" in raw[last : match.start()]:
            _left_open(raw, stack, warnings)
        (piece,), decoded = decode_fields([raw[last : match.start()]])
        pieces.append(piece)
        pos += len(piece)
        references += decoded
        last = match.end()
        opened = match.group(1) or match.group(2) or match.group(3)
        typed = match.lastindex is not None
        if match.group(0)[1] != "/":
            stack.append((pos, read_name(opened or "") if typed else None, match.start()))
        else:
            _read_closing(raw, match.start(), pos, stack, spans, warnings)
    _left_open(raw, stack, warnings)
    (piece,), decoded = decode_fields([raw[last:]])
    pieces.append(piece)
    warnings.extend(reference_warnings(references + decoded))
    return "".join(pieces), spans, warnings


def _read_closing(
    raw: str,
    at_close: int,
    pos: int,
    stack: list[tuple[int, str | None, int]],
    spans: list[tuple[int, int, str]],
    warnings: list[str],
) -> None:
    """A closing tag at `pos` of the text: the span of the tag it closes, else said in the
    warnings (the tag it closes has no TYPE, or no tag is open)."""
    if not stack:
        line = raw.count("\n", 0, at_close) + 1
        warnings.append(message("line {line}: </ENAMEX> closes no open tag; left out", line=line))
        return
    start, label, at = stack.pop()
    if label is not None:
        spans.append((start, pos, label))
        return
    line = raw.count("\n", 0, at) + 1
    warnings.append(
        message("line {line}: <ENAMEX> has no TYPE; its text is kept, without a span", line=line)
    )


def _left_open(raw: str, stack: list[tuple[int, str | None, int]], warnings: list[str]) -> None:
    """Say each tag still open (outermost first) and forget it: it gives no span."""
    for _, label, at in stack:
        line = raw.count("\n", 0, at) + 1
        if raw.find("\n", at) >= 0:
            warning = message(
                'line {line}: <ENAMEX TYPE="{label}"> is not closed on its line (an entity '
                "does not run across lines); left out",
                line=line,
                label=label or "",
            )
        else:
            warning = message(
                'line {line}: <ENAMEX TYPE="{label}"> is never closed; left out',
                line=line,
                label=label or "",
            )
        warnings.append(warning)
    stack.clear()


def read(path: Path, data: bytes) -> Iterator[SourceDocument]:
    """The article of one VLSP 2018 file; spaces just inside a tag are left out of its span."""
    name = Path(path).name
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailure(
            "{name} is not UTF-8 (byte {start})", name=name, start=exc.start
        ) from exc
    plain, raw_spans, warnings = parse(raw)
    text, mapping = with_offsets(plain)
    warnings.extend(normalizing_warnings(plain, text, mapping))
    spans = _trimmed_spans(raw_spans, plain, text, mapping, warnings)
    meta: dict[str, Any] = {"import_warnings": warnings} if warnings else {}
    layout = _file_layout(data, raw)
    if layout:
        meta[LAYOUT_KEY] = layout
    yield SourceDocument(
        text=text,
        title=text.strip().split("\n", 1)[0][:200],
        meta=meta,
        source=str(path),
        raw_hash=hashlib.sha256(data).hexdigest(),
        spans=tuple(sorted(set(spans))),
    )


def _trimmed_spans(
    raw_spans: list[tuple[int, int, str]],
    plain: str,
    text: str,
    mapping: Sequence[int],
    warnings: list[str],
) -> list[tuple[int, int, str]]:
    """The tags' spans mapped into the normalized text, spaces just inside a tag left out;
    an empty tag gives no span. Both are said in the warnings."""
    spans: list[tuple[int, int, str]] = []
    for start, end, label in raw_spans:
        s, e = map_span(mapping, start, end) if end > start else (mapping[start],) * 2
        inner = (s, e)
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        line = plain.count("\n", 0, start) + 1
        if e > s and label:
            spans.append((s, e, label))
            if (s, e) != inner:
                warnings.append(
                    message(
                        'line {line}: spaces just inside <ENAMEX TYPE="{label}"> are left out of its '
                        "span (an export writes them outside the tag)",
                        line=line,
                        label=label,
                    )
                )
        else:
            warnings.append(
                message(
                    'line {line}: an empty <ENAMEX TYPE="{label}"> holds no text; left out',
                    line=line,
                    label=label,
                )
            )
    return spans


def _file_layout(data: bytes, raw: str) -> dict[str, Any]:
    """What the text cannot keep of the file (a BOM, CRLF line ends), so a writer gives it back."""
    layout: dict[str, Any] = {}
    if data.startswith(b"\xef\xbb\xbf"):
        layout["bom"] = True
    crlf = raw.count("\r\n")
    if crlf and crlf == raw.count("\n"):
        layout["newline"] = "\r\n"
    return layout


# --------------------------------------------------------------------- writing


def file_text(doc: ExportDoc) -> str:
    """The tagged text with the BOM and line ends of the file it was imported from."""
    layout = doc.meta.get(LAYOUT_KEY) or {}
    text = tagged_text(doc)
    if layout.get("newline") == "\r\n":
        text = text.replace("\n", "\r\n")
    return ("\ufeff" if layout.get("bom") else "") + text


def tagged_text(doc: ExportDoc) -> str:
    """The document's text with an ENAMEX tag around each span, nested ones inside.

    Spans must nest (no two cross); of two spans with the same range, the
    one first in (start, end, label) order is the outer one.
    """
    text = doc.text
    out: list[str] = []
    stack: list[int] = []  # ends of the open tags, innermost last
    pos = 0
    for span in sorted(doc.spans, key=lambda s: (s.start, -s.end, s.label)):
        while stack and stack[-1] <= span.start:
            pos = _close(out, text, pos, stack.pop())
        out.append(text[pos : span.start])
        pos = span.start
        out.append(f'<ENAMEX TYPE="{written_name(span.label, MARKUP)}">')
        stack.append(span.end)
    while stack:
        pos = _close(out, text, pos, stack.pop())
    out.append(text[pos:])
    return "".join(out)


def _close(out: list[str], text: str, pos: int, end: int) -> int:
    out.append(text[pos:end])
    out.append("</ENAMEX>")
    return end


def crossing(spans: Iterable[tuple[int, int]]) -> set[int]:
    """Indices of spans that cross an earlier one (overlap without either holding the other)."""
    out: set[int] = set()
    kept: list[tuple[int, int]] = []
    ordered = sorted(enumerate(spans), key=lambda item: (item[1][0], -item[1][1]))
    for index, (start, end) in ordered:
        while kept and kept[-1][1] <= start:
            kept.pop()
        if kept and end > kept[-1][1]:
            out.add(index)
            continue
        kept.append((start, end))
    return out


# Extensions a VLSP 2018 file keeps when written back; any other source (a JSONL
# corpus, a CoNLL file) gets `.muc`, so the file is read again as VLSP 2018.
_OWN_EXTENSIONS = (".txt", ".muc", ".sgml")


def file_place(doc: ExportDoc) -> tuple[str, str, str]:
    """(folder, stem, extension) of the file the document came from, or its key."""
    source = source_file(doc.source)
    path = Path(source) if source else None
    if path is None or not path.suffix:
        return "", doc.key, ".muc"
    parent = path.parent.name
    suffix = path.suffix if path.suffix.lower() in _OWN_EXTENSIONS else ".muc"
    return (parent if parent not in (".", "..") else ""), path.stem, suffix


def write(splits: Iterable[Split], *, directory: Path, options: WriteOptions) -> list[Path]:
    """A folder per split holding one tagged file per document (in its source's folder)."""
    written = []
    for split, docs in splits:
        root = directory / split
        root.mkdir(parents=True, exist_ok=True)
        names: dict[str, UniqueNames] = {}
        for doc in docs:
            parent, stem, suffix = file_place(doc)
            folder = root / safe_stem(parent) if parent else root
            taken = names.setdefault(str(folder), UniqueNames())
            name = taken.take(stem, fallback=f"document-{doc.key}")
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{name}{suffix}").write_text(file_text(doc), encoding="utf-8", newline="")
        written.append(root)
    return written


register_reader(
    Reader(
        name=NAME,
        extensions=_OWN_EXTENSIONS,
        sniff=sniff,
        read=read,
        description="VLSP 2018 raw text with nested <ENAMEX> tags",
        priority=30,
    )
)
register_writer(
    Writer(
        name=NAME,
        extensions=(".muc",),
        write=write,
        description="VLSP 2018 files: the text with nested <ENAMEX TYPE> tags, one per document",
    )
)
