"""The all-layers view draws a relation several layers hold once, and says which layers."""

from __future__ import annotations

from annotator.core.model import SourceDocument
from annotator.core.operations import AddRelation, AddSpan
from annotator.gui.team.layer_view import ALL
from annotator.store import create_project
from tests.gui.review_support import chip_rects

TEXT = "Ông Nguyễn Văn An, Bộ trưởng Bộ Ngoại giao, dự Hội nghị Trung ương."


def _layer(project, doc_id: int, annotator: str, tail: tuple[str, str], kind: str) -> None:
    """`annotator` links Nguyễn Văn An to `tail` (surface, label) with a relation of `kind`."""
    session = project.session(annotator)
    start = TEXT.index("Nguyễn Văn An")
    head = session.apply(AddSpan(doc_id, start, start + 13, "PER")).spans_added[0]
    at = TEXT.index(tail[0])
    other = session.apply(AddSpan(doc_id, at, at + len(tail[0]), tail[1])).spans_added[0]
    session.apply(AddRelation(head, other, kind))


def team_document(folder) -> tuple:
    """A project whose one document three layers linked alike and a fourth otherwise."""
    path = folder / "team.db"
    with create_project(path, annotator="lead") as project:
        doc_id = project.add_document(SourceDocument(text=TEXT, title="Hội nghị"))
        for name in ("an", "binh", "chi"):
            _layer(project, doc_id, name, ("Bộ trưởng Bộ Ngoại giao", "ROLE"), "HOLDS")
        _layer(project, doc_id, "dung", ("Hội nghị Trung ương", "EVENT"), "PARTICIPATES")
    return path, doc_id


def test_identical_relations_of_three_layers_are_one_arc(qtbot, make_window, tmp_path) -> None:
    path, doc_id = team_document(tmp_path)
    window = make_window(path)
    window.open_document(doc_id)
    window.team.set_layer(ALL)
    editor = window.editor
    assert len(editor.shown_relations()) == 4
    qtbot.waitUntil(lambda: len(chip_rects(editor)) == 2)
    chips = chip_rects(editor)
    texts = {}
    for block in editor.visible_blocks().values():
        plan = editor.arcs.plan(block[0])
        texts.update({s.relation_id: s.text for s in plan.segments} if plan else {})
    assert sorted(texts.values()) == ["HOLDS ×3", "PARTICIPATES"]
    holds = next(i for i, text in texts.items() if text.startswith("HOLDS"))
    hover = editor.hover_text(chips[holds][0].center().toPoint())
    assert "3 layers: an, binh, chi" in hover
    said = []
    editor.statusMessage.connect(said.append)
    editor.select_relation(holds)  # the status line has one line: the parts stay apart
    assert said and "; The same relation in 3 layers: an, binh, chi" in said[-1]
    other = next(i for i in texts if i != holds)
    assert "layers" not in editor.hover_text(chips[other][0].center().toPoint())
    window.team.set_layer("binh")  # one layer: its own relation, no count
    qtbot.waitUntil(lambda: len(chip_rects(editor)) == 1)
    block = next(iter(editor.visible_blocks().values()))[0]
    assert [s.text for s in editor.arcs.plan(block).segments] == ["HOLDS"]
