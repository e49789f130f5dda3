"""Large imports read files in worker processes: same results, file order, bounded, robust."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psutil
import pytest

from annotator.app import worker_processes
from annotator.app.importing import workers as import_workers
from annotator.app.importing.importer import import_paths
from annotator.app.importing.reading import ImportOptions, read_file
from annotator.app.importing.workers import MIN_FILES_FOR_WORKERS, read_in_workers, worker_count
from annotator.core.model import SourceDocument
from annotator.formats.registry import _READERS, Reader, register_reader
from annotator.store import create_project
from tests.app._worker_reads import die_in_worker, name_and_pid

FILES = MIN_FILES_FOR_WORKERS + 37  # not a multiple of the chunk size


def _articles(folder: Path, count: int = FILES) -> list[Path]:
    folder.mkdir()
    paths = []
    for i in range(count):
        path = folder / f"bai-{i:04d}.txt"
        body = f"Bài số {i}\nỦy ban nhân dân tỉnh họp phiên thứ {i}. Ảnh: N.Đ"
        path.write_bytes(body.encode("utf-8") if i % 7 else b"\xef\xbb\xbf" + body.encode())
        paths.append(path)
    (folder / "bai-0003.txt").write_bytes(b"%PDF-1.4 binary")
    (folder / "bai-0005.txt").write_bytes(b"")
    return paths


def _children() -> set[int]:
    return {child.pid for child in psutil.Process().children(recursive=True)}


def test_workers_give_the_same_results_in_file_order(tmp_path):
    paths = _articles(tmp_path / "a")
    options = ImportOptions()
    here = [read_file(str(p), options) for p in paths]
    assert list(read_in_workers(read_file, paths, options, 2)) == here


def test_files_are_really_read_by_two_other_processes(tmp_path):
    paths = _articles(tmp_path / "a")
    results = list(read_in_workers(name_and_pid, paths, None, 2))
    assert [name for name, _ in results] == [p.name for p in paths]
    pids = {pid for _, pid in results}
    assert len(pids) == 2 and os.getpid() not in pids
    assert not (pids & _children())  # stopped once every file was read


def test_an_import_with_workers_equals_one_without(tmp_path):
    folder = tmp_path / "a"
    _articles(folder)
    reports = {}
    for jobs in (1, 2):
        with create_project(tmp_path / f"p{jobs}.db", annotator="t") as project:
            report = import_paths(project, [folder], options=ImportOptions(jobs=jobs))
            texts = [(d.id, d.source, d.text, d.regions) for d in project.iter_documents()]
        reports[jobs] = (report.outcomes, report.summary(), texts)
    assert reports[1] == reports[2]
    outcomes, summary, texts = reports[2]
    assert summary.startswith(f"{FILES - 2} imported, 0 already in the project, 2 skipped")
    assert [source for _, source, _, _ in texts] == sorted(source for _, source, _, _ in texts)


@pytest.mark.parametrize("where", [0, 30, 100, FILES - 1])
def test_a_dying_worker_does_not_lose_or_reorder_files(tmp_path, where):
    paths = _articles(tmp_path / "a")
    paths[where] = paths[where].rename(paths[where].with_name(f"die-{where:04d}.txt"))
    before = _children()
    results = list(read_in_workers(die_in_worker, paths, os.getpid(), 2))
    assert [name for name, _ in results] == [p.name for p in paths]
    # The files from the dead worker's queue on were read here.
    assert results[where][1] == os.getpid() and results[-1][1] == os.getpid()
    assert _children() <= before


def test_a_worker_that_cannot_start_leaves_the_reading_here(tmp_path, monkeypatch):
    paths = _articles(tmp_path / "a")
    monkeypatch.setattr(worker_processes.sys, "executable", str(tmp_path / "no-python"))
    results = list(read_in_workers(name_and_pid, paths, None, 2))
    assert [name for name, _ in results] == [p.name for p in paths]
    assert {pid for _, pid in results} == {os.getpid()}


def test_closing_early_stops_the_workers(tmp_path):
    paths = _articles(tmp_path / "a")
    before = _children()
    results = read_in_workers(name_and_pid, paths, None, 2)
    first = [next(results) for _ in range(5)]
    workers = {pid for _, pid in first} | (_children() - before)
    assert workers
    results.close()
    assert not (workers & _children())


def test_worker_count_choices(tmp_path):
    assert worker_count(1, 10_000) == 0  # asked to stay in this process
    assert worker_count(0, MIN_FILES_FOR_WORKERS - 1) == 0  # too small to pay off
    assert worker_count(3, 10_000) == 3
    assert 1 <= worker_count(0, 10_000) <= import_workers.MAX_WORKERS


def test_a_reader_registered_from_outside_keeps_reading_here():
    def read(path: Path, data: bytes):
        yield SourceDocument(text=data.decode())

    reader = Reader("test-outside", (".outside",), lambda p, h: False, read)
    register_reader(reader)
    try:
        assert worker_count(2, 10_000) == 0  # a worker process would not know it
    finally:
        del _READERS[reader.name]
    assert worker_count(2, 10_000) == 2


@pytest.mark.parametrize("jobs", [2])
def test_cancel_with_workers_stops_them(tmp_path, jobs):
    import threading

    folder = tmp_path / "a"
    _articles(folder)
    cancel = threading.Event()
    before = _children()
    seen = []

    def progress(update):
        seen.append(update.files_done)
        if update.files_done == 30:
            cancel.set()

    with create_project(tmp_path / "p.db", annotator="t") as project:
        report = import_paths(
            project, [folder], options=ImportOptions(jobs=jobs), progress=progress, cancel=cancel
        )
        assert report.cancelled and project.document_count() <= 31
    assert _children() <= before


def test_a_worker_imports_only_what_reading_needs():
    """Worker processes start for every large import: no report, labels or write path in them."""
    code = (
        "import sys; from annotator.app.worker_processes import serve; "
        "from annotator.app.importing.jobs import read_requests, warm_up; warm_up(); "
        "print(' '.join(sorted(sys.modules)))"
    )
    found = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert "annotator.app.importing.reading" in found
    unwanted = {
        "annotator.app.importing.report",
        "annotator.app.importing.labels",
        "annotator.core.operations",
        "annotator.store",
        "sqlite3",
        "underthesea",
    }
    assert unwanted.isdisjoint(found)
