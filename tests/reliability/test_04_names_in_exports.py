"""Item 4: label and relation-type names with spaces survive brat and CoNLL exports.

A realistic label such as `CHỨC VỤ` used to make the brat line unreadable (the
span vanished on re-import) and to break CoNLL columns, while the loss report
said nothing was lost. Writers now write such names reversibly, and the report
names every name written differently.
"""

from __future__ import annotations

from pathlib import Path

from annotator.app.exporting.run import ExportOptions, run_export
from annotator.app.exporting.select import Selection
from annotator.app.importing.importer import import_paths
from annotator.core.model import SourceDocument
from annotator.core.operations import AddRelation, AddSpan, PutLabel, PutRelationType
from annotator.formats.brat import ann_text
from annotator.formats.tokens import ExportDoc, ExportSpan
from annotator.store import create_project

TEXT = "Ông Lê Trí Thanh giữ chức Bí thư Tỉnh ủy."


def _project(path: Path):
    project = create_project(path, annotator="tester")
    session = project.session()
    session.apply(PutLabel(name="CHỨC VỤ", color="#c0392b"))
    session.apply(PutRelationType(name="GIỮ CHỨC", head_labels=("PER",), tail_labels=("CHỨC VỤ",)))
    doc_id = project.add_document(SourceDocument(text=TEXT, title="Tin"))
    per = session.apply(AddSpan(doc_id, 4, 16, "PER")).spans_added[0]
    role = session.apply(AddSpan(doc_id, 26, 40, "CHỨC VỤ")).spans_added[0]
    session.apply(AddRelation(per, role, "GIỮ CHỨC"))
    return project


def _export(project, fmt: str, out: Path):
    options = ExportOptions(format=fmt, out=out, selection=Selection(statuses=()))
    return run_export(project, options)


def _reimported(tmp_path: Path, paths: list[Path]) -> list[tuple[str, str]]:
    again = create_project(tmp_path / "again.db", annotator="tester")
    try:
        report = import_paths(again, paths)
        assert not report.skipped, report.details()
        doc_id = again.document_ids()[0]
        spans = [(TEXT[s.start : s.end], s.label) for s in again.spans(doc_id)]
        types = [r.type for r in again.relations(doc_id)]
        return spans + [("relation", t) for t in types]
    finally:
        again.close()


def test_brat_export_keeps_names_with_spaces(tmp_path: Path) -> None:
    project = _project(tmp_path / "p.db")
    result = _export(project, "brat", tmp_path / "brat")
    project.close()
    assert any("CHỨC VỤ" in line for line in result.report.lines())  # the mapping is named
    ann = next((tmp_path / "brat" / "all").glob("*.ann"))
    assert _reimported(tmp_path, [ann]) == [
        ("Lê Trí Thanh", "PER"),
        ("Bí thư Tỉnh ủy", "CHỨC VỤ"),
        ("relation", "GIỮ CHỨC"),
    ]


def test_conll_export_keeps_names_with_spaces(tmp_path: Path) -> None:
    project = _project(tmp_path / "p.db")
    result = _export(project, "conll", tmp_path / "conll")
    project.close()
    assert any("CHỨC VỤ" in line for line in result.report.lines())
    written = (tmp_path / "conll" / "all.conll").read_text(encoding="utf-8")
    assert all(len(line.split("\t")) == 2 for line in written.splitlines() if "\t" in line)
    assert _reimported(tmp_path, [tmp_path / "conll" / "all.conll"]) == [
        ("Lê Trí Thanh", "PER"),
        ("Bí thư Tỉnh ủy", "CHỨC VỤ"),
    ]


def test_a_newline_in_a_name_never_adds_a_line() -> None:
    doc = ExportDoc(
        key="1",
        title="",
        text=TEXT,
        spans=(ExportSpan(4, 16, "PER\nR1\tX Arg1:T1 Arg2:T1"),),
        relations=(),
    )
    assert len(ann_text(doc).splitlines()) == 1
