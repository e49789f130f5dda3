"""Item 18: a full disk (or a file size limit) at every step gives a clear message and leaves no debris.

Before: open said "disk I/O error" or "damaged or not a project", export
raised OSError, `new` left a 0-byte file that blocked a retry, a migration
left a 0-byte backup, and `ulimit -f` gave tracebacks.
"""

from __future__ import annotations

import hashlib
import os
import random
import resource
import subprocess
import sys
from pathlib import Path

from annotator.core.model import SourceDocument
from annotator.core.operations import SetStatus
from annotator.store import create_project, open_project
from annotator.store.errors import DiskFullError
from annotator.store.migrations import MIGRATIONS
from tests.reliability.filesystems import full_disk
from tests.reliability.processes import REPO, TEXT, new_project, run_cli
from tests.store.helpers import write_first_version_article


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "filler")


def test_new_on_a_full_disk_leaves_nothing_and_can_be_retried(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    with full_disk(disk) as fill:
        fill()
        result = run_cli("new", str(disk / "p.db"))
        assert result.exit_code == 1 and "could not be created: the disk is full" in result.output
        assert _listing(disk) == []
        (disk / "filler").unlink()
        assert run_cli("new", str(disk / "p.db")).exit_code == 0


def test_a_full_disk_still_lets_a_project_be_read(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    with full_disk(disk) as fill:
        path = new_project(disk / "p.db", documents=2)
        fill()
        result = run_cli("info", str(path))
        assert result.exit_code == 0 and "Documents: 2" in result.output
        assert "disk holding p.db is full" in result.output
        assert _listing(disk) == ["p.db"]
        imported = run_cli("import", str(path), str(tmp_path))
        assert imported.exit_code == 1 and "disk" in imported.output
        assert _listing(disk) == ["p.db"]


def test_edits_on_a_full_disk_are_refused_whole(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    with full_disk(disk, size_kb=3072) as _fill:
        path = new_project(disk / "p.db")
        stored = 0
        with open_project(path) as project:
            try:
                for i in range(2000):
                    text = f"Văn bản số {i}. " + TEXT * 3
                    project.add_document(SourceDocument(text=text, title=str(i)))
                    stored += 1
            except DiskFullError as exc:
                assert "disk is full" in str(exc)
            else:
                raise AssertionError("the disk never filled up")
        with open_project(path, access="read") as reread:
            assert reread.document_count() == stored + 1


def test_an_export_to_a_full_disk_says_so_and_leaves_nothing(tmp_path: Path) -> None:
    path = new_project(tmp_path / "p.db", documents=150)
    with open_project(path) as project:
        session = project.session()
        for doc in project.document_ids():
            session.apply(SetStatus(doc, "done"))
    disk = tmp_path / "disk"
    with full_disk(disk, size_kb=64):
        result = run_cli(
            "export", str(path), "--format", "conll", "--out", str(disk / "ds"), "--quiet"
        )
        assert result.exit_code == 1
        assert "disk is full" in result.output and "nothing was written" in result.output
        assert _listing(disk) == []


def test_an_upgrade_on_a_full_disk_leaves_no_empty_backup(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    with full_disk(disk) as fill:
        path = disk / "old.db"
        with create_project(path, migrations=MIGRATIONS[:1]) as old:
            write_first_version_article(old._conn)  # today's import writes newer columns
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        fill()
        result = run_cli("import", str(path), str(tmp_path))
        assert result.exit_code == 1
        assert "needs upgrading" in result.output or "disk" in result.output
        assert _listing(disk) == ["old.db"]  # no backup, empty or half
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def _limited(kilobytes: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (kilobytes * 1024, kilobytes * 1024))

    return apply


def _annotator(*args: str, limit_kb: int | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "annotator.cli", *args],
        preexec_fn=_limited(limit_kb) if limit_kb else None,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_a_file_size_limit_is_a_clear_message_and_a_rerun_finishes(tmp_path: Path) -> None:
    small = _annotator("new", str(tmp_path / "tiny.db"), limit_kb=8)
    assert small.returncode == 1 and "could not be created" in small.stderr
    assert "Traceback" not in small.stderr and not (tmp_path / "tiny.db").exists()

    path = tmp_path / "p.db"
    assert _annotator("new", str(path)).returncode == 0
    articles = tmp_path / "articles"
    articles.mkdir()
    # Numbers that vary: texts are stored compressed, and the import must outgrow the limit
    # (the new project takes about 500 KB, the log of all 120 articles about 1 MB).
    rng = random.Random(18)
    for i in range(120):
        body = " ".join(f"{TEXT[:66]} Phiên {rng.randrange(10**9)}." for _ in range(150))
        (articles / f"a{i:03d}.txt").write_text(f"Bài {i}\n" + body, encoding="utf-8")
    stopped = _annotator("import", "--quiet", "--jobs", "1", str(path), str(articles), limit_kb=650)
    assert stopped.returncode == 1 and "Traceback" not in stopped.stderr
    assert "size limit" in stopped.stderr and "run the same import again" in stopped.stderr
    again = _annotator("import", "--quiet", "--jobs", "1", str(path), str(articles))
    assert again.returncode == 0, again.stderr
    with open_project(path, access="read") as project:
        assert project.document_count() == 120
