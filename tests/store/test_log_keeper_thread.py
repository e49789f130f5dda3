"""The log keeper's timer thread never deadlocks with a thread reading the project's connection.

The project's connection has a Python authorizer (store.gate). When the
timer's thread checkpointed through it while another thread used it without
the project's lock (tests read `project._conn` directly), each ended up
holding what the other waited for: SQLite's connection mutex inside the
authorizer (waiting for the GIL), the GIL inside `sqlite3_column_name`
(waiting for the mutex). The timer now checkpoints through a connection of
its own. Run in a child process, so a deadlock fails the test instead of
hanging the run.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import sys, tempfile, time
    from pathlib import Path
    from annotator.core.model import SourceDocument
    from annotator.core.operations import SetNote
    from annotator.store import checkpoints, create_project

    checkpoints.SETTLE_SECONDS = 0.005  # a timer after nearly every edit
    path = Path(tempfile.mkdtemp()) / "p.db"
    project = create_project(path, annotator="tester")
    doc = project.add_document(SourceDocument(text="Quốc hội họp."))
    session = project.session()
    conn = project._conn
    end, edits = time.monotonic() + float(sys.argv[1]), 0
    while time.monotonic() < end:
        session.apply(SetNote(doc, f"ghi chú {edits}"))
        for _ in range(20):  # read without the lock while the timer may run
            conn.execute("SELECT id, title FROM documents").fetchall()
        edits += 1
    project.close()
    print("edits", edits)
    """
)


def test_reading_the_connection_while_the_timer_checkpoints_never_deadlocks() -> None:
    # Before the timer had its own connection, this hung within 8 seconds every time.
    try:
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT, "6"], capture_output=True, text=True, timeout=60
        )
    except subprocess.TimeoutExpired:
        raise AssertionError("deadlocked: the timer's checkpoint and a reader") from None
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.split()[-1]) > 100
