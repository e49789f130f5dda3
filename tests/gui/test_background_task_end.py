"""A background task that ends is let go of without hanging the window.

A task deleted itself as soon as its thread's `finished` reached the window,
while that thread could still be finishing; the QThread's destructor then
waited for it while holding Python's lock, which the finishing thread
needed, and the window hung (seen once in a full test run). A slot that
sleeps on `finished` in the thread itself widens that window to half a
second. It runs in a process of its own, so a hang fails the test instead
of stopping the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import time
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from annotator.gui.workers import BackgroundTask

app = QApplication([])
parent = QWidget()
for _ in range(3):
    task = BackgroundTask(title="x", function=lambda progress, cancel: 1, parent=parent)
    task.thread.finished.connect(lambda: time.sleep(0.5), Qt.ConnectionType.DirectConnection)
    ended = []
    task.ended.connect(lambda: ended.append(task.thread.isFinished()))
    task.start()
    while not ended:
        QTest.qWait(10)
    QTest.qWait(50)  # the task's deferred deletion runs here
    print("ended, thread finished:", ended[0], flush=True)
"""


def test_a_task_whose_thread_is_still_finishing_is_deleted_without_a_hang() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    try:
        run = subprocess.run(
            [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=60
        )
    except subprocess.TimeoutExpired as hung:
        raise AssertionError("deleting an ended task hung the window") from hung
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["ended, thread finished: True"] * 3, run.stdout
