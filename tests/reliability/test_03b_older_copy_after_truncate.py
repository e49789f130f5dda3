"""An older, shorter copy put in place of an open project whose log was just emptied.

The window empties the log after its edits (a truncating checkpoint). When a
lead then copied last week's backup over the open project (same name, same
inode), the log held no stamp to compare the file with: the next write took
the backup's stamp as its parent and went on from pages read before the copy,
and the next opening found the project damaged. A file that got shorter
while the log holds nothing is now another copy, and nothing is written to it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from annotator.core.operations import AddSpan
from annotator.store import open_project
from annotator.store.checkpoints import checkpoint
from annotator.store.errors import ProjectGoneError
from tests.reliability.processes import digest, integrity, new_project


def test_a_shorter_older_copy_receives_nothing_after_the_log_was_emptied(tmp_path: Path) -> None:
    path = new_project(tmp_path / "p.db")
    older = tmp_path / "older.db"
    shutil.copyfile(path, older)
    with open_project(path) as grown:
        for i in range(300):
            grown.add_document(grown_document(i))
    project = open_project(path)
    session = project.session()
    doc = project.document_ids()[0]
    session.apply(AddSpan(doc, 0, 3, "PER"))
    assert checkpoint(project._conn, truncate=True)  # as the window's log keeper does
    assert path.with_name("p.db-wal").stat().st_size == 0
    shutil.copyfile(older, path)  # the backup, in place
    expected = digest(path)
    with pytest.raises(ProjectGoneError, match="overwritten by another copy"):
        session.apply(AddSpan(doc, 4, 7, "PER"))
    project.close()
    assert digest(path) == expected
    assert integrity(path) == "ok"
    with open_project(path) as now:
        assert now.document_count() == 1 and now.spans(doc) == []


def grown_document(i: int):
    from annotator.core.model import SourceDocument

    text = " ".join(f"Câu {i}.{j} về Quốc hội." for j in range(40))
    return SourceDocument(text=text, title=f"bài thêm {i}")
