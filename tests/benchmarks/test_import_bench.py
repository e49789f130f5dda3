"""Import throughput and memory on 10,000 articles, against raw executemany in the same run."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from annotator.app.importer import import_paths
from annotator.store import create_project

ARTICLES = 10_000
BATCH = 200
TARGET_RATIO = 0.5
MAX_RSS_MB = 300


def _build_corpus(shared_dir: Path, folder: Path) -> int:
    """10,000 distinct article files: corpus articles repeated, each with a numbered sentence."""
    sources = sorted((shared_dir / "corpus" / "unc-dantri-news" / "data").glob("*.txt"))
    folder.mkdir()
    total = 0
    for i in range(ARTICLES):
        data = sources[i % len(sources)].read_bytes()
        data += f"\nBản tin tổng hợp số {i} của ban biên tập.".encode()
        (folder / f"bai-{i:05d}.txt").write_bytes(data)
        total += len(data)
    return total


class PeakRss:
    """Samples this process's resident memory in a thread while the import runs."""

    def __init__(self) -> None:
        self.process = psutil.Process()
        self.peak = self.process.memory_info().rss
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, self.process.memory_info().rss)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _rows(folder: Path) -> Iterator[tuple[str, str, str, str, str]]:
    """The same rows the importer stores, by the plainest path: read, decode, NFC, hash."""
    now = time.time()
    for path in sorted(folder.iterdir()):
        data = path.read_bytes()
        text = unicodedata.normalize("NFC", data.decode("utf-8")).split("\n", 3)[3]
        digest = hashlib.sha256(text.encode()).hexdigest()
        yield (
            (text.split("\n", 1)[0], str(path), hashlib.sha256(data).hexdigest(), digest, now),
            text,
        )


def _raw_insert(conn: sqlite3.Connection, folder: Path, *, with_texts: bool) -> float:
    """Seconds to executemany every row, BATCH rows per transaction."""
    start = time.perf_counter()
    batch: list = []
    next_id = 1

    def flush() -> None:
        nonlocal next_id
        ids = range(next_id, next_id + len(batch))
        next_id += len(batch)
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO documents (id, title, source, raw_hash, text_hash, created, updated) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(i, *row, row[-1]) for i, (row, _) in zip(ids, batch, strict=True)],
        )
        if with_texts:
            conn.executemany(
                "INSERT INTO document_texts (doc_id, text) VALUES (?, ?)",
                zip(ids, (text for _, text in batch), strict=True),
            )
        conn.execute("COMMIT")
        batch.clear()

    for item in _rows(folder):
        batch.append(item)
        if len(batch) >= BATCH:
            flush()
    if batch:
        flush()
    return time.perf_counter() - start


def _equivalent_database(path: Path) -> sqlite3.Connection:
    """A database with exactly the project's tables, indexes, triggers and full-text index."""
    create_project(path, annotator="bench").close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def _plain_table(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(
        "CREATE TABLE documents (id INTEGER PRIMARY KEY, title TEXT, source TEXT, "
        "raw_hash TEXT, text_hash TEXT UNIQUE, created REAL, updated REAL, text TEXT)"
    )
    return conn


@pytest.mark.shared
def test_import_throughput_and_memory(shared_dir: Path, tmp_path: Path):
    folder = tmp_path / "articles"
    size = _build_corpus(shared_dir, folder)

    project = create_project(tmp_path / "project.db", annotator="bench")
    with PeakRss() as rss:
        start = time.perf_counter()
        report = import_paths(project, [folder])
        import_seconds = time.perf_counter() - start
    stored = project.document_count()
    project.close()
    assert report.imported == ARTICLES == stored, report.summary()

    equivalent = _equivalent_database(tmp_path / "raw-equivalent.db")
    equivalent_seconds = _raw_insert(equivalent, folder, with_texts=True)
    assert equivalent.execute("SELECT count(*) FROM document_texts").fetchone()[0] == ARTICLES
    plain = _plain_table(tmp_path / "raw-plain.db")
    plain_seconds = _raw_insert(plain, folder, with_texts=False)

    import_rate = ARTICLES / import_seconds
    equivalent_rate = ARTICLES / equivalent_seconds
    plain_rate = ARTICLES / plain_seconds
    ratio = import_rate / equivalent_rate
    peak_mb = rss.peak / 1_048_576
    print(
        f"\nimport: {ARTICLES} articles, {size / 1_048_576:.1f} MB in {import_seconds:.2f} s "
        f"= {import_rate:.0f} docs/s; peak RSS {peak_mb:.0f} MB (limit {MAX_RSS_MB})"
        f"\nraw executemany, same schema with full-text index: {equivalent_rate:.0f} docs/s "
        f"-> ratio {ratio:.2f} (target >= {TARGET_RATIO})"
        f"\nraw executemany, one plain table without indexes: {plain_rate:.0f} docs/s "
        f"-> ratio {import_rate / plain_rate:.2f} (for information)"
    )
    assert peak_mb <= MAX_RSS_MB
    assert ratio >= TARGET_RATIO
