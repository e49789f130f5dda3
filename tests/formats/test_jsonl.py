"""JSONL/JSON reader and writer: doccano labels, gold spans, relations, NFD offsets, bad lines."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from annotator.core.errors import ImportFailure
from annotator.core.model import SourceDocument
from annotator.formats import jsonl, registry


def _read(data: str, name: str = "x.jsonl") -> list:
    return list(jsonl.read(Path(name), data.encode("utf-8")))


def test_doccano_label_lists_become_spans_and_other_fields_metadata() -> None:
    line = {
        "text": "Ông Lê Trí Thanh",
        "label": [[4, 16, "PER"]],
        "url": "u",
        "meta": {"date": "d"},
    }
    (doc,) = _read(json.dumps(line, ensure_ascii=False))
    assert doc.spans == ((4, 16, "PER"),)
    assert doc.meta == {"date": "d", "url": "u"}
    assert doc.title == "Ông Lê Trí Thanh"


def test_gold_spans_with_index_relations() -> None:
    obj = {
        "text": "Bí thư Lê Trí Thanh",
        "spans": [[0, 6, "ROLE"], [7, 19, "PER"]],
        "relations": [[1, 0, "HOLDS"]],
    }
    (doc,) = _read(json.dumps(obj, ensure_ascii=False))
    assert doc.relations == ((1, 0, "HOLDS"),)


def test_doccano_entity_and_relation_objects() -> None:
    obj = {
        "text": "Bí thư Lê Trí Thanh",
        "entities": [
            {"id": 11, "start_offset": 0, "end_offset": 6, "label": "ROLE"},
            {"id": 12, "start_offset": 7, "end_offset": 19, "label": "PER"},
        ],
        "relations": [{"id": 1, "from_id": 12, "to_id": 11, "type": "HOLDS"}],
    }
    (doc,) = _read(json.dumps(obj, ensure_ascii=False))
    assert doc.spans == ((0, 6, "ROLE"), (7, 19, "PER"))
    assert doc.relations == ((1, 0, "HOLDS"),)


def test_nfd_text_keeps_span_surfaces_after_normalisation() -> None:
    raw = unicodedata.normalize("NFD", "Chủ tịch Nguyễn Văn Được")
    start = raw.index("Ng")
    (doc,) = _read(
        json.dumps({"text": raw, "label": [[start, len(raw), "PER"]]}, ensure_ascii=False)
    )
    s, e, _ = doc.spans[0]
    assert unicodedata.is_normalized("NFC", doc.text)
    assert doc.text[s:e] == "Nguyễn Văn Được"


def test_bad_lines_are_reported_with_their_number_and_the_rest_is_read() -> None:
    lines = [
        json.dumps({"text": "một"}),
        "{not json",
        json.dumps({"text": "hai", "label": [[0, 99, "PER"]]}),
        json.dumps({"title": "no text"}),
        json.dumps({"text": "ba", "label": [[0, 2, "PER"]], "relations": [[0, 5, "HOLDS"]]}),
        json.dumps({"text": "bốn"}),
    ]
    out = _read("\n".join(lines))
    failures = [x for x in out if isinstance(x, ImportFailure)]
    docs = [x for x in out if isinstance(x, SourceDocument)]
    assert [d.text for d in docs] == ["một", "bốn"]
    assert [str(f).split(",")[1].split(":")[0].strip() for f in failures] == [
        "line 2",
        "line 3",
        "line 4",
        "line 5",
    ]
    assert "does not fit" in str(failures[1])


def test_json_file_with_a_list_and_a_single_object() -> None:
    assert len(_read(json.dumps([{"text": "a"}, {"text": "b"}]), "x.json")) == 2
    assert len(_read(json.dumps({"text": "a"}), "x.json")) == 1


def test_registry_chooses_jsonl_by_extension_and_content(tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl"
    path.write_text(json.dumps({"text": "a"}) + "\n", encoding="utf-8")
    assert registry.reader_for(path, path.read_bytes()).name == "jsonl"
    other = tmp_path / "data.dat"
    other.write_bytes(path.read_bytes())
    assert registry.reader_for(other, other.read_bytes()).name == "jsonl"


def test_written_line_reads_back_to_the_same_document() -> None:
    line = jsonl.document_to_line(
        doc_key="d1",
        title="T",
        text="Bí thư Lê Trí Thanh",
        spans=[(0, 6, "ROLE"), (7, 19, "PER")],
        relations=[(1, 0, "HOLDS")],
        meta={"url": "u", "id": "d1"},
    )
    assert json.loads(line)["label"] == [[0, 6, "ROLE"], [7, 19, "PER"]]
    doc = jsonl.document_from_object(json.loads(line))
    assert doc.meta == {"id": "d1", "url": "u"} and doc.title == "T"
    assert doc.relations == ((1, 0, "HOLDS"),)


@pytest.mark.shared
def test_gold_file_imports_with_all_spans_and_relations(shared_dir: Path) -> None:
    path = shared_dir / "gold" / "dev.jsonl"
    docs = list(jsonl.read(path, path.read_bytes()))
    assert all(isinstance(d, SourceDocument) for d in docs)
    assert sum(len(d.spans) for d in docs) == 871
    assert sum(len(d.relations) for d in docs) == 193
    raw = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for doc, obj in zip(docs, raw, strict=True):
        for (s, e, _), (rs, re_, _) in zip(doc.spans, obj["spans"], strict=True):
            assert doc.text[s:e] == unicodedata.normalize("NFC", obj["text"][rs:re_])
