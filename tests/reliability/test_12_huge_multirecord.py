"""Item 12: huge multi-record files import in bounded memory, per batch, resumably.

One 200 MB JSONL line ran for minutes at gigabytes of memory once the size
cap was raised, and a million records were one transaction. JSONL, CoNLL
and PhoNER files are now read in pieces of whole records: each piece is
committed on its own (an interrupted import keeps what it stored, and a
re-run finishes it without duplicates), and a record over the per-record
limit is skipped unread, with its line and size, while the rest is kept.
Plain-text articles keep their 5 MB limit; corpus files have their own.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

from annotator.app.importing.importer import import_paths
from annotator.app.importing.reading import DEFAULT_MAX_BYTES, ImportOptions
from annotator.store import create_project
from tests.benchmarks.memory import PeakRss

RECORDS = 6000


def _write_records(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            record = {"text": f"Bản tin số {i}: Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ {i}."}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def test_a_200_mb_line_is_refused_quickly_and_the_next_record_kept(tmp_path: Path) -> None:
    path = tmp_path / "huge.jsonl"
    with path.open("w", encoding="utf-8") as out:
        out.write(json.dumps({"text": "Dòng đầu vẫn được nhập."}, ensure_ascii=False) + "\n")
        out.write('{"text": "')
        block = "a" * (1 << 20)
        for _ in range(200):
            out.write(block)
        out.write('"}\n')
        out.write(json.dumps({"text": "Dòng sau vẫn được nhập."}, ensure_ascii=False) + "\n")
    project = create_project(tmp_path / "p.db", annotator="tester")
    try:
        with PeakRss() as memory:
            started = time.monotonic()
            report = import_paths(project, [path], options=ImportOptions(jobs=1))
            seconds = time.monotonic() - started
        texts = sorted(project.document(i).text for i in project.document_ids())
    finally:
        project.close()
    assert texts == ["Dòng sau vẫn được nhập.", "Dòng đầu vẫn được nhập."]
    (skipped,) = report.skipped
    assert (
        "line 2" in skipped.reason
        and "200.0 MB is over the 20 MB limit per record" in skipped.reason
    )
    assert seconds < 30, f"{seconds:.1f} s to refuse one long line"
    assert memory.peak - memory.start < 150 * 1024 * 1024, "the long line was held in memory"


def test_an_interrupted_import_keeps_whole_pieces_and_a_rerun_finishes(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    _write_records(path, RECORDS)
    project = create_project(tmp_path / "p.db", annotator="tester")
    cancel = threading.Event()
    parts: list[str] = []

    def progress(event) -> None:  # noqa: ANN001
        parts.append(event.current)
        cancel.set()  # stop after the first piece

    try:
        first = import_paths(
            project, [path], options=ImportOptions(jobs=1), progress=progress, cancel=cancel
        )
        kept = project.document_count()
        assert first.cancelled and 0 < kept < RECORDS, (kept, parts)
        again = import_paths(project, [path], options=ImportOptions(jobs=1))
        assert project.document_count() == RECORDS
        assert again.imported == RECORDS - kept and again.duplicates == kept
        texts = [project.document(i).text for i in project.document_ids()]
        assert len(set(texts)) == RECORDS
    finally:
        project.close()


def test_pieces_are_committed_within_a_file(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    _write_records(path, RECORDS)
    project = create_project(tmp_path / "p.db", annotator="tester")
    seen: list[int] = []
    try:
        # Another connection counts the committed documents after each piece is read.
        def progress(event) -> None:  # noqa: ANN001
            reader = create_reader(project.path)
            seen.append(reader)

        import_paths(project, [path], options=ImportOptions(jobs=1), progress=progress)
    finally:
        project.close()
    # While the file was still being read, part of it was already committed.
    assert any(0 < n < RECORDS for n in seen) and seen == sorted(seen), seen


def create_reader(path: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    finally:
        conn.close()


def test_a_corpus_file_over_the_article_limit_is_imported(tmp_path: Path) -> None:
    # The article limit, lowered so the test stays small: a CoNLL export larger than it
    # (the tool's own 5.5 MB export used to be refused as "one article") is read in pieces.
    limit = 64 * 1024
    path = tmp_path / "big.conll"
    sentence = "".join(f"Từ{i}\tO\n" for i in range(40)) + "Huế\tB-LOC\n\n"
    copies = limit // len(sentence.encode()) * 2
    with path.open("w", encoding="utf-8") as out:
        for i in range(copies):
            out.write(f"Câu{i}\tO\n" + sentence)
    assert path.stat().st_size > limit
    project = create_project(tmp_path / "p.db", annotator="tester")
    try:
        report = import_paths(project, [path], options=ImportOptions(jobs=1, max_bytes=limit))
        article = tmp_path / "article.txt"
        article.write_text("Một câu. " * (limit // 5), encoding="utf-8")
        refused = import_paths(project, [article], options=ImportOptions(max_bytes=limit))
    finally:
        project.close()
    assert report.imported == copies and not report.skipped
    (skipped,) = refused.skipped
    assert "limit for one plain-text article" in skipped.reason


def test_a_plain_article_keeps_its_five_megabyte_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("Một câu rất dài. " * (DEFAULT_MAX_BYTES // 10), encoding="utf-8")
    project = create_project(tmp_path / "p.db", annotator="tester")
    try:
        report = import_paths(project, [path])
    finally:
        project.close()
    (skipped,) = report.skipped
    assert "over the 5 MB limit for one plain-text article" in skipped.reason
