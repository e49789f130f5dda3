"""Team work in the real window: merge with the window open, agreement, curation, curated export, layers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.app.exporting.run import ExportOptions
from annotator.app.exporting.select import Selection
from annotator.app.team.layers import run_layered_export
from annotator.app.team.merge import merge_package
from annotator.core.model import REVIEWED
from annotator.core.team import CURATED
from annotator.store import open_project
from tests.app.team.team_project import build_team_project
from tests.gui.helpers import drag_select


@pytest.fixture
def team_path(tmp_path: Path):
    setup = build_team_project(tmp_path)
    setup.project.close()
    return setup.project.path, setup.packages.files


def _button(dialog, text: str):
    from PySide6.QtWidgets import QPushButton

    return next(b for b in dialog.findChildren(QPushButton) if b.text() == text)


def _team_action(window, text: str):
    """The Team menu's command whose text starts with `text` (the mnemonic's & aside)."""
    return next(a for a in window.team.actions if a.text().replace("&", "").startswith(text))


def _choose_files_later(qtbot, paths: list[Path]) -> None:
    """Pick `paths` in the file dialog the next command opens, as a user would."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(paths[0].parent))
        names = " ".join(f'"{p.name}"' for p in paths)
        dialog.findChild(QLineEdit).setText(names)
        qtbot.keyClick(dialog.findChild(QLineEdit), Qt.Key.Key_Return)

    QTimer.singleShot(200, choose)


def test_merge_agree_curate_and_export_in_the_window(qtbot, make_window, team_path, tmp_path):
    path, packages = team_path
    window = make_window(path)
    team = window.team
    model = window.documents.model
    assert model.rowCount() == 30 and model.row_at(0).status == "new"
    # Merge the three packages with the window open, from the Team menu and its file
    # dialog: the list and the editor follow.
    assert all(action.isEnabled() for action in team.actions)
    _choose_files_later(qtbot, list(packages.values()))
    _team_action(window, "Merge packages").trigger()
    qtbot.waitUntil(lambda: model.row_at(0).status == "done")
    assert {model.row_at(n).status for n in range(30)} == {"done"}
    assert "3 of 3 packages merged." in team.dialog.summary.text()
    qtbot.waitUntil(lambda: len(window.editor._index) >= 5)  # two layers on the open document
    # The agreement report: heat map and documents worst first.
    _team_action(window, "Agreement").trigger()
    dialog = team.dialog
    assert dialog is not None and dialog.documents.rowCount() == 30
    # The figures by hand (tests/app/team/test_agreement_report.py has the working):
    # an and binh share 10 documents, agree on PER and ROLE (20), not on Hà Nội (10 + 10).
    an_binh = next(p for p in dialog.report["pairs"] if (p["a"], p["b"]) == ("an", "binh"))
    assert an_binh["micro"]["f1"] == pytest.approx(40 / 60, abs=1e-4)
    assert dialog.report["overall"]["span_f1"] == pytest.approx(120 / 160, abs=1e-4)
    assert dialog.canvas.figure.axes
    worst = dialog.report["documents"][0]
    assert set(worst["annotators"]) == {"an", "binh"}
    dialog.documents.cellDoubleClicked.emit(0, 0)
    qtbot.waitUntil(lambda: window.current_doc_id() == worst["doc_id"])
    doc_id = worst["doc_id"]
    # Curate: the spans both agree on go in at once, "Hà Nội" is disputed (LOC or ORG).
    _team_action(window, "Curate this document").trigger()
    curation = team.dialog
    assert curation.summary.text().startswith("2 annotators; 2 spans disputed; 2 in the curated")
    loc = next(n for n, row in enumerate(curation.rows) if row.key[2] == "LOC")
    curation.table.selectRow(loc)
    qtbot.mouseClick(_button(curation, "Accept selected"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_button(curation, "Mark reviewed"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.project.document(doc_id).status == REVIEWED)
    curated = [s for s in window.project.spans(doc_id) if s.annotator == CURATED]
    assert sorted(s.label for s in curated) == ["LOC", "PER", "ROLE"]
    loc_span = next(s for s in curated if s.label == "LOC")
    assert loc_span.curator == window.project.annotator and loc_span.sources == ("an",)
    assert next(s for s in curated if s.label == "PER").sources == ("an", "binh")
    # The curated export takes this document with the curator's decisions.
    options = ExportOptions(
        format="jsonl", out=tmp_path / "curated", selection=Selection(statuses=(), layer="curated")
    )
    [result] = run_layered_export(window.project, options)
    records = [
        json.loads(line)
        for line in (result.directory / "all.jsonl").read_text("utf-8").splitlines()
    ]
    assert len(records) == 1
    text = records[0]["text"]
    assert sorted((text[s:e], label) for s, e, label in records[0]["label"]) == [
        ("Bí thư Tỉnh ủy", "ROLE"), ("Hà Nội", "LOC"), ("Nguyễn Văn An", "PER"),
    ]  # fmt: skip
    assert "layer: the curated layer" in (result.directory / "README.md").read_text("utf-8")
    # A document of an and chi: both drew HOLDS, so it is curated with its spans.
    both = next(
        d
        for d in window.project.document_ids()
        if set(window.project.annotator_statuses(d)) == {"an", "chi"}
    )
    window.open_document(both)
    qtbot.waitUntil(lambda: window.current_doc_id() == both)
    curation = team.curate_current()
    assert curation.relation_table.rowCount() == 1
    assert curation.relation_table.item(0, 1).text() == "HOLDS"
    assert curation.relation_table.item(0, 5).text() == "✓"  # curated at once
    curated = {s.id: s.label for s in window.project.spans(both) if s.annotator == CURATED}
    assert [
        (curated[r.head], r.type, curated[r.tail])
        for r in window.project.relations(both)
        if r.head in curated
    ] == [("PER", "HOLDS", "ROLE")]


def test_a_merge_from_another_program_refreshes_the_window(qtbot, make_window, team_path):
    path, packages = team_path
    window = make_window(path)
    model = window.documents.model
    doc_id = window.current_doc_id()
    assert not window.project.spans(doc_id)
    outside = open_project(path, annotator="cli")
    try:
        for package in packages.values():
            merge_package(outside, outside.session(), package)
    finally:
        outside.close()
    qtbot.waitUntil(lambda: model.row_at(0).status == "done", timeout=5000)
    qtbot.waitUntil(lambda: window.annotations.model.rowCount() > 0, timeout=5000)
    assert window.team.switch.count() == 6  # all, mine, an, binh, chi, curated


def test_layer_switch_shows_one_layer_read_only_and_edits_the_curated_one(
    qtbot, make_window, team_path
):
    path, packages = team_path
    window = make_window(path)
    team = window.team
    team.merge(list(packages.values()))
    project = window.project
    doc_id = next(d for d in project.document_ids() if "binh" in project.annotator_statuses(d))
    window.open_document(doc_id)
    team.set_layer("binh")
    assert {s.annotator for s in team.view.spans(doc_id)} == {"binh"}
    shown = window.annotations.span_texts()
    assert "Hà Nội" in " ".join(shown) and len(shown) == 3
    before = len(project.spans(doc_id))
    text = project.document(doc_id).text
    start = text.index("gặp")
    drag_select(qtbot, window.editor, start, start + 3)
    qtbot.keyClick(window.editor, "5")  # EVENT's key: refused in a read-only layer
    assert len(project.spans(doc_id)) == before
    # The curated layer is edited with the usual keys: a new span is a curated one.
    index = next(i for i in range(team.switch.count()) if team.switch.itemData(i) == CURATED)
    team.switch.setCurrentIndex(index)
    team.switch.activated.emit(index)
    assert team.view.layer == CURATED and not window.annotations.span_texts()
    drag_select(qtbot, window.editor, start, start + 3)
    qtbot.keyClick(window.editor, "5")
    qtbot.waitUntil(lambda: len(project.spans(doc_id)) == before + 1)
    added = [s for s in project.spans(doc_id) if s.annotator == CURATED]
    assert [(s.label, s.curator) for s in added] == [("EVENT", project.annotator)]
    qtbot.waitUntil(lambda: window.annotations.span_texts() == ["gặp"])


def _package_dialog(make_window, tmp_path):
    """A window on an unannotated team project with its package dialog open."""
    from annotator.gui.team.package_dialog import PackageDialog

    folder = tmp_path / "p"
    folder.mkdir()
    setup = build_team_project(folder, annotate=False)
    setup.project.close()
    window = make_window(setup.project.path)
    window.team.show_package_dialog()
    dialog = window.team.dialog
    assert isinstance(dialog, PackageDialog)
    return window, dialog


def test_package_dialog_writes_packages_and_reports_problems(qtbot, make_window, tmp_path):
    window, dialog = _package_dialog(make_window, tmp_path)
    dialog.names.setText("dung, em")
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.overlap.setValue(3)  # more than the two annotators: refused, the dialog stays
    dialog.buttons.accepted.emit()
    assert "overlap" in dialog.message.text() and dialog.isVisible()
    dialog.overlap.setValue(1)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert sorted(p.name for p in (tmp_path / "out").glob("*.db")) == ["team-dung.db", "team-em.db"]
    assert "15 documents" in window.team.dialog.details.toPlainText()
    # Only some documents, as --status and --filter choose them on the command line.
    window.team.show_package_dialog()
    dialog = window.team.dialog
    dialog.names.setText("dung, em")
    dialog.folder.setText(str(tmp_path / "some"))
    dialog.status.setCurrentIndex(dialog.status.findData("new"))
    dialog.title.setText("Bài 0")  # key events cannot type "à" here
    dialog.overlap.setValue(2)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "10 documents shared out" in window.team.dialog.details.toPlainText()


def test_agreement_dialog_switches_the_heat_map_metric(qtbot, make_window, team_path):
    path, packages = team_path
    window = make_window(path)
    window.team.merge(list(packages.values()))
    dialog = window.team.show_agreement()
    first = dialog.canvas.figure
    dialog.metric_choice.setCurrentIndex(1)
    assert dialog.canvas.figure is not first
    texts = [t.get_text() for t in dialog.canvas.figure.axes[0].texts]
    assert "0.83" in texts  # an & binh, Cohen's kappa on tokens (see the agreement tests)


def test_my_layer_is_shown_by_default_in_a_shared_project(qtbot, make_window, team_path):
    path, packages = team_path
    window = make_window(path)
    window.team.merge(list(packages.values()))
    assert window.team.view.layer is None  # the window's annotator has no layer: all layers
    window.project.annotator = "an"
    window.team.project_opened()
    assert window.team.view.layer == "an" and window.team.switch.currentData() == "an"
    doc_id = window.current_doc_id()
    assert {s.annotator for s in window.team.view.spans(doc_id)} <= {"an"}


def test_a_merge_is_undone_with_one_ctrl_z(qtbot, make_window, team_path):
    path, packages = team_path
    window = make_window(path)
    window.team.merge([packages["an"]])
    assert window.team.dialog.summary.text().startswith("1 of 1 package merged.")
    project = window.project
    assert project.stats()["labels"]["PER"] == {"accepted": 20}
    # The report has the keys (it is modal, as every question): Ctrl+Z works in it.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window.team.dialog)
    qtbot.keyClick(window.team.dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not project.stats()["labels"])
    qtbot.waitUntil(lambda: window.documents.model.row_at(0).status == "new")


def test_the_curator_chooses_how_many_must_agree(qtbot, make_window, team_path):
    from annotator.core.operations import MergeLayer

    path, packages = team_path
    window = make_window(path)
    team = window.team
    team.merge(list(packages.values()))
    project = window.project
    doc_id = next(
        d for d in project.document_ids() if set(project.annotator_statuses(d)) == {"an", "chi"}
    )
    team.apply(MergeLayer("dung", ((doc_id, "done", (), ()),)), None)  # looked, found nothing
    window.open_document(doc_id)
    qtbot.waitUntil(lambda: window.current_doc_id() == doc_id)
    _team_action(window, "Curate this document").trigger()
    curation = team.dialog
    rules = [curation.rule.itemText(i) for i in range(curation.rule.count())]
    assert rules == ["all annotators agree", "a majority agrees", "any annotator has it"]
    # Opened on "all": nothing is on all three layers (dung marked nothing).
    assert not [s for s in project.spans(doc_id) if s.annotator == CURATED]
    curation.rule.setCurrentIndex(1)  # a majority: an and chi's PER, ROLE and HOLDS
    qtbot.mouseClick(_button(curation, "Merge what is agreed"), Qt.MouseButton.LeftButton)
    curated = sorted(s.label for s in project.spans(doc_id) if s.annotator == CURATED)
    assert curated == ["PER", "ROLE"]
    curation.rule.setCurrentIndex(2)  # anyone: an's LOC too
    qtbot.mouseClick(_button(curation, "Merge what is agreed"), Qt.MouseButton.LeftButton)
    curated = sorted(s.label for s in project.spans(doc_id) if s.annotator == CURATED)
    assert curated == ["LOC", "PER", "ROLE"]
    assert "0 spans disputed" in curation.summary.text()


def _set_statuses(path: Path, annotator: str, status: str, first: int | None = None):
    """`annotator` marks (the `first`) documents of a project or package; returns their titles."""
    from annotator.core.operations import SetStatus

    project = open_project(path, annotator=annotator)
    try:
        session = project.session()
        ids = project.document_ids()[:first]
        for doc_id in ids:
            session.apply(SetStatus(doc_id, status))
        return sorted(project.document(i).title for i in ids)
    finally:
        project.close()


@pytest.mark.parametrize("count", [2, 1])
def test_a_merge_names_the_documents_it_takes_out_of_done(qtbot, make_window, team_path, count):
    import sqlite3
    from contextlib import closing

    from annotator.core.model import DONE, IN_PROGRESS

    path, packages = team_path
    _set_statuses(path, "lead", DONE)  # the lead has finished every document
    unfinished = _set_statuses(packages["an"], "an", IN_PROGRESS, first=count)  # not done there
    window = make_window(path)
    [report] = window.team.merge([packages["an"]])
    with closing(sqlite3.connect(path)) as conn:
        statuses = dict(conn.execute("SELECT title, status FROM documents"))
    moved = sorted(t for t, s in statuses.items() if s != DONE)
    assert moved == unfinished and set(statuses.values()) == {DONE, IN_PROGRESS}
    summary = window.team.dialog.summary.text()
    documents, were, are, them = {
        1: ("1 document", "was", "is", "it"),
        2: ("2 documents", "were", "are", "them"),
    }[count]
    assert f"{documents} changed status" in summary
    assert (
        f"{count} of them {were} done or reviewed and no longer {are}, so the default export "
        f"(done and reviewed) leaves {them} out." in summary
    )
    details = window.team.dialog.details.toPlainText()
    assert (
        f"{documents} went from done to in progress, as an's own status there is in progress"
        in details
    )
    assert all(repr(title) in details for title in moved), details
    assert any(
        line.startswith(f"{documents} went from done to in progress") for line in report.lines()
    )


def test_package_dialog_gives_a_lone_annotator_every_document(qtbot, make_window, tmp_path):
    """The overlap follows the names typed until the curator sets it, as on the command line."""
    window, dialog = _package_dialog(make_window, tmp_path)
    qtbot.keyClicks(dialog.names, "dung")
    assert dialog.overlap.value() == 1
    dialog.folder.setText(str(tmp_path / "solo"))
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [p.name for p in (tmp_path / "solo").glob("*.db")] == ["team-dung.db"]
    every = window.project.document_count()
    assert f"dung: {every} documents" in window.team.dialog.details.toPlainText()
    window.team.show_package_dialog()
    dialog = window.team.dialog
    qtbot.keyClicks(dialog.names, "dung, em, an")
    assert dialog.overlap.value() == 2  # two give agreement figures
    dialog.overlap.setValue(3)  # the curator's choice stays when the names change
    qtbot.keyClicks(dialog.names, ", binh")
    assert dialog.overlap.value() == 3
