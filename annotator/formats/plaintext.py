"""Plain-text articles: one article per file, optional `# key = value` header lines.

The header convention comes from the Dân trí news corpus:

    # doc_id = news_society_010
    # url = https://dantri.com.vn/...
    # date = 20201101
    Sạt lở Trà Leng: ...

Header lines become metadata and are not part of the stored text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from annotator.core.decoding import binary_reason, decode_bytes, text_hash
from annotator.core.errors import ImportFailure
from annotator.core.model import SourceDocument
from annotator.core.structure import analyse_article, regions_to_meta
from annotator.formats.references import references_kept
from annotator.formats.registry import Reader, register_reader

# No "^": it is matched at each line start with match(text, pos, endpos).
_HEADER_RE = re.compile(r"#\s*([A-Za-z_][\w.-]{0,40})\s*[=:]\s*(.*?)\s*$")
MAX_HEADER_LINES = 30


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Leading `# key = value` lines as a dict, and the text after them."""
    meta: dict[str, str] = {}
    # Only the header lines are cut out: splitting the whole article into
    # lines and joining it again cost more than the rest of reading it.
    pos = 0
    for _ in range(MAX_HEADER_LINES):
        end = text.find("\n", pos)
        match = _HEADER_RE.match(text, pos, len(text) if end < 0 else end)
        if not match:
            break
        meta[match.group(1)] = match.group(2)
        pos = len(text) if end < 0 else end + 1
        if end < 0:
            break
    if not meta:
        return {}, text
    return meta, text[pos:].lstrip("\n")


def document_from_text(*, text: str, source: str, raw_hash: str) -> SourceDocument:
    """A source document from normalised text: header to meta, structure to regions."""
    meta: dict[str, object]
    header, body = split_header(text)
    meta = dict(header)
    structure = analyse_article(body)
    title = structure.title or str(header.get("title") or header.get("doc_id") or "")
    if structure.regions:
        meta["regions"] = regions_to_meta(structure.regions)
    return SourceDocument(
        text=body,
        title=title,
        meta=meta,
        source=source,
        raw_hash=raw_hash,
        regions=structure.regions,
    )


def read_plaintext(
    path: Path, data: bytes, *, keep_references: bool | None = None
) -> Iterator[SourceDocument]:
    """One document from a text file; ImportFailure for binary, empty or undecodable bytes.

    Its HTML character references are decoded (a plain text has no offsets
    into its raw form to keep), unless the import keeps them (as every
    reader learns it: formats.references), or `keep_references` says so
    for a caller reading one file outside an import.
    """
    if keep_references is None:
        keep_references = references_kept()
    decoded = decode_bytes(data, keep_references=keep_references)
    doc = document_from_text(text=decoded.text, source=str(path), raw_hash=decoded.raw_hash)
    if not doc.text.strip():
        raise ImportFailure("empty file: it has metadata header lines but no article text")
    meta = dict(doc.meta)
    meta["encoding"] = decoded.encoding
    if decoded.warnings:
        meta["import_warnings"] = list(decoded.warnings)
    yield SourceDocument(
        text=doc.text,
        title=doc.title,
        meta=meta,
        source=doc.source,
        raw_hash=doc.raw_hash,
        regions=doc.regions,
        other_hashes=other_form_hashes(data, doc.text, keep_references=keep_references),
    )


def other_form_hashes(data: bytes, body: str, *, keep_references: bool) -> tuple[str, ...]:
    """The hash of the article `data` would have stored with the other reference option.

    A project imported before references were decoded (or with them kept)
    holds the article as written; the same file imported now is stored
    decoded, and the reverse. Both forms come from the very same bytes, so a
    stored text equal to either is this article, never another one.
    """
    if b"&" not in data:  # in every encoding read, "&" keeps its byte 0x26
        return ()
    try:
        other = decode_bytes(data, keep_references=not keep_references)
    except ImportFailure:
        return ()
    other_body = split_header(other.text)[1]
    return () if other_body == body else (text_hash(other_body),)


def _sniff_plaintext(path: Path, head: bytes) -> bool:
    """Text files are claimed by extension; other names only if the bytes are not binary."""
    if path.suffix.lower() in (".txt", ".text"):
        return True
    return binary_reason(head) is None


PLAINTEXT = register_reader(
    Reader(
        name="text",
        extensions=(".txt", ".text"),
        sniff=_sniff_plaintext,
        read=read_plaintext,
        description="plain text, one article per file (optional '# key = value' header)",
        priority=-100,
    )
)
