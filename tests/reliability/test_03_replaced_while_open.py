"""Item 3: a project replaced while open (mv or cp onto it) is never written into.

Before, the old session's edits went into the new file and corrupted its indexes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from annotator.core.operations import AddSpan
from annotator.store import open_project
from annotator.store.errors import ProjectGoneError
from tests.reliability.processes import digest, integrity, new_project, open_and_edit


@pytest.mark.parametrize("how", ["mv", "cp"])
def test_the_file_put_in_its_place_is_left_as_it_came(tmp_path: Path, how: str) -> None:
    path = new_project(tmp_path / "p.db")
    other = new_project(tmp_path / "other.db", documents=4)
    expected = digest(other)
    project, session, doc = open_and_edit(path)
    if how == "mv":
        shutil.move(other, path)
    else:
        shutil.copyfile(other, path)  # overwrites the open file's bytes in place
    with pytest.raises(ProjectGoneError, match="replaced|overwritten"):
        session.apply(AddSpan(doc, 50, 54, "PER"))
    rescued = project.save_as(tmp_path / "rescued.db") if how == "mv" else None
    project.close()
    assert digest(path) == expected
    assert integrity(path) == "ok"
    with open_project(path) as now:
        assert now.document_count() == 4
        assert all(now.spans(d) == [] for d in now.document_ids())
    assert integrity(path) == "ok"
    if rescued is not None:  # the replaced session's work is still whole
        with open_project(rescued) as copy:
            assert len(copy.spans(doc)) == 10


def test_an_older_copy_of_itself_put_in_place_receives_nothing(tmp_path: Path) -> None:
    path = new_project(tmp_path / "p.db")
    older = tmp_path / "older.db"
    shutil.copyfile(path, older)
    project, session, doc = open_and_edit(path)
    assert project.settle()  # the file itself holds the ten edits
    shutil.copyfile(older, path)  # the same project, as it was before them, in place
    expected = digest(path)
    with pytest.raises(ProjectGoneError, match="overwritten by another copy"):
        session.apply(AddSpan(doc, 50, 54, "PER"))
    project.close()
    assert digest(path) == expected
    with open_project(path) as now:
        assert now.spans(doc) == []
    assert integrity(path) == "ok"
