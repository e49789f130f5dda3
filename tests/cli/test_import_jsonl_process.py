"""A large JSONL file imported by the command (its reading workers forked): the same as read here."""

from __future__ import annotations

import json
import signal
import sqlite3
from pathlib import Path

import psutil
import pytest

from annotator.app.importing.importer import import_paths
from annotator.app.importing.reading import ImportOptions
from annotator.app.importing.workers import MIN_BYTES_FOR_WORKERS
from annotator.store import create_project, open_project
from tests.cli.test_project_subprocess import annotator, import_until_committed

RECORDS = 2_400


def _large_jsonl(path: Path) -> Path:
    """Over MIN_BYTES_FOR_WORKERS: the command reads it with workers."""
    with path.open("w", encoding="utf-8") as out:
        for i in range(RECORDS):
            body = f"Kỳ họp thứ {i} của HĐND tỉnh. Ông Nguyễn Văn {i} phát biểu... Ý kiến? "
            # Every tenth record is decomposed (NFD) and has a carriage return: normalised on read.
            text = f"Tin số {i}\n" + body * 40
            if i % 10 == 0:
                text = text.replace("ỳ", "y\u0300").replace("\n", "\r\n")
            out.write(json.dumps({"text": text, "meta": {"n": i}}, ensure_ascii=False) + "\n")
        out.write("{not json}\n")
    assert path.stat().st_size >= MIN_BYTES_FOR_WORKERS
    return path


def _documents(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT d.id, d.title, d.source, d.text_hash, d.raw_hash, d.meta, d.length, t.body, "
            "u.version, u.starts, u.sentences FROM documents d JOIN document_bodies t ON t.doc_id = d.id "
            "JOIN document_units u ON u.doc_id = d.id ORDER BY d.id"
        ).fetchall()


@pytest.mark.slow
def test_the_command_stores_what_an_import_in_one_process_stores(tmp_path: Path) -> None:
    source = _large_jsonl(tmp_path / "big.jsonl")
    assert annotator("new", "p.db", cwd=tmp_path).returncode == 0
    done = annotator("import", "p.db", str(source), "--max-size", "100", cwd=tmp_path)
    assert done.returncode == 3, done.stderr  # the bad line was skipped, and said so
    with create_project(tmp_path / "here.db", annotator="t") as project:
        report = import_paths(project, [source], options=ImportOptions(jobs=1))
    assert done.stdout.splitlines()[0] == report.summary()
    assert done.stdout.startswith(f"{RECORDS} imported, 0 already in the project, 1 skipped")
    assert _documents(tmp_path / "p.db") == _documents(tmp_path / "here.db")


@pytest.mark.slow
def test_a_killed_jsonl_import_keeps_whole_pieces_and_a_rerun_completes(tmp_path: Path) -> None:
    source = _large_jsonl(tmp_path / "big.jsonl")
    assert annotator("new", "p.db", cwd=tmp_path).returncode == 0
    process = import_until_committed(tmp_path, source)
    workers = psutil.Process(process.pid).children()
    assert workers  # forked readers, with the command's own command line
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    gone, alive = psutil.wait_procs(workers, timeout=30)  # their requests end with the command
    assert not alive
    project = open_project(tmp_path / "p.db")
    try:
        kept = project.document_count()
        assert 0 < kept < RECORDS
        sources = [int(d.source.rsplit(":", 1)[1]) for d in project.iter_documents()]
        assert sources == list(range(1, kept + 1))  # a prefix of the file: whole pieces only
    finally:
        project.close()
    rerun = annotator("import", "p.db", str(source), "--quiet", cwd=tmp_path)
    assert rerun.returncode == 3, rerun.stderr
    assert rerun.stdout.startswith(f"{RECORDS - kept} imported, {kept} already in the project")
