"""Item 14: a recursive view or a blob-bomb trigger in a project file cannot hang or exhaust anything.

Before, a recursive view hung `annotator info` and the window with no
timeout, and a trigger allocating a 900 MB blob ran on open.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.store import gate, open_project
from annotator.store.errors import ProjectTooSlowError, UnsafeProjectError, translate
from tests.reliability.processes import REPO, new_project

ENDLESS = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n"
PLANTS = {
    "recursive view over a table of ours": (
        "DROP TABLE labels",
        f"CREATE VIEW labels AS SELECT 'PER' AS name, '#000' AS color, '' AS key, "
        f"'' AS description, ({ENDLESS}) AS ord",
    ),
    "blob bomb on open": (
        "CREATE TRIGGER bomb AFTER INSERT ON annotators BEGIN "
        "SELECT length(randomblob(900000000)); END",
    ),
    "blob bomb in the format record": (
        "CREATE TRIGGER bomb2 BEFORE UPDATE ON project_meta BEGIN "
        "SELECT length(zeroblob(900000000)); END",
    ),
}


def _plant(path: Path, statements: tuple[str, ...]) -> None:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


@pytest.mark.parametrize("kind", sorted(PLANTS))
def test_the_file_is_refused_at_once(tmp_path: Path, kind: str) -> None:
    path = new_project(tmp_path / "p.db")
    _plant(path, PLANTS[kind])
    started = time.monotonic()
    with pytest.raises(UnsafeProjectError):
        open_project(path, annotator="someone new")  # a new annotator would fire the bomb
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("kind", sorted(PLANTS))
def test_info_answers_without_hanging(tmp_path: Path, kind: str) -> None:
    path = new_project(tmp_path / "p.db")
    _plant(path, PLANTS[kind])
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-m", "annotator.cli", "info", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 1
    assert "not opened" in result.stderr and "Traceback" not in result.stderr


def test_any_opening_statement_stops_at_the_time_limit() -> None:
    conn = sqlite3.connect(":memory:")
    gate.harden(conn, strict=False)  # strict would refuse the recursive query outright
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError) as caught, gate.time_limit(conn, 0.5):
        conn.execute(ENDLESS).fetchone()
    assert time.monotonic() - started < 3
    assert isinstance(translate(caught.value, "p.db"), ProjectTooSlowError)
