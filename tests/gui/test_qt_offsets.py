"""The Qt boundary: code points <-> QTextDocument positions, checked against Qt itself."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor, QTextDocument

from annotator.gui.qt_offsets import QtOffsets

TEXT = "😀 Phan\nViệt 𝕏 Cường\n\n👍🏽 nói"


def _document(text: str) -> QTextDocument:
    document = QTextDocument()
    document.setPlainText(text)
    return document


def test_positions_round_trip_through_qt(qapp):
    offsets = QtOffsets(TEXT)
    document = _document(TEXT)
    cursor = QTextCursor(document)
    for cp in range(len(TEXT) + 1):
        offsets.select(cursor, cp, cp)
        assert offsets.cursor_position(cursor) == cp


def test_selection_reads_the_same_characters_qt_shows(qapp):
    offsets = QtOffsets(TEXT)
    document = _document(TEXT)
    start, end = TEXT.index("Việt"), TEXT.index("Cường") + len("Cường")
    cursor = offsets.select(QTextCursor(document), start, end)
    assert cursor.selectedText().replace("\u2029", "\n") == TEXT[start:end]
    assert offsets.cursor_range(cursor) == (start, end)


def test_block_ranges_and_block_relative_positions(qapp):
    offsets = QtOffsets(TEXT)
    document = _document(TEXT)
    block = document.findBlockByNumber(1)
    start, end = offsets.block_range(block)
    assert TEXT[start:end] == "Việt 𝕏 Cường" == block.text()
    cuong = TEXT.index("Cường")
    assert (
        offsets.block_relative(block, cuong)
        == block.text().encode("utf-16-le").index("Cường".encode("utf-16-le")) // 2
    )
    empty = document.findBlockByNumber(2)
    assert offsets.block_range(empty)[0] == offsets.block_range(empty)[1]


def test_positions_outside_the_text_are_clamped(qapp):
    offsets = QtOffsets("ab😀")
    assert offsets.to_cp(-5) == 0
    assert offsets.to_cp(99) == 3


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aàệ \n😀𝕏.-") + ["\U0001f44d"]), max_size=30))
def test_every_character_matches_qt_for_any_text(qapp, text):
    offsets = QtOffsets(text)
    document = _document(text)
    cursor = QTextCursor(document)
    for cp in range(len(text)):
        offsets.select(cursor, cp, cp + 1)
        assert cursor.selectedText().replace("\u2029", "\n") == text[cp]
