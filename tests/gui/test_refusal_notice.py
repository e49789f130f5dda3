"""A refused edit too long for the status bar is said whole under the text; a short one is not."""

from __future__ import annotations

from annotator.core.operations import AddSpan
from tests.gui.helpers import NAME, drag_select, seed_doc_id


def _window_with_a_name(make_window, demo_path):
    window = make_window(demo_path, size=(1366, 768))
    doc_id = seed_doc_id(window.project)
    window.open_document(doc_id)
    text = window.project.document(doc_id).text
    start = text.index(NAME)
    window.context.apply(AddSpan(doc_id, start, start + len(NAME), "PER"), source="test")
    return window, text, start


def _key_of(window, label: str) -> str:
    return next(lab.key for lab in window.project.schema().labels if lab.name == label)


def test_a_crossing_refusal_cut_in_the_bar_reads_whole_in_the_notice(
    qtbot, make_window, demo_path, vietnamese
):
    window, text, start = _window_with_a_name(make_window, demo_path)
    end = start + len(NAME)
    across = (start + len("Phan "), text.index(" ", end + 1))  # inside the name to past it
    drag_select(qtbot, window.editor, *across)
    qtbot.keyClicks(window.editor, _key_of(window, "ORG"))
    said = window.status.whole_message()
    assert "cắt ngang" in said and NAME in said  # the refusal, in Vietnamese
    assert window.status.currentMessage() != said  # the bar had to cut it...
    assert window.notice.isVisible()  # ...so it reads whole under the text
    assert window.notice.text.text() == said
    assert window.notice.text.wordWrap()
    assert window.editor.hasFocus()  # the notice takes no focus: keys go on
    spans = window.project.spans(window.editor.document_id())
    assert [s.label for s in spans if s.start == across[0]] == []
    # The next edit made sends it away.
    window.editor.select_span(next(s.id for s in spans if s.label == "PER"))
    qtbot.keyClicks(window.editor, _key_of(window, "ROLE"))
    assert not window.notice.isVisible()


def test_an_undo_after_a_refusal_sends_the_notice_away(qtbot, make_window, demo_path):
    window, text, start = _window_with_a_name(make_window, demo_path)
    across = (start + len("Phan "), text.index(" ", start + len(NAME) + 1))
    drag_select(qtbot, window.editor, *across)
    qtbot.keyClicks(window.editor, _key_of(window, "ORG"))
    assert window.notice.isVisible()
    window.undo()  # takes back the PER: the refusal is old news
    assert window.project.spans(window.editor.document_id()) == []
    assert not window.notice.isVisible()


def test_a_short_message_stays_in_the_bar_alone(qtbot, make_window, demo_path):
    window, _text, start = _window_with_a_name(make_window, demo_path)
    window.notice.refuse("short")
    assert window.status.currentMessage() == "short"
    assert not window.notice.isVisible()
