"""doccano relation projects: the layout of doccano's own relation-extraction example."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.core.model import SourceDocument
from annotator.formats import doccano, jsonl
from annotator.formats.tokens import WriteOptions
from tests.formats.pipeline import export_doc

TEXT = "Ông Lê Trí Thanh giữ chức Bí thư Tỉnh ủy."


def _line() -> dict:
    src = SourceDocument(
        text=TEXT,
        title="Tin",
        spans=((4, 16, "PER"), (26, 40, "ROLE")),
        relations=((0, 1, "HOLDS"),),
    )
    return json.loads(doccano.render(export_doc(src), WriteOptions()))


def test_entities_and_relations_as_doccano_documents_them() -> None:
    line = _line()
    assert line["text"] == TEXT
    assert line["entities"] == [
        {"id": 0, "label": "PER", "start_offset": 4, "end_offset": 16},
        {"id": 1, "label": "ROLE", "start_offset": 26, "end_offset": 40},
    ]
    assert line["relations"] == [{"id": 0, "from_id": 0, "to_id": 1, "type": "HOLDS"}]
    # doccano checks these per entity and relation; every other key becomes metadata.
    for entity in line["entities"]:
        assert set(entity) == {"id", "label", "start_offset", "end_offset"}
        assert 0 <= entity["start_offset"] < entity["end_offset"] <= len(TEXT)
    ids = {e["id"] for e in line["entities"]}
    assert all(r["from_id"] in ids and r["to_id"] in ids for r in line["relations"])


def test_the_lines_read_back(tmp_path: Path) -> None:
    path = tmp_path / "all.jsonl"
    path.write_text(json.dumps(_line(), ensure_ascii=False) + "\n", encoding="utf-8")
    (doc,) = list(jsonl.read(path, path.read_bytes()))
    assert doc.spans == ((4, 16, "PER"), (26, 40, "ROLE"))
    assert doc.relations == ((0, 1, "HOLDS"),)
