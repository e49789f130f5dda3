"""Item 6: a CoNLL token that is empty or only an invisible character.

It used to become a span on a single space, or an empty span that made the
store refuse the whole document. Such a token now takes no room in the text
(no stray space), never starts or ends a span, and is kept as a source token
so the file is written back as it came.
"""

from __future__ import annotations

from pathlib import Path

from annotator.app.importing.importer import import_paths
from annotator.store import create_project

CASES = {
    "zero-width token inside an entity": "Thành\tB-LOC\n\u200b\tI-LOC\nphố\tI-LOC\nHuế\tI-LOC\n",
    "zero-width token alone as an entity": "Ông\tO\n\u200b\tB-PER\nđến\tO\n",
    "empty token as an entity": "Ông\tO\n\tB-PER\nđến\tO\n",
    "zero-width token before a word": "\u200bNgày\tB-DATE\n7/3\tI-DATE\n.\tO\n",
}


def _import(tmp_path: Path, name: str, data: str):
    path = tmp_path / f"{name.replace(' ', '-')}.conll"
    path.write_text(data, encoding="utf-8")
    project = create_project(tmp_path / f"{path.stem}.db", annotator="tester")
    report = import_paths(project, [path])
    return project, report


def test_no_document_is_refused_and_no_span_is_empty_or_a_space(tmp_path: Path) -> None:
    for name, data in CASES.items():
        project, report = _import(tmp_path, name, data)
        try:
            assert report.imported == 1 and not report.skipped, (name, report.details())
            (doc_id,) = project.document_ids()
            text = project.document(doc_id).text
            assert "  " not in text and "\u200b" not in text and text == text.strip(), name
            for span in project.spans(doc_id):
                surface = text[span.start : span.end]
                assert surface.strip() == surface and surface, (name, surface)
        finally:
            project.close()


def test_the_entity_on_an_invisible_token_is_reported(tmp_path: Path) -> None:
    project, report = _import(tmp_path, "alone", CASES["zero-width token alone as an entity"])
    project.close()
    assert report.imported == 1
    assert any("empty token" in warning for _, warning in report.warnings)


def test_the_texts_read_as_meant(tmp_path: Path) -> None:
    expected = {
        "zero-width token inside an entity": ("Thành phố Huế", ["Thành phố Huế"]),
        "zero-width token before a word": ("Ngày 7/3.", ["Ngày 7/3"]),
        "empty token as an entity": ("Ông đến", []),
    }
    for name, (text, surfaces) in expected.items():
        project, _ = _import(tmp_path, name, CASES[name])
        try:
            (doc_id,) = project.document_ids()
            stored = project.document(doc_id).text
            assert stored == text, name
            assert [stored[s.start : s.end] for s in project.spans(doc_id)] == surfaces, name
        finally:
            project.close()
