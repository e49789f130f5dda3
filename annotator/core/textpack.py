"""How a document's text is kept in the project file: UTF-8, deflated with zlib.

A stored text never changes after import, and the project file is the
largest thing a linguist keeps and sends: compressed, the texts of a news
corpus take about 40% of their UTF-8 size. The first byte names the form so
that a later form (say, a preset dictionary) can be added beside this one
and both read. zlib's own checksum (Adler-32) catches a damaged or truncated
body; `unpack` then names the document instead of failing with a traceback.

Compression runs where the text is read (the import worker processes, which
import neither the store nor sqlite3), not in the single writer: `pack` is a
pure function of the text, and this module needs only the standard library.
"""

from __future__ import annotations

import functools
import zlib

from annotator.core.errors import AnnotatorError

# Form 1: the UTF-8 bytes of the NFC text, zlib-compressed (level 6, 32 KB window).
_DEFLATED = b"\x01"
_LEVEL = 6


def pack(text: str) -> bytes:
    """The stored form of `text` (the exact code points come back from `unpack`)."""
    return _DEFLATED + zlib.compress(text.encode("utf-8", "surrogatepass"), _LEVEL)


def unpack(body: bytes | memoryview, doc_id: object) -> str:
    """The text stored as `body` for document `doc_id`; a damaged body says so by name."""
    data = bytes(body)
    try:
        return _inflate(data)
    except (zlib.error, UnicodeDecodeError, ValueError) as exc:
        raise DamagedTextError(
            "the text of document {doc_id} is damaged in the project file and cannot be "
            "read ({exc}); restore the project from a backup copy, or delete this document",
            doc_id=doc_id,
            exc=exc,
        ) from exc


class DamagedTextError(AnnotatorError):
    """A stored text does not decompress (a changed or truncated body)."""


# Reading the same text several times in a row (a span check per edit, then the
# view; a search's phrase check, then its hits) decompresses it once: the key is
# the stored body itself, so a cached text can never belong to another document
# or an older version of the row. 256 news articles are about 2 MB of strings.
@functools.lru_cache(maxsize=256)
def _inflate(data: bytes) -> str:
    if data[:1] != _DEFLATED:
        raise ValueError(f"unknown stored form {data[:1].hex() or 'empty'}")
    inflater = zlib.decompressobj()
    raw = inflater.decompress(data[1:])
    if not inflater.eof or inflater.unused_data:
        raise ValueError("the compressed text is truncated or has bytes after its end")
    return raw.decode("utf-8", "surrogatepass")
