"""After each checkpoint the window reads the log it committed since, page by page, to
prove the file still its project's (store.fileguard); that read is cheap per page.

The word-by-word checksum of a 4 KB page cost most of a millisecond, and an undo
into another document, followed by its checkpoint, spent about as long in that
read as in everything else it did. The sum now comes out of numpy in closed form
when the window has numpy loaded; every frame is still checked as SQLite would.
"""

from __future__ import annotations

import os
import struct
import time

from PySide6.QtCore import Qt

from annotator.store.logscan import LogScan, checksum
from annotator.store.wal import wal_path
from tests.gui.helpers import drag_select

_HEADER, _FRAME_HEADER = 32, 24


def _loop_checksum(data: bytes, s0: int, s1: int, big: bool) -> tuple[int, int]:
    """SQLite's own definition, word by word (walChecksumBytes)."""
    words = struct.unpack(f"{'>' if big else '<'}{len(data) // 4}I", data)
    for x0, x1 in zip(words[0::2], words[1::2], strict=True):
        s0 = (s0 + x0 + s1) & 0xFFFFFFFF
        s1 = (s1 + x1 + s0) & 0xFFFFFFFF
    return s0, s1


def test_the_page_sum_is_sqlite_s_on_any_bytes() -> None:
    for size in (8, 24, 256, 1024, 4096, 65536):
        for big in (True, False):
            data = os.urandom(size)
            s0, s1 = struct.unpack("<II", os.urandom(8))
            assert checksum(data, s0, s1, big) == _loop_checksum(data, s0, s1, big), size


def test_reading_the_window_s_log_costs_little_per_page(qtbot, make_window, demo_path) -> None:
    window = make_window(demo_path)
    ids = window.project.document_ids()
    editor = window.editor
    for n in range(12):  # a label given, undone in another document: a page or more each
        window.open_document(ids[n % 2])
        drag_select(qtbot, editor, 0, 3)
        qtbot.keyClick(editor, Qt.Key.Key_4)
        window.open_document(ids[2])
        qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wal = wal_path(window.context.path)
    scan = LogScan(wal)
    began = time.process_time()
    committed, stamps = scan.update()
    spent = time.process_time() - began
    page_size = scan.header[2] if scan.header else 4096
    frames = (scan.offset - _HEADER) // (_FRAME_HEADER + page_size)
    assert committed and frames >= 10
    assert spent / frames < 0.00005, f"{spent * 1000:.1f} ms of CPU for {frames} frames"
