"""Annotated files say when invisible characters were dropped from a text, as text files do.

A zero-width space between two words joins them (`Phan\u200bViệt` is stored
`PhanViệt`), so the import report must say so for every reader that
normalises a text, with the spans still on the same characters.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.app.importing.importer import import_paths
from annotator.app.importing.reading import ImportOptions, read_documents
from annotator.core.distinct import WARNINGS_KEY
from annotator.core.model import SourceDocument
from annotator.core.textnorm import DROPPED_INVISIBLES
from annotator.formats import brat, jsonl, vlsp2018
from annotator.formats.tokens import WriteOptions
from tests.formats.pipeline import export_doc

GLUED = "Ông Phan\u200bViệt Cường dự họp."  # a zero-width space inside the name
CLEAN = "Ông Phan Việt Cường dự họp."


def _warnings(doc: SourceDocument) -> list[str]:
    return [str(w) for w in doc.meta.get(WARNINGS_KEY, ())]


def test_jsonl_record_with_a_zero_width_space_is_reported_and_spans_stay_on_the_name() -> None:
    doc = jsonl.document_from_object({"text": GLUED, "label": [[4, 19, "PER"]]})
    assert doc.text == "Ông PhanViệt Cường dự họp."
    assert [doc.text[s:e] for s, e, _ in doc.spans] == ["PhanViệt Cường"]
    assert _warnings(doc) == [str(DROPPED_INVISIBLES)]
    clean = jsonl.document_from_object({"text": CLEAN, "label": [[4, 19, "PER"]]})
    assert WARNINGS_KEY not in clean.meta


def test_jsonl_keeps_the_records_own_metadata_beside_the_warning() -> None:
    doc = jsonl.document_from_object({"text": GLUED, "meta": {"outlet": "NLĐ"}})
    assert doc.meta["outlet"] == "NLĐ" and _warnings(doc) == [str(DROPPED_INVISIBLES)]


def test_brat_text_with_a_zero_width_space_is_reported() -> None:
    doc = brat.parse(GLUED, "T1\tPER 4 19\tPhan\u200bViệt Cường\n", name="a")
    assert [doc.text[s:e] for s, e, _ in doc.spans] == ["PhanViệt Cường"]
    assert _warnings(doc) == [str(DROPPED_INVISIBLES)]
    assert WARNINGS_KEY not in brat.parse(CLEAN, "T1\tPER 4 19\tPhan Việt Cường\n", name="b").meta


def test_vlsp2018_text_with_a_zero_width_space_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "a.muc"
    tagged = 'Ông <ENAMEX TYPE="PERSON">Phan\u200bViệt Cường</ENAMEX> dự họp.'
    path.write_text(tagged, encoding="utf-8")
    (doc,) = vlsp2018.read(path, path.read_bytes())
    assert [doc.text[s:e] for s, e, _ in doc.spans] == ["PhanViệt Cường"]
    assert str(DROPPED_INVISIBLES) in _warnings(doc)


def test_spacy_docbin_text_with_a_zero_width_space_is_reported(tmp_path: Path) -> None:
    pytest.importorskip("spacy")
    from annotator.formats import spacy_docbin

    source = SourceDocument(text=CLEAN, spans=((4, 19, "PER"),))
    (path,) = spacy_docbin.write(
        [("train", [export_doc(source, tokens=True)])], directory=tmp_path, options=WriteOptions()
    )
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    (sdoc,) = DocBin().from_disk(path).get_docs(Vocab())
    assert WARNINGS_KEY not in next(iter(spacy_docbin.read(path, path.read_bytes()))).meta
    glued = spacy_docbin._source(_with_text(sdoc, GLUED), source="x")
    assert _warnings(glued) == [str(DROPPED_INVISIBLES)]


def _with_text(sdoc, text: str):
    from spacy.tokens import Doc

    words = text.split(" ")
    return Doc(sdoc.vocab, words=words, spaces=[True] * (len(words) - 1) + [False])


def test_the_import_report_counts_the_documents_that_lost_invisibles(project, tmp_path) -> None:
    path = tmp_path / "records.jsonl"
    lines = [{"text": GLUED}, {"text": CLEAN + " Lần hai."}, {"text": "Hội\u200b nghị."}]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    report = import_paths(project, [path], options=ImportOptions())
    assert report.imported == 3
    (group,) = report.warning_groups()
    assert "zero-width space" in str(group.reason) and group.count == 2
    assert any("invisible characters dropped" in line for line in report.details())


def test_reading_a_jsonl_file_gives_the_warning_per_record(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps({"text": GLUED}, ensure_ascii=False), encoding="utf-8")
    (doc,) = read_documents(path, options=ImportOptions())
    assert _warnings(doc) == [str(DROPPED_INVISIBLES)]


def test_direction_controls_are_kept_and_said_by_every_reader() -> None:
    """An override (U+202E) reorders how a line is shown: kept, but never in silence."""
    from annotator.core.decoding import decode_bytes

    text = "Ông \u202ePhan Việt Cường\u202c dự họp."
    doc = jsonl.document_from_object({"text": text, "label": [[5, 20, "PER"]]})
    assert doc.text == text and doc.text[5:20] == "Phan Việt Cường"
    assert any("2 invisible text-direction controls" in w for w in _warnings(doc))
    decoded = decode_bytes(text.encode())
    assert decoded.text == text
    assert [w for w in decoded.warnings if "2 invisible text-direction controls" in w]
    assert not jsonl.document_from_object({"text": CLEAN}).meta.get(WARNINGS_KEY)
