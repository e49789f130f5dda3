"""The schema editor: rename, recolour, re-key and remove labels that are in use."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from annotator.core.errors import SchemaError
from annotator.core.operations import AddSpan
from annotator.gui.remove_label_dialog import RemoveLabelDialog
from annotator.gui.schema_dialog import SchemaDialog
from tests.gui.helpers import NAME, seed_doc_id, stored_spans


@pytest.fixture
def schema_window(qtbot, make_window, demo_path):
    """The demo window with PER on the name and a schema dialog over it."""
    window = make_window(demo_path)
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    start = window.project.document(doc_id).text.index(NAME)
    window.context.apply(AddSpan(doc_id, start, start + len(NAME), "PER"))
    dialog = window.make_schema_dialog()
    assert isinstance(dialog, SchemaDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    return window, dialog, doc_id


def _select_label(dialog, name):
    tree = dialog.labels
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).text(0) == name)  # fmt: skip
    tree.setCurrentItem(item)


def _button(dialog, text):
    """A button of the Labels tab."""
    page = dialog.labels.parentWidget()
    return next(b for b in page.findChildren(QPushButton) if b.text() == text)


def test_rename_applies_to_existing_annotations(qtbot, schema_window, demo_path):
    window, dialog, doc_id = schema_window
    dialog.rename_label("PER", "NGƯỜI")
    assert [s.label for s in stored_spans(demo_path, doc_id)] == ["NGƯỜI"]
    assert window.palette.item_for("NGƯỜI") is not None
    assert dialog.labels.topLevelItem(0).text(0) == "NGƯỜI"
    holds = window.project.schema().relation("HOLDS")
    assert holds.head_labels == ("NGƯỜI",)
    dialog.activateWindow()  # its own keys, not the window's behind it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.labels, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [s.label for s in stored_spans(demo_path, doc_id)] == ["PER"]
    assert dialog.labels.topLevelItem(0).text(0) == "PER"


def test_remove_used_label_asks_and_relabels(qtbot, schema_window, demo_path):
    window, dialog, doc_id = schema_window
    _select_label(dialog, "PER")
    asked = []

    def answer():
        box = QApplication.activeModalWidget()
        assert isinstance(box, RemoveLabelDialog)
        asked.append(box.delete_radio.text())
        box.choose_relabel("ORG")
        box.accept()

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(_button(dialog, "Remove…"), Qt.MouseButton.LeftButton)
    assert asked == ["Delete its 1 annotation"]
    assert [s.label for s in stored_spans(demo_path, doc_id)] == ["ORG"]
    assert "PER" not in window.project.schema().label_names()
    assert window.palette.item_for("PER") is None


def test_remove_used_label_can_delete_its_annotations(qtbot, schema_window, demo_path):
    window, dialog, doc_id = schema_window
    _select_label(dialog, "PER")

    def answer():
        box = QApplication.activeModalWidget()
        box.delete_radio.setChecked(True)
        box.accept()

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(_button(dialog, "Remove…"), Qt.MouseButton.LeftButton)
    assert stored_spans(demo_path, doc_id) == []
    qtbot.waitUntil(lambda: window.annotations.span_texts() == [])


def test_colour_and_key_changes_reach_palette_and_editor(qtbot, schema_window, demo_path):
    window, dialog, doc_id = schema_window
    dialog.set_label_color("ROLE", "#123456")
    assert window.project.schema().label("ROLE").color == "#123456"
    with pytest.raises(SchemaError):
        dialog.set_label_key("ROLE", "1")  # PER has it
    dialog.set_label_key("ROLE", "9")
    assert window.palette.item_for("ROLE").text().startswith("[9]")
    dialog.add_label("CHỨC", color="#00aa00", key="0")
    assert window.palette.item_for("CHỨC") is not None
    span = stored_spans(demo_path, doc_id)[0]
    window.editor.select_span(span.id)
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.editor, "9")
    assert [s.label for s in stored_spans(demo_path, doc_id)] == ["ROLE"]


def test_schema_export_and_import_round_trip(qtbot, schema_window, tmp_path):
    window, dialog, _doc_id = schema_window
    path = tmp_path / "schema.json"
    dialog.export_schema(path)
    dialog.set_label_color("LOC", "#000000")
    dialog.import_schema(path)
    assert window.project.schema().label("LOC").color == "#e69f00"


def test_schema_editor_screenshot(qtbot, schema_window, screenshots):
    _window, dialog, _doc_id = schema_window
    _select_label(dialog, "ROLE")
    details = dialog.details[id(dialog.labels)].text()
    role = dialog.schema().label("ROLE")
    assert details == f"ROLE: {role.description}"  # the whole text, not cut
    path = screenshots / "schema-editor.png"
    assert dialog.grab().save(str(path))
    assert path.stat().st_size > 0


def test_relation_types_can_be_added_and_removed(qtbot, schema_window):
    from annotator.core.schema import RelationType

    window, dialog, _doc_id = schema_window
    dialog.put_relation_type(RelationType("MEMBER_OF", ("PER",), ("ORG",), "thành viên", "m"))
    assert window.project.schema().relation("MEMBER_OF").tail_labels == ("ORG",)
    names = [
        dialog.relations.topLevelItem(i).text(0)
        for i in range(dialog.relations.topLevelItemCount())
    ]
    assert "MEMBER_OF" in names
    dialog.remove_relation_type("MEMBER_OF")
    assert "MEMBER_OF" not in [r.name for r in window.project.schema().relations]
