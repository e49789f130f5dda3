"""doccano relation-extraction projects: JSON lines with `entities` and `relations` objects.

doccano's sequence-labelling projects take the `label` lists the `jsonl`
writer writes; its relation projects take this layout instead, one object
per line:

    {"text": "...",
     "entities": [{"id": 0, "label": "PER", "start_offset": 4, "end_offset": 19}],
     "relations": [{"id": 0, "from_id": 0, "to_id": 1, "type": "HOLDS"}]}

Entity ids count from 0 in each line, and a relation names its entities by
them. Every other field (`id`, `title`, `source`, `meta`) is what doccano
keeps as the example's metadata. Offsets are code points, as doccano counts
them. The `jsonl` reader reads these lines back.
"""

from __future__ import annotations

import json
from typing import Any

from annotator.formats.registry import line_writer, register_writer
from annotator.formats.tokens import ExportDoc, WriteOptions

NAME = "doccano-rel"
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))


def relation_object(doc: ExportDoc) -> dict[str, Any]:
    """One example of a doccano relation project."""
    obj: dict[str, Any] = {"id": doc.key, "title": doc.title, "source": doc.source}
    obj["text"] = doc.text
    obj["entities"] = [
        {"id": i, "label": s.label, "start_offset": s.start, "end_offset": s.end}
        for i, s in enumerate(doc.spans)
    ]
    obj["relations"] = [
        {"id": i, "from_id": head, "to_id": tail, "type": kind}
        for i, (head, tail, kind) in enumerate(doc.relations)
    ]
    meta = {k: v for k, v in doc.meta.items() if k not in ("id", "import_warnings")}
    if meta:
        obj["meta"] = meta
    return obj


def render(doc: ExportDoc, options: WriteOptions) -> str:
    """One document's line of `<split>.jsonl`."""
    return _ENCODER.encode(relation_object(doc)) + "\n"


register_writer(
    line_writer(
        NAME, ".jsonl", render, "JSON lines for a doccano relation project (entities, relations)"
    )
)
