"""Regression: QTextCursor.setPosition must survive 100,000 calls in one process.

PySide6 6.12.0 on Python 3.11 decrements the reference count of None on every
call and aborts after a few thousand. The loop runs in a child process so that
an abort fails this test instead of killing the test run.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtGui import QGuiApplication, QTextCursor, QTextDocument
app = QGuiApplication([])
document = QTextDocument()
document.setPlainText("Phan Việt Cường 😀 " * 50)
cursor = QTextCursor(document)
length = document.characterCount() - 1
for i in range(50_000):
    cursor.setPosition(i % length)
    cursor.setPosition((i * 7) % length, QTextCursor.MoveMode.KeepAnchor)
print("done", cursor.position())
"""


def test_set_position_100k_times_does_not_crash():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("done")
