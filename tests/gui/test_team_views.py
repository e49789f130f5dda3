"""Team work in the window: whose span is whose in the list, the export's layer, a project's guidelines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.app.team.packages import PackageOptions, create_packages
from annotator.gui.export.dialog import ExportDialog
from annotator.gui.review.span_list import SpanListModel
from annotator.gui.team.layer_view import ALL
from annotator.store import open_project
from annotator.store.team_reads import GUIDELINES_SETTING
from tests.app.team.team_project import build_team_project


@pytest.fixture
def team_path(tmp_path: Path):
    setup = build_team_project(tmp_path)
    setup.project.close()
    return setup.project.path, setup.packages.files


def test_the_all_layers_list_says_whose_each_span_is(qtbot, make_window, team_path) -> None:
    path, packages = team_path
    window = make_window(path)
    team = window.team
    team.merge(list(packages.values()))
    project = window.project
    doc_id = next(
        d for d in project.document_ids() if set(project.annotator_statuses(d)) == {"an", "binh"}
    )
    window.open_document(doc_id)
    team.set_layer(ALL)
    panel = window.annotations
    model = panel.model
    qtbot.waitUntil(lambda: len(model.spans()) == 6)  # an's three and binh's three
    column = SpanListModel.ANNOTATOR
    assert not panel.view.isColumnHidden(column)
    # Who comes right after the text, and a narrow dock scrolls rather than cut the text.
    assert panel.view.horizontalHeader().visualIndex(column) == 1
    panel.view.resize(260, 300)
    assert panel.view.columnWidth(0) >= panel.view.text_width > 100
    cells = {}
    for row in range(model.rowCount()):
        span = model.span_at(row)
        if span is not None:
            index = model.index(row, column)
            assert index.data() == span.annotator
            cells[span.annotator] = index.data(Qt.ItemDataRole.BackgroundRole).name()
    assert set(cells) == {"an", "binh"} and cells["an"] != cells["binh"]
    # binh keeps the colour in a document of binh and chi, curated or not.
    other = next(
        d for d in project.document_ids() if set(project.annotator_statuses(d)) == {"binh", "chi"}
    )
    window.open_document(other)
    qtbot.waitUntil(lambda: {s.annotator for s in model.spans()} == {"binh", "chi"})
    colors = {
        model.span_at(row).annotator: model.index(row, column).data(Qt.ItemDataRole.BackgroundRole)
        for row in range(model.rowCount())
        if model.span_at(row) is not None
    }
    assert colors["binh"].name() == cells["binh"] and colors["chi"].name() != cells["binh"]
    window.open_document(doc_id)
    team.set_layer("binh")  # one layer: the column goes
    qtbot.waitUntil(lambda: len(model.spans()) == 3)
    assert panel.view.isColumnHidden(column)


def test_the_export_dialog_chooses_the_layer(qtbot, make_window, team_path, tmp_path) -> None:
    path, packages = team_path
    window = make_window(path)
    window.team.merge(list(packages.values()))
    dialog = ExportDialog(window.project)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format_box.setCurrentText("jsonl")
    for box in dialog.status_checks.values():
        box.setChecked(True)
    dialog.layer_box.setCurrentText("separate")
    dialog.out_edit.setText(str(tmp_path / "sep"))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=30000)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_ is not None and dialog.task is None, timeout=30000)
    assert sorted(r.directory.name for r in dialog.results) == ["an", "binh", "chi"]
    chi = (tmp_path / "sep" / "chi" / "all.jsonl").read_text("utf-8").splitlines()
    assert len(chi) == 20
    assert {tuple(sorted(x[2] for x in json.loads(line)["label"])) for line in chi} == {
        ("PER", "ROLE")
    }
    dialog.layer_box.setCurrentText("majority")
    dialog.save_current_filter("majority vote")
    dialog.layer_box.setCurrentText("auto")
    dialog.apply_filter("majority vote")
    assert dialog.layer_box.currentText() == "majority"


def test_the_guidelines_dock_shows_the_projects_own(qtbot, make_window, tmp_path) -> None:
    setup = build_team_project(tmp_path, annotate=False)
    setup.project.set_setting(GUIDELINES_SETTING, "# Hướng dẫn riêng\n\nChỉ gán PER cho tên người.")
    report = create_packages(
        setup.project, PackageOptions(annotators=("dung",), out=tmp_path / "own", overlap=1)
    )
    setup.project.close()
    window = make_window(setup.project.path)
    assert "Hướng dẫn riêng" in window.guidelines.toPlainText()
    window.close_project()
    assert "Hướng dẫn riêng" not in window.guidelines.toPlainText()  # the shipped ones again
    package = open_project(report.files["dung"])
    assert "Hướng dẫn riêng" in package.get_setting(GUIDELINES_SETTING)
    package.close()
    assert window.open_project_path(report.files["dung"])
    assert "Chỉ gán PER cho tên người" in window.guidelines.toPlainText()


def test_agreement_before_any_document_is_shared_says_what_to_do(qtbot, make_window, tmp_path):
    from annotator.core.model import SourceDocument
    from annotator.gui.i18n import install_translator
    from annotator.store import create_project
    from tests.app.team.team_project import annotate_package, text_of

    project = create_project(tmp_path / "p.db", annotator="lead")
    for i in range(4):
        project.add_document(SourceDocument(text=text_of(i), title=f"Bài {i}"))
    options = PackageOptions(annotators=("an", "binh"), out=tmp_path / "packages", overlap=1)
    files = create_packages(project, options).files  # each document to one annotator only
    project.close()
    for name, path in files.items():
        annotate_package(path, name)
    window = make_window(tmp_path / "p.db")
    window.team.merge(list(files.values()))
    agreement = next(a for a in window.team.actions if a.text().replace("&", "").startswith("Agr"))
    install_translator("vi")  # the warning is worded when it is shown
    agreement.trigger()  # Team ▸ Agreement…
    box = window.last_warning
    qtbot.waitUntil(lambda: box is not None and box.isVisible())
    assert "Chưa có tài liệu nào được ít nhất hai người chú thích đánh dấu xong" in box.text()
    assert {d["annotator"] for d in _statuses(tmp_path / "p.db")} == {"an", "binh"}


def _statuses(path: Path) -> list[dict]:
    import sqlite3

    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT annotator, status FROM document_status").fetchall()
    return [{"annotator": a, "status": s} for a, s in rows]


def test_the_layer_box_is_usable_only_while_a_project_is_open(qtbot, make_window, team_path):
    path, _packages = team_path
    window = make_window()
    assert not window.team.switch.isEnabled()  # no project: nothing to choose from
    window.open_project_path(path)
    assert window.team.switch.isEnabled() and window.team.switch.count() > 1
    window.close_project()
    assert not window.team.switch.isEnabled()
