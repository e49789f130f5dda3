"""Background work that ends is let go of without hanging the window.

A `BackgroundTask` (suggesting, exporting) deleted itself, and a `ThreadJob`
(a background read) said it had `ended`, as soon as their thread's
`finished` reached the window, while that thread could still be finishing.
The QThread's destructor then waited for it while holding Python's lock,
which the finishing thread needed, and the window hung (seen once in a full
test run). A slot that sleeps on `finished` in the thread itself widens
that window to half a second. Each case runs in a process of its own, so a
hang fails the test instead of stopping the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

PREAMBLE = """
import time
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from annotator.gui.jobs import ThreadJob
from annotator.gui.workers import BackgroundTask

app = QApplication([])
parent = QWidget()
for _ in range(3):
"""
TASK = """
    work = BackgroundTask(title="x", function=lambda progress, cancel: 1, parent=parent)
    thread = work.thread
"""
JOB = """
    work = ThreadJob(lambda emit, cancel: 1, parent)
    thread = work._thread
    work.ended.connect(work.deleteLater)  # let go of as soon as it says it has ended
"""
ENDING = """
    thread.finished.connect(lambda: time.sleep(0.5), Qt.ConnectionType.DirectConnection)
    ended = []
    work.ended.connect(lambda: ended.append(thread.isFinished()))
    work.start()
    while not ended:
        QTest.qWait(10)
    QTest.qWait(50)  # the deferred deletion runs here
    print("ended, thread finished:", ended[0], flush=True)
"""


@pytest.mark.parametrize("setup", [TASK, JOB], ids=["background task", "thread job"])
def test_work_whose_thread_is_still_finishing_is_deleted_without_a_hang(setup: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    script = PREAMBLE + setup + ENDING
    try:
        run = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
        )
    except subprocess.TimeoutExpired as hung:
        raise AssertionError("deleting ended background work hung the window") from hung
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["ended, thread finished: True"] * 3, run.stdout
