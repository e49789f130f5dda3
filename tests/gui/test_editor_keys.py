"""Label keys, snapping and span keys of the annotation editor, driven by real key presses."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from annotator.core.model import SourceDocument
from annotator.core.operations import AddSpan
from annotator.core.textnorm import normalize_text
from annotator.gui.editor import AnnotationEditor
from tests.gui.editor_support import open_pane

SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_shift_arrows_then_label_key_stores_span_after_emoji(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path, "😀 Phan Việt Cường phát biểu")
    pane.caret_to(1)
    with qtbot.waitSignal(pane.editor.changesApplied) as signal:
        pane.key(Qt.Key.Key_Right, SHIFT, times=len(" Phan Việt Cường "))
        pane.key(Qt.Key.Key_1)
    (span,) = pane.spans()
    assert (pane.text[span.start : span.end], span.label) == ("Phan Việt Cường", "PER")
    assert signal.args[0].spans_added == (span.id,)
    assert pane.editor.selected_span().id == span.id


def test_mouse_drag_after_emoji_stores_exact_surface(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path, "😀😀 ông Phan Việt Cường, Bí thư")
    start, end = pane.find("Phan Việt Cường")
    pane.drag(start + 2, end - 3)  # half syllables at both ends
    assert pane.editor.selection_range() == (start, end)
    pane.key(Qt.Key.Key_1)
    assert pane.surfaces() == [("Phan Việt Cường", "PER", "accepted")]


def test_nfd_source_text_is_annotated_on_nfc(qtbot, tmp_path):
    nfd = "Ông Phan Việt Cường, Bí thư Tỉnh ủy".replace("ệ", "e\u0323\u0302")
    nfd = __import__("unicodedata").normalize("NFD", nfd)
    pane = open_pane(qtbot, tmp_path, normalize_text(nfd))
    start, end = pane.find("Phan Việt Cường")
    pane.drag(start, end)
    pane.key(Qt.Key.Key_1)
    assert pane.surfaces() == [("Phan Việt Cường", "PER", "accepted")]


def test_selection_snaps_away_spaces_and_outer_punctuation(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path, "theo Nghị quyết số 18-NQ/TW, ngày 7.1.2022. Ông N.Đ nói")
    start, _ = pane.find(" 18-NQ")
    _, end = pane.find("TW, ")
    pane.drag(start, end)
    assert pane.editor.selection_range() == pane.find("18-NQ/TW")
    pane.key(Qt.Key.Key_7)
    start, end = pane.find(" 7.1.2022. ")
    pane.drag(start, end)
    pane.key(Qt.Key.Key_6)
    start, end = pane.find("N.Đ")
    pane.drag(start + 1, end - 1)
    pane.key(Qt.Key.Key_1)
    assert pane.surfaces() == [
        ("18-NQ/TW", "DOC", "accepted"),
        ("7.1.2022", "DATE", "accepted"),
        ("N.Đ", "PER", "accepted"),
    ]


def test_punctuation_only_selection_creates_nothing(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path, "Ông A , . B")
    messages = []
    pane.editor.statusMessage.connect(messages.append)
    start, end = pane.find(", .")
    pane.caret_to(start)
    pane.key(Qt.Key.Key_Right, SHIFT, times=end - start)
    pane.key(Qt.Key.Key_1)
    assert pane.spans() == []
    assert messages and "no word" in messages[-1]


def test_ctrl_shift_arrows_move_by_syllable(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path, "Bí thư Tỉnh ủy Quảng Nam, chủ trì")
    pane.caret_to(0)
    pane.key(Qt.Key.Key_Right, CTRL_SHIFT, times=3)
    assert pane.editor.selection_range() == pane.find("Bí thư Tỉnh")
    pane.key(Qt.Key.Key_Left, CTRL_SHIFT)
    assert pane.editor.selection_range() == pane.find("Bí thư")
    pane.key(Qt.Key.Key_Right, CTRL_SHIFT, times=4)
    assert pane.editor.selection_range() == pane.find("Bí thư Tỉnh ủy Quảng Nam")
    pane.key(Qt.Key.Key_2)
    assert pane.surfaces() == [("Bí thư Tỉnh ủy Quảng Nam", "ROLE", "accepted")]


def test_label_key_on_selected_span_relabels_it(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path)
    start, end = pane.find("Quảng Nam")
    pane.drag(start, end)
    pane.key(Qt.Key.Key_3)
    assert pane.surfaces() == [("Quảng Nam", "ORG", "accepted")]
    with qtbot.waitSignal(pane.editor.spanSelected) as selected:
        pane.key(Qt.Key.Key_4)
    assert pane.surfaces() == [("Quảng Nam", "LOC", "accepted")]
    assert selected.args[0].label == "LOC"


def test_delete_and_backspace_remove_accepted_span(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path)
    for needle in ("Phan Việt Cường", "Quảng Nam"):
        pane.drag(*pane.find(needle))
        pane.key(Qt.Key.Key_1)
    pane.key(Qt.Key.Key_Delete)
    assert pane.surfaces() == [("Phan Việt Cường", "PER", "accepted")]
    pane.click(pane.find("Việt")[0])
    assert pane.editor.selected_span().label == "PER"
    pane.key(Qt.Key.Key_Backspace)
    assert pane.spans() == []
    assert pane.editor.selected_span() is None


def test_escape_clears_selected_span(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path)
    pane.drag(*pane.find("Quảng Nam"))
    pane.key(Qt.Key.Key_4)
    with qtbot.waitSignal(pane.editor.spanSelected) as selected:
        pane.key(Qt.Key.Key_Escape)
    assert selected.args == [None]
    pane.key(Qt.Key.Key_Delete)
    assert len(pane.spans()) == 1


def test_tab_cycles_nested_spans_at_caret(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path)
    role = pane.apply(AddSpan(pane.doc_id, *pane.find("Bí thư Tỉnh ủy Quảng Nam"), "ROLE"))
    org = pane.apply(AddSpan(pane.doc_id, *pane.find("Tỉnh ủy Quảng Nam"), "ORG"))
    loc = pane.apply(AddSpan(pane.doc_id, *pane.find("Quảng Nam"), "LOC"))
    ids = [role.spans_added[0], org.spans_added[0], loc.spans_added[0]]
    pane.caret_to(pane.find("Nam")[0])
    seen = []  # Tab reaches the editor's key handler instead of moving the focus
    for _ in range(4):
        pane.key(Qt.Key.Key_Tab)
        seen.append(pane.editor.selected_span().id)
    assert seen == ids + ids[:1]
    pane.key(Qt.Key.Key_Backtab)
    assert pane.editor.selected_span().id == ids[2]
    pane.key(Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert pane.editor.selected_span().id == ids[1]


def test_word_mode_double_click_selects_whole_word(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path, "Ông Phan Việt Cường phát biểu")
    name = pane.find("Phan Việt Cường")
    pane.editor.set_word_mode(True, lambda text: [name, pane.find("phát biểu")])
    pane.qtbot.mouseDClick(
        pane.editor.viewport(), Qt.MouseButton.LeftButton, pos=pane.char_point(pane.find("Việt")[0])
    )
    assert pane.editor.selection_range() == name
    pane.editor.set_word_mode(False)
    pane.qtbot.mouseDClick(
        pane.editor.viewport(), Qt.MouseButton.LeftButton, pos=pane.char_point(pane.find("Việt")[0])
    )
    assert pane.editor.selection_range() == pane.find("Việt")


def test_word_mode_snaps_drag_to_words(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path, "Ông Phan Việt Cường phát biểu")
    name = pane.find("Phan Việt Cường")
    pane.editor.set_word_mode(True, lambda text: [name])
    pane.drag(pane.find("Việt")[0], pane.find("Việt")[1])
    pane.key(Qt.Key.Key_1)
    assert pane.surfaces() == [("Phan Việt Cường", "PER", "accepted")]


class FocusSpy(AnnotationEditor):
    """Records when Qt asks the editor to move the focus on."""

    def __init__(self):
        super().__init__()
        self.focus_moves = []

    def focusNextPrevChild(self, forward):  # noqa: N802 (Qt override)
        self.focus_moves.append(forward)
        return True


def test_tab_cycles_spans_but_moves_focus_without_document(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path)
    pane.apply(AddSpan(pane.doc_id, *pane.find("Quảng Nam"), "LOC"))
    spy = FocusSpy()
    qtbot.addWidget(spy)
    spy.show()
    spy.set_project(pane.project, pane.session)
    qtbot.keyClick(spy, Qt.Key.Key_Tab)
    assert spy.focus_moves == [True]
    spy.load_document(pane.doc_id)
    spy.select_span(pane.spans()[0].id)
    spy.setTextCursor(spy._offsets.select(spy.textCursor(), *pane.find("Nam")))
    qtbot.keyClick(spy, Qt.Key.Key_Tab)
    assert spy.focus_moves == [True]
    assert spy.selected_span().label == "LOC"


def test_set_label_keys_rebinds_keys(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path)
    schema = pane.project.schema()
    per = schema.label("PER")
    schema = schema.with_label(replace(per, key="q"))
    schema = schema.with_label(replace(schema.label("ROLE"), key=""))
    pane.editor.set_label_keys(schema)
    pane.drag(*pane.find("Phan Việt Cường"))
    pane.key(Qt.Key.Key_2)
    assert pane.spans() == []
    pane.key(Qt.Key.Key_Q)
    assert pane.surfaces() == [("Phan Việt Cường", "PER", "accepted")]


def test_word_mode_ctrl_shift_right_steps_by_word(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path, "Ông Phan Việt Cường phát biểu")
    words = [(0, 3), pane.find("Phan Việt Cường"), pane.find("phát biểu")]
    pane.editor.set_word_mode(True, lambda text: words)
    pane.caret_to(pane.find("Phan")[0])
    pane.key(Qt.Key.Key_Right, CTRL_SHIFT)
    assert pane.editor.selection_range() == words[1]
    pane.key(Qt.Key.Key_Right, CTRL_SHIFT)
    assert pane.editor.selection_range() == (words[1][0], words[2][1])


def test_changes_to_another_document_are_ignored(qtbot, tmp_path):
    pane = open_pane(qtbot, tmp_path)
    other = pane.project.add_document(SourceDocument(text="Bà Lê Thị A nói", title="b"))
    highlighter = pane.editor._highlighter
    before = highlighter.blocks_highlighted
    pane.apply(AddSpan(other, 3, 11, "PER"))
    assert highlighter.blocks_highlighted == before
    assert len(pane.editor._index) == 0
