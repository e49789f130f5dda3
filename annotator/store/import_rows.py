"""What an imported document's row is made of: its context, hashes and column values."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import unicodedata
from dataclasses import dataclass

from annotator.core.errors import ImportFailure
from annotator.core.model import SourceDocument
from annotator.core.schema import LabelSchema
from annotator.store.repository import fold
from annotator.store.search_backlog import IndexBudget


def text_hash(text: str) -> str:
    """sha256 of the NFC text: equal texts are the same document."""
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ImportContext:
    """Fixed for a whole import run: who, when, with which schema."""

    conn: sqlite3.Connection
    annotator: str
    origin: str
    schema: LabelSchema
    now: float
    full_text: bool = True  # False only in files older than the search migration
    source_tokens: bool = True  # False in files older than the source-token migration
    record_keys: bool = True  # False in files older than the record-key migration
    shared_sources: bool = True  # False in files older than migration 0093
    # Of a bulk import run in a file with a search backlog: how many more
    # documents are indexed as they are stored (the rest wait, store.search_backlog).
    index_budget: IndexBudget | None = None


def describe(source: SourceDocument) -> str:
    """How a linguist recognises a document in an error message."""
    name = source.source or source.title or source.text[:40].replace("\n", " ")
    return repr(name)


def document_row(ctx: ImportContext, source: SourceDocument) -> tuple[object, ...]:
    """The documents-table values of a checked source (NFC text), without the id."""
    try:
        meta = json.dumps(source.meta, ensure_ascii=False) if source.meta else "{}"
    except (TypeError, ValueError) as exc:
        raise ImportFailure(
            "document {document}: metadata is not JSON ({exc})", document=describe(source), exc=exc
        ) from exc
    regions = "[]"
    if source.regions:
        regions = json.dumps([[r.start, r.end, r.kind] for r in source.regions], ensure_ascii=False)
    # The text is NFC (check_source), so its hash needs no second normalisation.
    digest = text_digest(source)
    row: tuple[object, ...] = (source.title, fold(source.title), source.source, source.raw_hash)
    row += (digest, meta, regions, len(source.text), ctx.now, ctx.now)
    row += (source.record_key,) if ctx.record_keys else ()
    return row + (source.shared_source,) if ctx.shared_sources else row


def text_digest(source: SourceDocument) -> str:
    """sha256 of the document's (NFC) text: the one its reader made with it, else made here."""
    made = source.digest
    if made is not None and made[0] is source.text:
        return made[1]
    return hashlib.sha256(source.text.encode("utf-8")).hexdigest()


def variant_hash(digest: str, record_key: str) -> str:
    """The text_hash of a document kept beside another with the same text (its own record)."""
    return hashlib.sha256(f"{digest}\n{record_key}".encode()).hexdigest()
