"""Reading a project's header in this process keeps this process's SQLite locks.

POSIX locks belong to a process and a file: closing any descriptor of the
file drops all of them. The header was read with open() and close() before
every write and whenever a reader opened, so the window lost its shared lock
on the project; the next program to close the project (here a plain sqlite3
client, as `annotator info` is) took itself for the last user and deleted
the log the window was still writing to. The project was damaged.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from annotator.core.model import SourceDocument
from annotator.core.operations import AddSpan
from annotator.store import create_project, file_reads, open_project, wal
from annotator.store.filefacts import read_file_facts

_OTHER_PROGRAM = (
    "import sqlite3, sys\n"
    "conn = sqlite3.connect(sys.argv[1])\n"
    "conn.execute('SELECT count(*) FROM documents').fetchone()\n"
    "conn.close()\n"
)


def _another_program_reads_and_closes(path: Path) -> None:
    subprocess.run([sys.executable, "-c", _OTHER_PROGRAM, str(path)], check=True, timeout=60)


def test_the_log_survives_another_program_closing_the_project(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    create_project(path).close()
    project = open_project(path)
    try:
        doc = project.add_document(SourceDocument(text="Bí thư Tỉnh ủy Phan Việt Cường phát biểu."))
        session = project.session()
        session.apply(AddSpan(doc, 0, 14, "ROLE"))
        read_file_facts(path)  # what opening a reader in this process does
        session.apply(AddSpan(doc, 15, 30, "PER"))  # the write guard reads the header too
        _another_program_reads_and_closes(path)
        assert wal.wal_path(path).exists(), "the other program deleted the window's log"
        session.apply(AddSpan(doc, 31, 40, "EVENT"))
    finally:
        project.close()
    assert file_reads.kept_count(path) == 0  # closed with the last connection
    again = open_project(path)
    try:
        assert again._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        labels = [s.label for s in again.spans(doc)]
    finally:
        again.close()
    assert sorted(labels) == ["EVENT", "PER", "ROLE"]


def test_a_header_read_without_a_connection_keeps_nothing_open(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    create_project(path).close()
    read_file_facts(path)
    assert file_reads.kept_count(path) == 0
