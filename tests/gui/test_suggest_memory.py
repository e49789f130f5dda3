"""The window's suggestions remember a long name marked by hand in an earlier document."""

from __future__ import annotations

from annotator.app.suggest import memory as kept
from annotator.core.model import IN_PROGRESS
from tests.app._memory_projects import CLUB, TEXTS, memory_project
from tests.gui.helpers import drag_select, stored_document, stored_relations, stored_spans


def test_a_long_name_marked_in_one_document_is_suggested_whole_in_the_next(
    qtbot, make_window, tmp_path
) -> None:
    path = tmp_path / "club.db"
    ids = memory_project(path)
    window = make_window(path)
    try:
        window.open_document(ids[0])
        start = TEXTS[0].index(CLUB)
        drag_select(qtbot, window.editor, start, start + len(CLUB))
        qtbot.keyClick(window.editor, "3")  # ORG
        assert [(s.start, s.end, s.label) for s in stored_spans(path, ids[0])] == [
            (start, start + len(CLUB), "ORG")
        ]
        assert stored_document(path, ids[0]).status == IN_PROGRESS
        window.open_document(ids[1])
        task = window.suggest_current()
        with qtbot.waitSignal(task.ended, timeout=120_000):
            pass
        text = TEXTS[1]
        spans = stored_spans(path, ids[1])
        found = {(text[s.start : s.end], s.label, s.suggester) for s in spans}
        assert (CLUB, "ORG", "memory") in found
        assert not any(t == "Hà Nội" for t, _, _ in found)
        shown = len(spans) + len(stored_relations(path, ids[1]))
        assert window.editor.pending_count() == shown  # the window shows what was stored
    finally:
        kept.forget(path)
