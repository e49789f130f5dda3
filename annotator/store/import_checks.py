"""Checking an imported document before it is stored: offsets, labels, relations, tokens, NFC.

Each failure is an ImportFailure naming the document and what is wrong, so an
import reports it and goes on (or stops, as asked) instead of storing half.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from annotator.core.errors import AnnotatorError, ImportFailure
from annotator.core.model import ORIGINS, SourceDocument
from annotator.core.offsets import validate_span
from annotator.core.schema import RelationType
from annotator.core.source_tokens import SourceTokens
from annotator.store.import_rows import ImportContext, describe


def check_source(ctx: ImportContext, source: SourceDocument) -> None:
    """Raise ImportFailure with a precise reason if `source` cannot be stored."""
    if ctx.origin not in ORIGINS:
        raise ImportFailure(
            "origin {origin!r} is not one of {origins}", origin=ctx.origin, origins=list(ORIGINS)
        )
    if not unicodedata.is_normalized("NFC", source.text):
        raise ImportFailure(
            "document {document}: text is not NFC; normalise it before storing",
            document=describe(source),
        )
    length = len(source.text)
    try:
        if source.spans:
            labels = set(ctx.schema.label_names())
            for start, end, label in source.spans:
                validate_span(length, start, end)
                if label not in labels:
                    ctx.schema.label(label)
        for region in source.regions:
            validate_span(length, region.start, region.end)
        if source.tokens is not None:
            _check_tokens(source.tokens, length)
        for head, tail, rel_type in source.relations:
            _check_relation(ctx, source, head, tail, rel_type)
    except AnnotatorError as exc:
        raise ImportFailure(
            "document {document}: {exc}", document=describe(source), exc=exc
        ) from exc


def _check_tokens(tokens: SourceTokens, length: int) -> None:
    """Source tokens lie in the text, in order (an empty token is a position)."""
    starts, ends = tokens.starts, tokens.ends
    if len(starts) != len(ends) or any(e < s for s, e in zip(starts, ends, strict=True)):
        raise ImportFailure("its source tokens do not line up with their ends")
    if ends and (ends[-1] > length or min(starts) < 0):
        raise ImportFailure(
            "its source tokens reach past its text of {length} characters", length=length
        )


def _check_relation(
    ctx: ImportContext, source: SourceDocument, head: int, tail: int, rel_type: str
) -> None:
    count = len(source.spans)
    if not (0 <= head < count and 0 <= tail < count) or head == tail:
        raise ImportFailure(
            "relation {rel_type} points to spans {head}, {tail} of {count}",
            rel_type=rel_type,
            head=head,
            tail=tail,
            count=count,
        )
    allowed = ctx.schema.relation(rel_type)
    head_label, tail_label = source.spans[head][2], source.spans[tail][2]
    if not allowed.allows(head_label, tail_label):
        raise ImportFailure(
            "relation {rel_type} does not link {head_label} to {tail_label}",
            rel_type=rel_type,
            head_label=head_label,
            tail_label=tail_label,
        )


def relation_allows(
    kind: RelationType, spans: Sequence[tuple[int, int, str]], head: int, tail: int
) -> bool:
    count = len(spans)
    if not (0 <= head < count and 0 <= tail < count):
        return True  # check_source says what is wrong with it
    return kind.allows(spans[head][2], spans[tail][2])
