"""An import that fills the disk stops with its report; running it again finishes it."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from annotator.app.importing.importer import ImportOptions, import_paths
from annotator.app.importing.report import IMPORTED, ImportStopped
from annotator.store import create_project, open_project
from annotator.store.connection import DiskFullError


def _articles(folder: Path, count: int) -> None:
    """Articles whose numbers vary, so that each takes its pages though texts are compressed."""
    folder.mkdir()
    rng = random.Random(16)
    for i in range(count):
        body = f"Bài số {i}\n" + " ".join(
            f"Ủy ban nhân dân tỉnh họp phiên thứ {rng.randrange(10**9)}." for _ in range(150)
        )
        (folder / f"bai-{i:03d}.txt").write_text(body, encoding="utf-8")


def test_a_full_disk_stops_the_import_keeps_what_was_reported_and_a_rerun_finishes(tmp_path):
    folder = tmp_path / "articles"
    _articles(folder, 60)
    path = tmp_path / "p.db"
    project = create_project(path, annotator="t")
    pages = project._conn.execute("PRAGMA page_count").fetchone()[0]
    project._conn.execute(
        f"PRAGMA max_page_count = {pages + 12}"
    )  # the whole import takes about 32
    with pytest.raises(ImportStopped) as caught:
        import_paths(project, [folder], options=ImportOptions(commit_every=4))
    stopped = caught.value
    assert isinstance(stopped.__cause__, DiskFullError)
    assert "disk is full" in str(stopped) and "run the same import again" in str(stopped)
    imported = [o.source for o in stopped.report.outcomes if o.status == IMPORTED]
    assert 0 < len(imported) < 60
    assert f"after {len(imported)} imported" in str(stopped)
    stored = sorted(d.source for d in project.iter_documents())
    assert stored == sorted(imported)
    assert project._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    project.close()

    with open_project(path) as reopened:  # the space is back
        again = import_paths(reopened, [folder])
        assert again.imported == 60 - len(imported)
        assert again.duplicates == len(imported)
        assert reopened.document_count() == 60
