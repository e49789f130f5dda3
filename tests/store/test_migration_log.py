"""Creating or upgrading a project keeps its write-ahead log small, so a nearly full disk takes it."""

from __future__ import annotations

import os
from pathlib import Path

from annotator.store import checkpoints, create_project, open_project
from annotator.store.migrations import MIGRATIONS, Migration

# The largest single migration of a new project (0001, the core tables) writes
# about 300 KB of log; the log never holds more than the limit plus one of those.
# (All of them together wrote 1.6 MB before the log was emptied along the way.)
PEAK = 640 * 1024


def _watched(path: Path, peaks: list[int], steps: tuple[Migration, ...]) -> tuple[Migration, ...]:
    """The migrations, each first noting how large the log is when it starts."""

    def watch(step: Migration) -> Migration:
        def apply(conn) -> None:
            log = Path(f"{path}-wal")
            peaks.append(log.stat().st_size if log.exists() else 0)
            step.apply(conn)

        return Migration(step.name, apply)

    return tuple(watch(step) for step in steps)


def test_a_new_project_never_keeps_much_log(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    peaks: list[int] = []
    with create_project(path, migrations=_watched(path, peaks, MIGRATIONS)):
        pass
    assert len(peaks) == len(MIGRATIONS)
    assert max(peaks) <= PEAK, max(peaks)
    assert not Path(f"{path}-wal").exists() or os.path.getsize(f"{path}-wal") == 0


def test_the_log_is_emptied_along_the_way_not_only_at_the_end(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(checkpoints, "LOG_LIMIT", 0)  # after every migration
    path = tmp_path / "p.db"
    peaks: list[int] = []
    with create_project(path, migrations=_watched(path, peaks, MIGRATIONS)):
        pass
    assert peaks.count(0) == len(MIGRATIONS)  # each one began on an empty log


def test_an_upgrade_keeps_its_log_small_and_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with create_project(path, migrations=MIGRATIONS[:3]):
        pass
    peaks: list[int] = []
    with open_project(path, migrations=_watched(path, peaks, MIGRATIONS)) as project:
        assert project.document_count() == 0
    assert peaks and max(peaks) <= PEAK
