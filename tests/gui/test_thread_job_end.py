"""A background read (`ThreadJob`) says it has ended only once its thread has, and can then go.

`ended` is documented as "once its thread has stopped", but it was emitted
from a queued slot of the thread's `finished`, which can run while that
thread is still finishing. A job let go of on `ended` then destroyed a
QThread still finishing: its destructor waits for it while holding
Python's lock, which the finishing thread may need, and the window hangs
(as `BackgroundTask` did, tests/gui/test_background_task_end.py). A slot
that sleeps on `finished` in the thread itself widens that window to half a
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
from annotator.gui.jobs import ThreadJob

app = QApplication([])
parent = QWidget()
for _ in range(3):
    job = ThreadJob(lambda emit, cancel: 1, parent)
    job._thread.finished.connect(lambda: time.sleep(0.5), Qt.ConnectionType.DirectConnection)
    ended = []
    job.ended.connect(lambda: ended.append(job._thread.isFinished()))
    job.ended.connect(job.deleteLater)  # let go of as soon as it says it has ended
    job.start()
    while not ended:
        QTest.qWait(10)
    QTest.qWait(50)  # the job's deferred deletion runs here
    print("ended, thread finished:", ended[0], flush=True)
"""


def test_a_job_whose_thread_is_still_finishing_is_deleted_without_a_hang() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    try:
        run = subprocess.run(
            [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=60
        )
    except subprocess.TimeoutExpired as hung:
        raise AssertionError("deleting an ended job hung the window") from hung
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["ended, thread finished: True"] * 3, run.stdout
