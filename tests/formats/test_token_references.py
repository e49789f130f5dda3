"""Token and record formats decode HTML character references in each token or field before
their text is built: spans land on the decoded words, the report counts the references and
their files, and the import's keep option keeps them as written. Offset formats keep theirs."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.app.importing.importer import import_paths
from annotator.app.importing.reading import ImportOptions
from annotator.core.distinct import WARNINGS_KEY
from annotator.core.model import SourceDocument
from annotator.formats import conll, jsonl, phoner, vlsp2018
from annotator.formats.references import decode_fields, keeping_references
from annotator.store import create_project

# Two documents; "&amp;" inside an ORG span, "&#39;" right beside a PER span.
CONLL = (
    "-DOCSTART- -X- -X- O\n\n"
    "Bộ\tB-ORG\nNN&amp;PTNT\tI-ORG\nhọp\tO\n.\tO\n\n"
    "-DOCSTART- -X- -X- O\n\n"
    "&#39;\tO\nNguyễn\tB-PER\nVăn\tI-PER\nAn\tI-PER\n&#39;\tO\nđến\tO\n.\tO\n"
)


def _warnings(doc: SourceDocument) -> list[str]:
    return [str(w) for w in doc.meta.get(WARNINGS_KEY, ())]


def _entities(doc: SourceDocument) -> list[tuple[str, str]]:
    return [(doc.text[s:e], label) for s, e, label in doc.spans]


def test_decode_fields_counts_and_keeps_on_request() -> None:
    fields = ["NN&amp;PTNT", "&#39;", "AT&T", "&nbsp;", "Hà Nội"]
    assert decode_fields(fields) == (["NN&PTNT", "'", "AT&T", "", "Hà Nội"], 3)
    with keeping_references(True):
        assert decode_fields(fields) == (fields, 0)
    assert decode_fields(["&amp;"]) == (["&"], 1)  # the option ends with its block


def test_conll_spans_land_on_the_decoded_words(tmp_path: Path) -> None:
    path = tmp_path / "a.conll"
    path.write_text(CONLL, encoding="utf-8")
    first, second = conll.read(path, path.read_bytes())
    assert first.text == "Bộ NN&PTNT họp."
    assert _entities(first) == [("Bộ NN&PTNT", "ORG")]
    assert second.text.startswith("' Nguyễn Văn An '")
    assert _entities(second) == [("Nguyễn Văn An", "PER")]
    assert any("decoded 1 HTML character reference" in w for w in _warnings(first))
    assert any("decoded 2 HTML character references" in w for w in _warnings(second))


def test_conll_keeps_them_as_written_on_request(tmp_path: Path) -> None:
    path = tmp_path / "a.conll"
    path.write_text(CONLL, encoding="utf-8")
    with keeping_references(True):
        first, second = conll.read(path, path.read_bytes())
    assert _entities(first) == [("Bộ NN&amp;PTNT", "ORG")]
    assert _entities(second) == [("Nguyễn Văn An", "PER")]
    assert not any("character reference" in w for w in _warnings(first) + _warnings(second))


def test_phoner_line_decodes_its_words(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    words = ["Bộ", "NN&amp;PTNT", "họp", "&quot;"]
    path.write_text(json.dumps({"words": words, "tags": ["B-ORG", "I-ORG", "O", "O"]}) + "\n")
    (doc,) = phoner.read(path, path.read_bytes())
    assert _entities(doc) == [("Bộ NN&PTNT", "ORG")]
    assert '"' in doc.text and "&quot;" not in doc.text


def test_vlsp2018_decodes_between_and_inside_its_tags(tmp_path: Path) -> None:
    path = tmp_path / "a.muc"
    tagged = '&#39;<ENAMEX TYPE="ORGANIZATION">Bộ NN&amp;PTNT</ENAMEX>&#39; họp.'
    path.write_text(tagged, encoding="utf-8")
    (doc,) = vlsp2018.read(path, path.read_bytes())
    assert doc.text == "'Bộ NN&PTNT' họp."
    assert _entities(doc) == [("Bộ NN&PTNT", "ORGANIZATION")]
    assert any("decoded 3 HTML character references" in w for w in _warnings(doc))


def test_jsonl_decodes_a_text_only_record_and_keeps_one_with_offsets() -> None:
    plain = jsonl.document_from_object({"text": "Bộ NN&amp;PTNT họp."})
    assert plain.text == "Bộ NN&PTNT họp."
    assert any("decoded 1 HTML character reference" in w for w in _warnings(plain))
    offsets = jsonl.document_from_object({"text": "Bộ NN&amp;PTNT họp.", "label": [[0, 14, "ORG"]]})
    assert _entities(offsets) == [("Bộ NN&amp;PTNT", "ORG")]
    assert not _warnings(offsets)


def _import(tmp_path: Path, *, keep: bool):
    folder = tmp_path / "corpus"
    folder.mkdir(exist_ok=True)
    (folder / "a.conll").write_text(CONLL, encoding="utf-8")
    project = create_project(tmp_path / f"p{int(keep)}.db")
    try:
        report = import_paths(project, [folder], options=ImportOptions(keep_references=keep))
        texts = [project.document(i).text for i in project.document_ids()]
    finally:
        project.close()
    return report, texts


def test_the_import_report_counts_references_and_their_one_file(tmp_path: Path) -> None:
    report, texts = _import(tmp_path, keep=False)
    assert report.references_decoded() == (3, 1)
    assert "Bộ NN&PTNT họp." in texts
    assert "3 HTML character references decoded in 1 file" in report.summary()


def test_the_keep_option_reaches_the_token_reader(tmp_path: Path) -> None:
    report, texts = _import(tmp_path, keep=True)
    assert report.references_decoded() == (0, 0)
    assert "Bộ NN&amp;PTNT họp." in texts
