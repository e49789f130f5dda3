"""Import throughput and memory on 10,000 articles, against raw executemany in the same run.

The baseline stores exactly the rows the importer stored (checked row by row):
documents with every column, their texts, their stored tokens, their
full-text entries and an action-log row per batch of 200, read by the
plainest path (read, decode, drop invisibles, NFC, hash) and written with
`executemany`.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from annotator.app.importing.importer import import_paths
from annotator.core.textnorm import DROPPED
from annotator.core.textpack import pack, unpack
from annotator.store import create_project
from tests.benchmarks.memory import PeakRss

ARTICLES = 10_000
BATCH = 200
TARGET_RATIO = 0.5
MAX_RSS_MB = 300
# Runs of each side; the best counts (see the test's docstring).
ROUNDS = 3


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


# Per source file: title, title key, meta, regions, length, and the stored units.
Extras = dict[str, tuple[object, ...]]

_DOCUMENT_COLUMNS = (
    "id, title, title_key, source, raw_hash, text_hash, meta, regions, length, created, updated"
)


def _imported_rows(path: Path) -> tuple[Extras, list[tuple[object, ...]]]:
    """What the importer stored: the columns only its readers compute, and every row."""
    conn = sqlite3.connect(path)
    try:
        extras = {
            row[0]: row[1:]
            for row in conn.execute(
                "SELECT source, title, title_key, meta, regions, length, "
                "u.version, u.forms, u.starts, u.sentences FROM documents d "
                "JOIN document_units u ON u.doc_id = d.id"
            )
        }
        stored = [
            (*row[:9], unpack(row[9], row[0]), *row[10:])
            for row in conn.execute(
                f"SELECT {_DOCUMENT_COLUMNS.replace('created, updated', 'body')}, "
                "u.version, u.forms, u.starts, u.sentences FROM documents d "
                "JOIN document_bodies t ON t.doc_id = d.id "
                "JOIN document_units u ON u.doc_id = d.id ORDER BY d.id"
            )
        ]
    finally:
        conn.close()
    return extras, stored


# What the importer drops: control characters and the invisibles of textnorm.
_INVISIBLE = dict.fromkeys([*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F, *map(ord, DROPPED)], None)


def _rows(
    folder: Path, extras: Extras
) -> Iterator[tuple[tuple[object, ...], str, tuple[object, ...]]]:
    """The importer's rows by the plainest path: read, decode, drop invisibles, NFC, hash.

    Title, title key, metadata, regions and the stored tokens come from the
    imported project (prepared before timing), so the baseline stores exactly
    the same values without paying for the article analysis that produced them.
    """
    now = time.time()
    for path in sorted(folder.iterdir()):
        data = path.read_bytes()
        text = data.decode("utf-8").translate(_INVISIBLE).replace("\r\n", "\n")
        text = unicodedata.normalize("NFC", text).split("\n", 3)[3].rstrip()
        digest = hashlib.sha256(text.encode()).hexdigest()
        title, title_key, meta, regions, length, *units = extras[str(path)]
        row = (title, title_key, str(path), hashlib.sha256(data).hexdigest(), digest, meta)
        yield (*row, regions, length, now, now), text, tuple(units)


def _raw_insert(conn: sqlite3.Connection, folder: Path, extras: Extras, *, full: bool) -> float:
    """Seconds to executemany every row, BATCH rows per transaction.

    `full`: the project's schema, with each document's row, its text, its
    full-text entry and one action-log row per batch, as the importer writes
    them. Otherwise one plain table holds the row and the text.
    """
    start = time.perf_counter()
    batch: list[tuple[tuple[object, ...], str, tuple[object, ...]]] = []
    next_id = 1

    def flush() -> None:
        nonlocal next_id
        ids = range(next_id, next_id + len(batch))
        next_id += len(batch)
        conn.execute("BEGIN")
        if full:
            texts = list(zip(ids, (text for _, text, _ in batch), strict=True))
            conn.executemany(
                f"INSERT INTO documents ({_DOCUMENT_COLUMNS}) VALUES ({', '.join('?' * 11)})",
                [(i, *row) for i, (row, _, _) in zip(ids, batch, strict=True)],
            )
            conn.executemany(
                "INSERT INTO document_bodies (doc_id, body) VALUES (?, ?)",
                [(i, pack(text)) for i, text in texts],
            )
            conn.executemany(
                "INSERT INTO document_units (doc_id, version, forms, starts, sentences) "
                "VALUES (?, ?, ?, ?, ?)",
                [(i, *units) for i, (_, _, units) in zip(ids, batch, strict=True)],
            )
            conn.executemany("INSERT INTO documents_fts (rowid, text) VALUES (?, ?)", texts)
            conn.execute(
                "INSERT INTO action_log (time, annotator, doc_ids, op, kind) "
                "VALUES (?, 'bench', ?, '{}', 'import')",
                (time.time(), json.dumps(list(ids))),
            )
        else:
            conn.executemany(
                f"INSERT INTO documents ({_DOCUMENT_COLUMNS}, text) VALUES ({', '.join('?' * 12)})",
                [(i, *row, text) for i, (row, text, _) in zip(ids, batch, strict=True)],
            )
        conn.execute("COMMIT")
        batch.clear()

    for item in _rows(folder, extras):
        batch.append(item)
        if len(batch) >= BATCH:
            flush()
    if batch:
        flush()
    return time.perf_counter() - start


def _equivalent_database(path: Path) -> sqlite3.Connection:
    """A database with exactly the project's tables, indexes, triggers and full-text index.

    Opened with the pragmas of a project connection (store.connection.connect).
    """
    create_project(path, annotator="bench").close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA cache_size = -32000")
    return conn


def _plain_table(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(
        "CREATE TABLE documents (id INTEGER PRIMARY KEY, title TEXT, title_key TEXT, "
        "source TEXT, raw_hash TEXT, text_hash TEXT UNIQUE, meta TEXT, regions TEXT, "
        "length INTEGER, created REAL, updated REAL, text TEXT)"
    )
    return conn


def _import_once(folder: Path, path: Path) -> tuple[float, int]:
    """Seconds to import `folder` into a new project at `path`, and the peak memory."""
    project = create_project(path, annotator="bench")
    with PeakRss() as rss:
        start = time.perf_counter()
        report = import_paths(project, [folder])
        seconds = time.perf_counter() - start
    stored = project.document_count()
    project.close()
    assert report.imported == ARTICLES == stored, report.summary()
    return seconds, rss.peak


def _baseline_once(folder: Path, path: Path, extras: Extras) -> float:
    conn = _equivalent_database(path)
    seconds = _raw_insert(conn, folder, extras, full=True)
    conn.close()
    return seconds


@pytest.mark.shared
def test_import_throughput_and_memory(shared_dir: Path, tmp_path: Path):
    """Importer and baseline run ROUNDS times, interleaved; the fastest run of each counts.

    Other programs on the machine slow one run or another; taking the best
    run for both sides keeps the comparison fair without favouring either.
    """
    folder = tmp_path / "articles"
    size = _build_corpus(shared_dir, folder)
    before = psutil.Process().memory_info().rss

    imports, baselines = [], []
    seconds, peak = _import_once(folder, tmp_path / "project-0.db")
    imports.append(seconds)
    extras, imported = _imported_rows(tmp_path / "project-0.db")
    baselines.append(_baseline_once(folder, tmp_path / "raw-0.db", extras))
    # The baseline stored exactly the importer's rows (all but the timestamps).
    assert _imported_rows(tmp_path / "raw-0.db")[1] == imported
    del imported
    for n in range(1, ROUNDS):
        # Only the first import ran in a clean process, so only it gives the
        # memory figure: by now the test itself holds the rows it compared.
        imports.append(_import_once(folder, tmp_path / f"project-{n}.db")[0])
        baselines.append(_baseline_once(folder, tmp_path / f"raw-{n}.db", extras))
    plain = _plain_table(tmp_path / "raw-plain.db")
    plain_seconds = _raw_insert(plain, folder, extras, full=False)
    plain.close()

    import_rate = ARTICLES / min(imports)
    equivalent_rate = ARTICLES / min(baselines)
    plain_rate = ARTICLES / plain_seconds
    ratio = import_rate / equivalent_rate
    peak_mb = peak / 1_048_576
    runs = ", ".join(f"{s:.2f}" for s in imports)
    raw_runs = ", ".join(f"{s:.2f}" for s in baselines)
    print(
        f"\nimport: {ARTICLES} articles, {size / 1_048_576:.1f} MB in {runs} s, "
        f"best {import_rate:.0f} docs/s; peak RSS {peak_mb:.0f} MB with workers "
        f"(limit {MAX_RSS_MB}; {before / 1_048_576:.0f} MB before importing)"
        f"\nraw executemany of the same rows (same schema, full-text index, log): "
        f"{raw_runs} s, best {equivalent_rate:.0f} docs/s "
        f"-> ratio {ratio:.2f} (target >= {TARGET_RATIO})"
        f"\nraw executemany, one plain table without full-text index: {plain_rate:.0f} docs/s "
        f"-> ratio {import_rate / plain_rate:.2f} (for information)"
    )
    assert peak_mb <= MAX_RSS_MB
    assert ratio >= TARGET_RATIO
