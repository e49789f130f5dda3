"""An arc of the all-layers view that stands for several layers' copies acts on all of them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.model import ACCEPTED, PENDING
from annotator.core.operations import SetRelationStates
from annotator.gui.team.layer_view import ALL
from annotator.store import open_project
from tests.gui.test_all_layers_relations import team_document

HOLDS_LAYERS = ("an", "binh", "chi")


def _holds_window(qtbot, make_window, path, doc_id):
    window = make_window(path)
    window.open_document(doc_id)
    window.team.set_layer(ALL)
    editor = window.editor
    qtbot.waitUntil(lambda: len(editor.shown_relations()) >= 3)
    holds = min(r.id for r in editor.shown_relations() if r.type == "HOLDS")
    editor.select_relation(holds)
    return window, editor


def _holds_by_layer(project, doc_id: int) -> dict[str, str]:
    return {
        r.annotator: r.state for r in project.relations(doc_id, states=None) if r.type == "HOLDS"
    }


def test_deleting_an_arc_of_three_layers_deletes_the_three_in_one_undo_step(
    qtbot, make_window, tmp_path
) -> None:
    path, doc_id = team_document(tmp_path)
    window, editor = _holds_window(qtbot, make_window, path, doc_id)
    project = window.project
    assert _holds_by_layer(project, doc_id) == dict.fromkeys(HOLDS_LAYERS, ACCEPTED)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert _holds_by_layer(project, doc_id) == {}
    assert [r.type for r in project.relations(doc_id)] == ["PARTICIPATES"]
    said = window.statusBar().currentMessage()
    assert "HOLDS" in said and "3 layers: an, binh, chi" in said
    window.commands.undo.trigger()
    assert _holds_by_layer(project, doc_id) == dict.fromkeys(HOLDS_LAYERS, ACCEPTED)


def _suggested_team_document(folder) -> tuple:
    """Three layers hold the same HOLDS, each still pending (as a package brings it back)."""
    path, doc_id = team_document(folder)
    with open_project(path) as project:
        for relation in project.relations(doc_id):
            if relation.type == "HOLDS":
                session = project.session(relation.annotator)
                session.apply(SetRelationStates((relation.id,), PENDING, with_ends=False))
    return path, doc_id


def test_accepting_an_arc_of_three_layers_accepts_the_three(qtbot, make_window, tmp_path) -> None:
    path, doc_id = _suggested_team_document(tmp_path)
    window, editor = _holds_window(qtbot, make_window, path, doc_id)
    project = window.project
    assert _holds_by_layer(project, doc_id) == dict.fromkeys(HOLDS_LAYERS, PENDING)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert _holds_by_layer(project, doc_id) == dict.fromkeys(HOLDS_LAYERS, ACCEPTED)
    assert "3 layers: an, binh, chi" in window.statusBar().currentMessage()
    window.commands.undo.trigger()
    assert _holds_by_layer(project, doc_id) == dict.fromkeys(HOLDS_LAYERS, PENDING)


def test_an_arc_of_one_layer_names_no_layers(qtbot, make_window, tmp_path) -> None:
    path, doc_id = team_document(tmp_path)
    window, editor = _holds_window(qtbot, make_window, path, doc_id)
    other = next(r.id for r in editor.shown_relations() if r.type == "PARTICIPATES")
    editor.select_relation(other)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert "layer" not in window.statusBar().currentMessage()
    assert len(_holds_by_layer(window.project, doc_id)) == 3
