"""HTML character references in the tokens and fields of a record, decoded before the text is built.

A token corpus scraped from web pages writes "&amp;", "&#39;", "&quot;"
where the page meant &, ', ". Plain text is decoded whole at import
(core.decoding); a format whose spans are given by tokens or by fields
(CoNLL, PhoNER, VLSP 2016, Hugging Face, a text-only JSONL record) is
decoded here, field by field, before its text is built, so a span still
covers the same tokens. A format whose spans are character offsets into its
raw text (brat, offset JSONL) keeps the text as written: decoding would move
every offset after a reference.

The import's "keep character references" option reaches every reader, the
plain-text one included, as `keeping_references`, set around reading in the
process that reads (an import worker or the importing process), so no
reader signature carries it and one route serves every format.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from annotator.core.textnorm import decode_references

_KEEP: ContextVar[bool] = ContextVar("keep_character_references", default=False)


@contextmanager
def keeping_references(keep: bool) -> Iterator[None]:
    """Read with the references of tokens and fields kept as written (`keep`) or decoded."""
    token = _KEEP.set(keep)
    try:
        yield
    finally:
        _KEEP.reset(token)


def references_kept() -> bool:
    """Whether the reading under way keeps character references as written."""
    return _KEEP.get()


def decode_fields(fields: Sequence[str]) -> tuple[list[str], int]:
    """Each field with its character references decoded, and how many were decoded in all.

    A field that decodes to spaces only (a lone "&nbsp;") becomes empty: a
    token that takes no room, as an empty token does. Unchanged when the
    import keeps references as written.
    """
    if _KEEP.get():
        return list(fields), 0
    out: list[str] = []
    total = 0
    for field in fields:
        if "&" not in field:
            out.append(field)
            continue
        decoded, count = decode_references(field)
        total += count
        out.append(decoded if decoded.strip() or not count else "")
    return out, total
