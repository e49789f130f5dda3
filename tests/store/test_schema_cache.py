"""The schema the migrations create is kept between runs, under a fingerprint of their code."""

from __future__ import annotations

import functools
import json
import os
import sqlite3
from pathlib import Path

import pytest

from annotator.core.errors import AnnotatorError
from annotator.store import create_project, open_project
from annotator.store import schema_cache as cache
from annotator.store.gate import expected_definitions, replay_migrations
from annotator.store.migrations import MIGRATIONS, Migration, _script


@pytest.fixture
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_ENV, str(folder))
    expected_definitions.cache_clear()  # the in-process copy would hide the file
    yield folder
    expected_definitions.cache_clear()


def _counting(migrations: tuple[Migration, ...], calls: list[int]):
    def replay():
        calls.append(1)
        return replay_migrations(migrations)

    return replay


def test_a_second_run_reads_the_cache_and_gets_the_replay(cache_folder: Path) -> None:
    calls: list[int] = []
    first = cache.cached_definitions(MIGRATIONS, _counting(MIGRATIONS, calls))
    second = cache.cached_definitions(MIGRATIONS, _counting(MIGRATIONS, calls))
    assert calls == [1]  # replayed once, read back the second time
    assert first == second == replay_migrations(MIGRATIONS)
    assert len(list((cache_folder / "schema").glob("*.json"))) == 1


def test_a_changed_migration_is_replayed_again(cache_folder: Path) -> None:
    extra = Migration("0099_test_table", _script("CREATE TABLE test_only (x INTEGER)"))
    other = Migration("0099_test_table", _script("CREATE TABLE test_only (y TEXT)"))
    calls: list[int] = []
    for migrations in ((*MIGRATIONS, extra), (*MIGRATIONS, other), MIGRATIONS[:-1]):
        rows = cache.cached_definitions(migrations, _counting(migrations, calls))
        assert rows == replay_migrations(migrations)
    assert calls == [1, 1, 1]
    fingerprints = {cache.fingerprint(m) for m in ((*MIGRATIONS, extra), (*MIGRATIONS, other))}
    assert len(fingerprints) == 2


def test_a_python_step_s_source_is_part_of_the_fingerprint(monkeypatch) -> None:
    before = cache.fingerprint(MIGRATIONS)
    step = MIGRATIONS[0].apply  # a step written in Python: its module's source counts
    module = step.__module__
    original = cache._file_bytes(module)
    monkeypatch.setattr(
        cache,
        "_file_bytes",
        functools.cache(lambda name: original + b"# changed" if name == module else b""),
    )
    assert cache.fingerprint(MIGRATIONS) != before


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        json.dumps({"fingerprint": "another", "definitions": []}),
        json.dumps({"fingerprint": "KEY", "definitions": [["table", "x"]]}),
        json.dumps({"fingerprint": "KEY", "definitions": "nothing"}),
    ],
)
def test_a_damaged_or_foreign_entry_is_replaced(cache_folder: Path, content: str) -> None:
    key = cache.fingerprint(MIGRATIONS)
    entry = cache_folder / "schema" / f"{key}.json"
    entry.parent.mkdir(parents=True)
    entry.write_text(content.replace("KEY", key), encoding="utf-8")
    calls: list[int] = []
    rows = cache.cached_definitions(MIGRATIONS, _counting(MIGRATIONS, calls))
    assert calls == [1] and rows == replay_migrations(MIGRATIONS)
    assert json.loads(entry.read_text(encoding="utf-8"))["fingerprint"] == key


def test_an_unwritable_cache_folder_costs_only_the_replay(tmp_path: Path, monkeypatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocker / "cache"))  # under a file: cannot exist
    calls: list[int] = []
    rows = cache.cached_definitions(MIGRATIONS, _counting(MIGRATIONS, calls))
    assert calls == [1] and rows == replay_migrations(MIGRATIONS)


def test_the_gate_still_refuses_a_planted_trigger_with_the_cache_warm(
    cache_folder: Path, tmp_path: Path
) -> None:
    path = tmp_path / "p.db"
    create_project(path).close()
    open_project(path).close()  # the cache now holds this schema
    assert list((cache_folder / "schema").glob("*.json"))
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TRIGGER planted AFTER INSERT ON annotations BEGIN DELETE FROM documents; END"
    )
    conn.commit()
    conn.close()
    with pytest.raises(AnnotatorError, match="planted"):
        open_project(path)


def test_old_entries_are_removed_so_the_cache_stays_small(cache_folder: Path) -> None:
    folder = cache_folder / "schema"
    folder.mkdir(parents=True)
    for n in range(cache.KEEP_ENTRIES + 5):  # entries of older versions of the migrations
        old = folder / f"{n:064x}.json"
        old.write_text("{}", encoding="utf-8")
        os.utime(old, (1_000_000 + n, 1_000_000 + n))
    cache.cached_definitions(MIGRATIONS, lambda: replay_migrations(MIGRATIONS))
    kept = sorted(p.name for p in folder.glob("*.json"))
    assert len(kept) == cache.KEEP_ENTRIES
    assert f"{cache.fingerprint(MIGRATIONS)}.json" in kept  # the entry just written stays
    assert f"{cache.KEEP_ENTRIES + 4:064x}.json" in kept  # and the newest of the old ones
    assert f"{0:064x}.json" not in kept
