"""Crash safety: a writer killed with SIGKILL never loses an acknowledged edit."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator.core.model import SourceDocument
from annotator.store import create_project, open_project

WRITER = Path(__file__).with_name("durability_writer.py")
ROUNDS = 25


def _run_and_kill(path: Path, mode: str, seed: int, rng: random.Random) -> list[str]:
    """Start the writer, let it work a random while, SIGKILL it; return its full lines."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(path), mode, str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()  # wait until it is really writing
    if not first:
        raise AssertionError(proc.stderr.read().decode() if proc.stderr else "writer died")
    time.sleep(rng.uniform(0.0, 0.25))
    proc.send_signal(signal.SIGKILL)
    rest, _ = proc.communicate(timeout=30)
    text = first.decode() + rest.decode()
    # A line cut by the kill has no newline: it was not acknowledged.
    return [line for line in text.split("\n")[:-1] if line]


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.slow
def test_acknowledged_edits_survive_sigkill(tmp_path: Path) -> None:
    path = tmp_path / "crash.db"
    text = "Ông Phan Việt Cường, Bí thư Tỉnh ủy, chủ trì hội nghị. " * 40
    with create_project(path) as project:
        project.add_document(SourceDocument(text=text, title="bài"))
    rng = random.Random(20240223)
    acknowledged_spans: dict[int, tuple[int, int]] = {}
    acknowledged_docs: dict[int, str] = {}
    started = time.monotonic()
    for round_no in range(ROUNDS):
        mode = "import" if round_no % 3 == 2 else "spans"
        lines = _run_and_kill(path, mode, round_no, rng)
        assert lines, f"round {round_no}: the writer acknowledged nothing"
        for line in lines:
            kind, ident, *rest = line.split(" ")
            if kind == "span":
                acknowledged_spans[int(ident)] = (int(rest[0]), int(rest[1]))
            else:
                acknowledged_docs[int(ident)] = rest[0]
        assert _integrity(path) == "ok", f"round {round_no}"
        with open_project(path) as reopened:
            doc_id = reopened.document_ids()[0]
            stored = {s.id: (s.start, s.end) for s in reopened.spans(doc_id)}
            missing = {k: v for k, v in acknowledged_spans.items() if stored.get(k) != v}
            assert not missing, f"round {round_no}: acknowledged spans lost: {missing}"
            titles = {row.id: row.title for row in reopened.document_rows(limit=100_000)}
            lost = {k: v for k, v in acknowledged_docs.items() if titles.get(k) != v}
            assert not lost, f"round {round_no}: acknowledged documents lost: {lost}"
            assert reopened.document_rows()[0].span_count == len(stored)
    assert len(acknowledged_spans) > ROUNDS and acknowledged_docs
    assert time.monotonic() - started < 120
