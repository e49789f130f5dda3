"""The project commands as real processes: exit codes, a killed import, the whole corpus."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from annotator.store import open_project


def annotator(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "annotator.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


def test_new_import_info_as_processes(tmp_path, fixtures_dir):
    created = annotator("new", "p.db", cwd=tmp_path)
    assert created.returncode == 0, created.stderr
    imported = annotator("import", "p.db", str(fixtures_dir / "import"), cwd=tmp_path)
    assert imported.returncode == 3, imported.stderr  # the bad files were skipped
    assert imported.stdout.startswith("6 imported, 1 already in the project, 4 skipped")
    info = annotator("info", "p.db", cwd=tmp_path)
    assert "Documents: 6" in info.stdout
    again = annotator("new", "p.db", cwd=tmp_path)
    assert again.returncode != 0 and "already exists" in again.stderr
    wrong = annotator("info", str(fixtures_dir / "import" / "bad" / "report.txt"), cwd=tmp_path)
    assert wrong.returncode != 0 and "not a project" in wrong.stderr


def test_a_reader_that_leaves_early_gets_no_error_line(tmp_path):
    """`annotator info p.db | head -1`: the closed pipe ends the command quietly."""
    assert annotator("new", "p.db", cwd=tmp_path).returncode == 0
    proc = subprocess.Popen(
        [sys.executable, "-m", "annotator.cli", "info", "p.db"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # before the command writes its first line
    error = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 141
    assert error == ""


def _committed_count(path: Path) -> int:
    """Documents visible to another reader; 0 while the project is still being created."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def import_until_committed(tmp_path: Path, source: Path) -> subprocess.Popen[bytes]:
    """`annotator import p.db SOURCE` started in tmp_path, once it has committed a document."""
    process = subprocess.Popen(
        [sys.executable, "-m", "annotator.cli", "import", "p.db", str(source), "--quiet"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while _committed_count(tmp_path / "p.db") == 0 and time.monotonic() < deadline:
        assert process.poll() is None, "the import finished before it could be interrupted"
        time.sleep(0.01)
    return process


@pytest.mark.slow
def test_killed_import_leaves_whole_documents_and_rerun_completes(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    total = 3000
    expected = {}
    for i in range(total):
        text = f"Bài số {i}\nHội đồng nhân dân tỉnh họp phiên thứ {i} " + "và bàn nhiều việc. " * 20
        (folder / f"bai-{i:04d}.txt").write_text(text, encoding="utf-8")
        expected[f"bai-{i:04d}.txt"] = text.rstrip()
    assert annotator("new", "p.db", cwd=tmp_path).returncode == 0
    process = import_until_committed(tmp_path, folder)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)

    project = open_project(tmp_path / "p.db")
    try:
        docs = list(project.iter_documents())
        assert 0 < len(docs) < total
        for doc in docs:
            assert doc.text == expected[Path(doc.source).name]  # whole, never partial
    finally:
        project.close()
    rerun = annotator("import", "p.db", str(folder), "--quiet", cwd=tmp_path)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout.startswith(f"{total - len(docs)} imported, {len(docs)} already")
    project = open_project(tmp_path / "p.db")
    try:
        assert project.document_count() == total
    finally:
        project.close()


@pytest.mark.shared
def test_whole_dantri_corpus_imports_normalised(tmp_path, shared_dir):
    data = shared_dir / "corpus" / "unc-dantri-news" / "data"
    files = sorted(data.glob("*.txt"))
    mixed = {p.stem for p in files if not unicodedata.is_normalized("NFC", p.read_text("utf-8"))}
    assert len(mixed) == 27
    assert annotator("new", "p.db", cwd=tmp_path).returncode == 0
    result = annotator("import", "p.db", str(data), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("1283 imported, 0 already in the project, 0 skipped")
    project = open_project(tmp_path / "p.db")
    try:
        docs = list(project.iter_documents())
        assert len(docs) == 1283
        assert all(unicodedata.is_normalized("NFC", d.text) for d in docs)
        renormalised = [d for d in docs if d.meta["doc_id"] in mixed]
        assert len(renormalised) == 27
        for doc in renormalised:
            raw = (data / f"{doc.meta['doc_id']}.txt").read_text("utf-8")
            body = raw.split("\n", 3)[3]
            assert doc.text == unicodedata.normalize("NFC", body).rstrip()
    finally:
        project.close()
