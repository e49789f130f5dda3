"""Workers started before their work: used by the import, never blocking the caller, forked safely."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import psutil
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.app import worker_processes
from annotator.app.importing import jobs as import_jobs
from annotator.app.importing import workers as import_workers
from annotator.app.importing.reading import ImportOptions
from annotator.app.importing.workers import WARM_UP
from annotator.app.workers import WorkerPool, map_in_workers
from annotator.formats.records import Piece
from tests.app._worker_reads import size_and_pid

REPO = Path(__file__).resolve().parents[2]


def _children() -> set[int]:
    return {child.pid for child in psutil.Process().children(recursive=True)}


def _jsonl(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            text = f"Tin số {i}. Hội nghị Tỉnh ủy lần thứ {i}.\nÔng Nguyễn Văn A phát biểu. " * 3
            out.write(json.dumps({"text": text, "label": [[0, 3, "EVENT"]]}) + "\n")
    return path


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=600_000), max_size=60))
def test_requests_keep_every_job_in_order_and_start_small(sizes: list[int]) -> None:
    jobs = [
        import_jobs.Job("a.jsonl", Piece(b"x" * size), "jsonl", i) for i, size in enumerate(sizes)
    ]
    requests = list(import_jobs.requests_of(jobs))
    assert [job for request in requests for job in request] == jobs
    limit = import_jobs.FIRST_REQUEST_BYTES
    for request in requests:
        assert 0 < len(request) <= import_jobs.REQUEST_JOBS
        # A request closes at the job that reaches its limit, which doubles up to the full size.
        assert sum(len(job.piece.data) for job in request[:-1]) < limit
        limit = min(limit * 2, import_jobs.REQUEST_BYTES)


def test_a_started_pool_reads_the_import_and_leaves_no_process(tmp_path: Path, monkeypatch) -> None:
    path = _jsonl(tmp_path / "a.jsonl", 3_000)
    monkeypatch.setattr(import_workers, "MIN_BYTES_FOR_WORKERS", 0)
    here = list(import_jobs.read_all([path], options=ImportOptions(jobs=1)))
    before = _children()
    with WorkerPool(2, warm=WARM_UP) as pool:
        started = _children() - before
        assert len(started) == 2
        there = list(import_jobs.read_all([path], options=ImportOptions(jobs=2), pool=pool))
        assert len(pool) == 0  # the import took both
    assert there == here
    assert not (started & _children())


def test_the_pools_workers_do_the_work_and_an_unused_pool_stops_its_own() -> None:
    before = _children()
    with WorkerPool(2) as pool:
        pids = _children() - before
        results = list(
            map_in_workers(
                size_and_pid, [b"ab"] * 50, None, 2, per_request=5, in_flight=2, pool=pool
            )
        )
    assert [size for size, _ in results] == [2] * 50
    assert {pid for _, pid in results} == pids
    with WorkerPool(2):
        unused = _children() - before
    assert len(unused) == 2 and not (unused & _children())


def test_requests_go_out_while_the_worker_is_still_busy(tmp_path: Path, monkeypatch) -> None:
    """A request larger than a pipe holds does not keep the caller waiting for the worker."""
    go = tmp_path / "go"
    monkeypatch.setenv("ANNOTATOR_TEST_GO", str(go))
    with WorkerPool(1, warm="tests.app._worker_reads:wait_for_go") as pool:
        (worker,) = pool.take(1)
        chunks = [[bytes([i]) * (2 << 20)] for i in range(3)]

        def ask_all() -> None:
            for chunk in chunks:
                worker.ask(size_and_pid, chunk, None)

        asking = threading.Thread(target=ask_all)
        asking.start()
        asking.join(timeout=20)
        finished_asking_while_busy = not asking.is_alive() and not go.exists()
        go.touch()
        answers = [worker.answer() for _ in chunks]
        worker.stop(finished=True)
    assert finished_asking_while_busy
    assert [[size for size, _ in answer] for answer in answers] == [[2 << 20]] * 3


def test_no_fork_while_another_thread_runs() -> None:
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert not worker_processes.can_fork()
        with WorkerPool(1, fork=True) as pool:
            (worker,) = pool.take(1)
            assert isinstance(worker.process, subprocess.Popen)
            worker.stop(finished=True)
    finally:
        release.set()
        other.join()


_FORKED = """
import json, sys
from pathlib import Path
from annotator.app import worker_processes
from annotator.app.importing import jobs
from annotator.app.importing.reading import ImportOptions
from annotator.app.importing.workers import WARM_UP
from annotator.app.workers import WorkerPool
path = Path(sys.argv[1])
import annotator.app.importing.workers as import_workers
import_workers.MIN_BYTES_FOR_WORKERS = 0
with WorkerPool(2, warm=WARM_UP, fork=True) as pool:
    kinds = sorted(type(worker.process).__name__ for worker in pool._idle)
    there = list(jobs.read_all([path], options=ImportOptions(jobs=2), pool=pool))
here = list(jobs.read_all([path], options=ImportOptions(jobs=1)))
print(json.dumps({"kinds": kinds, "same": there == here, "documents": sum(len(r.items) for r in here)}))
"""


def test_forked_workers_read_what_this_process_reads(tmp_path: Path) -> None:
    """A fresh process (one thread, as the command line is) forks its workers."""
    path = _jsonl(tmp_path / "a.jsonl", 2_000)
    done = subprocess.run(
        [sys.executable, "-c", _FORKED, str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
        timeout=300,
    )
    found = json.loads(done.stdout)
    assert found == {"kinds": ["ForkedWorker"] * 2, "same": True, "documents": 2_000}


_WARM_FAILS = """
import json
from annotator.app.workers import WorkerPool
from tests.app._worker_reads import size_and_pid
from annotator.app.workers import map_in_workers
with WorkerPool(2, warm="tests.app._worker_reads:no_such_function", fork=True) as pool:
    kinds = sorted(type(worker.process).__name__ for worker in pool._idle)
    sizes = [s for s, _ in map_in_workers(size_and_pid, [b"abc"] * 9, None, 2, per_request=2, in_flight=2, pool=pool)]
print(json.dumps({"kinds": kinds, "sizes": sizes}))
"""


def test_a_warm_up_that_fails_forks_nothing_and_the_work_is_still_done() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _WARM_FAILS],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
        timeout=120,
    )
    assert json.loads(done.stdout) == {"kinds": ["Popen", "Popen"], "sizes": [3] * 9}
