"""JSONL / JSON documents (doccano-compatible), read and written with spans and relations.

One object per line (or a `.json` file holding one object or a list):
`{"text": ..., "label": [[start, end, label], ...], "relations": [[head, tail, type]]}`.
Spans may also come as gold-style `spans: [[start, end, label]]` or doccano
`entities: [{"id", "start_offset", "end_offset", "label"}]`; relations as index
lists or doccano objects `{"from_id", "to_id", "type"}`. Offsets are code points
into the raw `text`; they are mapped through normalisation so NFD input keeps
its spans. Every other field becomes document metadata.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from annotator.core.distinct import WARNINGS_KEY
from annotator.core.errors import ImportFailure
from annotator.core.messages import Message, as_message, message
from annotator.core.model import Region, SourceDocument
from annotator.core.textnorm import map_span, reference_warnings
from annotator.formats import records
from annotator.formats.json_safe import loads, not_valid
from annotator.formats.normal import normalizing_warnings, with_offsets
from annotator.formats.references import decode_fields
from annotator.formats.registry import Reader, line_writer, register_reader, register_writer
from annotator.formats.tokens import ExportDoc, WriteOptions

NAME = "jsonl"
EXTENSIONS = (".jsonl", ".json", ".ndjson")

# Fields with a meaning of their own; anything else is metadata.
_SPAN_KEYS = ("label", "labels", "spans", "entities")
_KNOWN = frozenset(("text", "title", "source", "meta", "relations", "regions", *_SPAN_KEYS))

Parsed = SourceDocument | ImportFailure


def sniff(path: object, head: bytes) -> bool:
    """True when the first non-blank character opens a JSON object or list."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return stripped[:1] in (b"{", b"[") and b'"text"' in head


def _whole_json(name: str, head: bytes) -> bool:
    """A JSON list, or a `.json` file holding one object: read whole, not line by line."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return stripped[:1] == b"[" or (name.lower().endswith(".json") and stripped[:1] == b"{")


def records_of(path: object, head: bytes) -> tuple[records.Boundary, records.Hints] | None:
    """Every line of a JSONL file is a record; a JSON file is read whole."""
    return None if _whole_json(str(path), head) else (records.LINES, ())


def read(path: object, data: bytes, piece: records.Piece | None = None) -> Iterator[Parsed]:
    """Documents of a JSONL or JSON file (or of a piece of one); a bad line yields an ImportFailure."""
    name = str(path)
    text = _decode(data, name)
    if piece is None and _whole_json(name, data[:4096]):
        yield from _read_json(text, name)
        return
    first = piece.line if piece is not None else 1
    for number, line in enumerate(text.split("\n"), start=first):
        if not line.strip():
            continue
        try:
            obj = loads(line)
            yield document_from_object(obj, source=f"{name}:{number}")
        except (ValueError, ImportFailure, TypeError, KeyError, IndexError) as exc:
            yield ImportFailure(
                "{name}, line {number}: {reason}", name=name, number=number, reason=_reason(exc)
            )


def _read_json(text: str, name: str) -> Iterator[Parsed]:
    try:
        value = loads(text)
    except ImportFailure as exc:
        yield ImportFailure("{name}: {exc}", name=name, exc=exc)
        return
    except ValueError as exc:
        yield ImportFailure("{name}: not valid JSON ({exc})", name=name, exc=exc)
        return
    items = value if isinstance(value, list) else [value]
    for number, obj in enumerate(items, start=1):
        try:
            yield document_from_object(obj, source=f"{name}#{number}")
        except (ImportFailure, TypeError, KeyError, IndexError, ValueError) as exc:
            yield ImportFailure(
                "{name}, item {number}: {reason}", name=name, number=number, reason=_reason(exc)
            )


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailure(
            "{name} is not UTF-8 (byte {start}); save it as UTF-8 and import again",
            name=name,
            start=exc.start,
        ) from exc


def _reason(exc: Exception) -> Message:
    """The reason of a bad record, as a Message the window translates."""
    if isinstance(exc, json.JSONDecodeError):
        return as_message(not_valid(exc))
    if isinstance(exc, ImportFailure):
        return as_message(exc)
    return message("malformed annotation ({kind}: {exc})", kind=type(exc).__name__, exc=exc)


def document_from_object(obj: Any, *, source: str = "") -> SourceDocument:
    """One JSON object as a SourceDocument, offsets mapped to the NFC text."""
    if not isinstance(obj, dict):
        raise ImportFailure('expected a JSON object with a "text" field')
    raw = obj.get("text")
    if not isinstance(raw, str):
        raise ImportFailure('no "text" field holding a string')
    raw_spans, ids = _raw_spans(obj)
    written, references = _decoded_if_no_offsets(obj, raw, bool(raw_spans))
    text, mapping = with_offsets(written)
    spans = tuple(_map(mapping, len(written), s, e, label) for s, e, label in raw_spans)
    relations = _relations(obj.get("relations") or [], ids, len(spans))
    meta = dict(obj.get("meta") or {}) if isinstance(obj.get("meta"), dict) else {}
    for key, value in obj.items():
        if key not in _KNOWN:
            meta[key] = value
    if dropped := normalizing_warnings(written, text, mapping) + reference_warnings(references):
        meta[WARNINGS_KEY] = [*meta.get(WARNINGS_KEY, ()), *dropped]
    title = obj.get("title")
    return SourceDocument(
        text=text,
        title=str(title) if title is not None else _first_line(text),
        meta=meta,
        source=str(obj["source"]) if "source" in obj else source,
        raw_hash=hashlib.sha256(raw.encode("utf-8")).hexdigest(),
        regions=_regions(obj.get("regions") or [], mapping, len(written)),
        spans=spans,
        relations=relations,
    )


def _decoded_if_no_offsets(obj: dict[str, Any], raw: str, spans: bool) -> tuple[str, int]:
    """A text-only record's text with its character references decoded, and how many; a
    record with offsets (spans, regions) keeps its text as written, as its offsets count it."""
    if spans or obj.get("regions"):
        return raw, 0
    (written,), references = decode_fields([raw])
    return written, references


def _first_line(text: str) -> str:
    return text.strip().split("\n", 1)[0][:200]


def _raw_spans(obj: dict[str, Any]) -> tuple[list[tuple[int, int, str]], dict[Any, int]]:
    """(start, end, label) in raw offsets, and doccano entity id -> span index."""
    spans: list[tuple[int, int, str]] = []
    ids: dict[Any, int] = {}
    for key in _SPAN_KEYS:
        items = obj.get(key)
        if not items or (key == "label" and isinstance(items, str)):
            continue
        if not isinstance(items, list):
            raise ImportFailure('"{key}" holds no list of spans', key=key)
        for item in items:
            if isinstance(item, dict):
                ids[item.get("id", len(spans))] = len(spans)
                start, end, label = item["start_offset"], item["end_offset"], item["label"]
            elif isinstance(item, list | tuple) and len(item) == 3:
                start, end, label = item
            else:
                raise ImportFailure(
                    "a span is written [start, end, label]; this one is {item}",
                    item=json.dumps(item, ensure_ascii=False)[:80],
                )
            spans.append((_offset(start), _offset(end), _label(label)))
        if spans:
            break
    return spans, ids


def _offset(value: Any) -> int:
    """A whole-number offset: 12, 12.0 or "12"; never a boolean, a fraction or null.

    int() would read `true` as 1 and 12.7 as 12, moving the span in silence.
    """
    whole = (
        (isinstance(value, int) and not isinstance(value, bool))
        or (isinstance(value, float) and value.is_integer())
        or (isinstance(value, str) and value.strip().lstrip("-").isdigit())
    )
    if not whole:
        raise ImportFailure(
            "the offset {value} is not a whole number",
            value=json.dumps(value, ensure_ascii=False)[:40],
        )
    return int(value)


def _label(value: Any) -> str:
    """A label is a string: null or a number is refused rather than read as 'None' or '3'."""
    if not isinstance(value, str):
        raise ImportFailure(
            "the label {value} is not a string",
            value=json.dumps(value, ensure_ascii=False)[:40],
        )
    return value


def _map(
    mapping: Sequence[int], raw_len: int, start: int, end: int, label: str
) -> tuple[int, int, str]:
    if not 0 <= start < end <= raw_len:
        raise ImportFailure(
            "span [{start}, {end}) {label} does not fit a text of {raw_len} characters",
            start=start,
            end=end,
            label=label,
            raw_len=raw_len,
        )
    new_start, new_end = map_span(mapping, start, end)
    return new_start, new_end, label


def _relations(
    items: Iterable[Any], ids: dict[Any, int], count: int
) -> tuple[tuple[int, int, str], ...]:
    out = []
    for item in items:
        if isinstance(item, dict):
            head_ref, tail_ref = item["from_id"], item["to_id"]
            kind = item.get("type") or item.get("label")
            head = ids[head_ref] if ids else int(head_ref)
            tail = ids[tail_ref] if ids else int(tail_ref)
        else:
            head, tail, kind = int(item[0]), int(item[1]), item[2]
        if not (0 <= head < count and 0 <= tail < count):
            if count == 1:
                raise ImportFailure(
                    "relation {kind} links span {head} to span {tail}, but there is only 1 span",
                    kind=kind,
                    head=head,
                    tail=tail,
                )
            raise ImportFailure(
                "relation {kind} links span {head} to span {tail}, but there are {count} spans",
                kind=kind,
                head=head,
                tail=tail,
                count=count,
            )
        out.append((head, tail, str(kind)))
    return tuple(out)


def _regions(items: Iterable[Any], mapping: Sequence[int], raw_len: int) -> tuple[Region, ...]:
    regions = []
    for start, end, kind in items:
        if not 0 <= int(start) < int(end) <= raw_len:
            raise ImportFailure(
                "region [{start}, {end}) {kind} does not fit the text",
                start=start,
                end=end,
                kind=kind,
            )
        new_start, new_end = map_span(mapping, int(start), int(end))
        regions.append(Region(new_start, new_end, str(kind)))
    return tuple(regions)


# --------------------------------------------------------------------- writing


# One encoder for every line: json.dumps with options builds a new one per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "), sort_keys=False)


def document_to_line(
    *,
    doc_key: str,
    title: str,
    text: str,
    spans: Iterable[Sequence[Any]],
    relations: Iterable[tuple[int, int, str]] = (),
    regions: Iterable[Region] = (),
    meta: dict[str, Any] | None = None,
    source: str = "",
) -> str:
    """One doccano-compatible JSON line (no newline); spans and relations as given.

    A span is (start, end, label, ...): anything after the label is left out.

    The key order is fixed and JSON is written without ASCII escaping, so the
    same document always gives the same bytes.
    """
    obj: dict[str, Any] = {"id": doc_key, "title": title, "source": source, "text": text}
    obj["label"] = [[s[0], s[1], s[2]] for s in spans]
    obj["relations"] = [[h, t, kind] for h, t, kind in relations]
    region_list = [[r.start, r.end, r.kind] for r in regions]
    if region_list:
        obj["regions"] = region_list
    # The import's warnings are notes about reading a file, not the document's metadata.
    rest = {k: v for k, v in (meta or {}).items() if k not in ("id", WARNINGS_KEY, *_KNOWN)}
    if rest:
        obj["meta"] = rest
    return _ENCODER.encode(obj)


register_reader(
    Reader(
        name=NAME,
        extensions=EXTENSIONS,
        sniff=sniff,
        read=read,  # type: ignore[arg-type]
        description="JSON lines / JSON (doccano label lists, gold spans and relations)",
        priority=10,
        records=records_of,
    )
)


def export_line(doc: ExportDoc) -> str:
    """The JSON line of an exported document."""
    return document_to_line(
        doc_key=doc.key,
        title=doc.title,
        text=doc.text,
        spans=doc.spans,
        relations=doc.relations,
        regions=doc.regions,
        meta=doc.meta,
        source=doc.source,
    )


def render(doc: ExportDoc, options: WriteOptions) -> str:
    """One document's line of `<split>.jsonl`."""
    return export_line(doc) + "\n"


register_writer(
    line_writer(
        NAME, ".jsonl", render, "JSON lines compatible with doccano, with relations and metadata"
    )
)
