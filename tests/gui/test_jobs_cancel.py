"""A background read stops when it is cancelled, so closing a window never waits for it.

Statistics and Consistency count over the whole corpus in a `ThreadJob`;
closing the dialog calls `stop()`, which used to wait up to 30 s for the
count to end. The reader now interrupts its running statement.
"""

from __future__ import annotations

import sqlite3
import threading
import time

from annotator.gui.jobs import ThreadJob
from annotator.store.corpus import CorpusReader

# A statement that runs for minutes unless it is interrupted.
ENDLESS = (
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 4000000000) "
    "SELECT count(*) FROM c"
)


def _endless_count(path, cancel: threading.Event, started: threading.Event) -> int:
    with CorpusReader(path, cancel) as reader:
        started.set()
        return reader._conn.execute(ENDLESS).fetchone()[0]


def test_stopping_a_job_interrupts_its_statement(qtbot, project) -> None:
    project.close()
    started = threading.Event()
    job = ThreadJob(lambda _emit, cancel: _endless_count(project.path, cancel, started))
    failures: list[str] = []
    done: list[object] = []
    job.failed.connect(failures.append)
    job.done.connect(done.append)
    job.start()
    assert started.wait(10)
    time.sleep(0.2)  # let the statement run
    began = time.monotonic()
    job.stop()
    assert time.monotonic() - began < 5
    assert not job._thread.isRunning()
    qtbot.wait(50)
    assert failures == [] and done == []  # a cancelled job reports nothing


def test_the_reader_raises_once_cancelled(project) -> None:
    project.close()
    cancel = threading.Event()
    cancel.set()
    with CorpusReader(project.path, cancel) as reader:
        try:
            reader._conn.execute(ENDLESS).fetchone()
        except sqlite3.OperationalError as exc:
            assert "interrupt" in str(exc)
        else:  # pragma: no cover - the assertion that makes this test able to fail
            raise AssertionError("a cancelled reader ran its statement to the end")


def test_a_reader_without_cancel_answers(project) -> None:
    project.close()
    with CorpusReader(project.path) as reader:
        assert reader.document_ids() == []
