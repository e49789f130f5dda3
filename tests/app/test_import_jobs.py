"""Reading an import's work: multi-record files cut into pieces, read here or by workers alike."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.app.importing import jobs as import_jobs
from annotator.app.importing import workers as import_workers
from annotator.app.importing.reading import ImportOptions


def _jsonl(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            out.write(json.dumps({"text": f"Tin số {i}.", "label": [[0, 3, "EVENT"]]}) + "\n")
    return path


def test_a_large_file_is_cut_into_pieces_of_whole_records(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "a.jsonl", 20_000)
    jobs = list(import_jobs.plan([path], ImportOptions()))
    assert len(jobs) > 2 and all(job.piece is not None for job in jobs)
    assert [job.last for job in jobs] == [False] * (len(jobs) - 1) + [True]
    assert b"".join(job.piece.data for job in jobs) == path.read_bytes()


def test_small_articles_stay_whole_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Một bài báo.", encoding="utf-8")
    (job,) = list(import_jobs.plan([tmp_path / "a.txt"], ImportOptions()))
    assert job.piece is None


def test_pieces_read_by_workers_give_what_this_process_reads(tmp_path: Path, monkeypatch) -> None:
    path = _jsonl(tmp_path / "a.jsonl", 12_000)
    here = list(import_jobs.read_all([path], options=ImportOptions(jobs=1)))
    monkeypatch.setattr(import_workers, "MIN_BYTES_FOR_WORKERS", 0)
    assert import_workers.worker_count(0, 1, path.stat().st_size) >= 1
    there = list(import_jobs.read_all([path], options=ImportOptions(jobs=2)))
    assert there == here
    assert sum(len(r.items) for r in here) == 12_000
