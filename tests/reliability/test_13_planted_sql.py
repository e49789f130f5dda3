"""Item 13: SQL planted in a project file never runs in the user's session.

Before, a trigger stored in a file fired on open and on every edit; one
silently relabelled PER spans to ORG with no trace in the action log.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import cli
from annotator.core.operations import AddSpan
from annotator.store import open_project
from annotator.store.errors import UnsafeProjectError
from tests.reliability.processes import new_project

RELABEL = (
    "CREATE TRIGGER relabel_per AFTER INSERT ON annotations WHEN NEW.label = 'PER' BEGIN "
    "UPDATE annotations SET label = 'ORG' WHERE id = NEW.id; END"
)


def _plant(path: Path, *statements: str) -> str:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "planted, named",
    [
        ((RELABEL,), "trigger relabel_per (on annotations)"),
        (("CREATE VIEW people AS SELECT * FROM annotations",), "view people"),
        (("CREATE TABLE payload (x)",), "table payload"),
        (
            (  # one of ours, redefined with the same name
                "DROP TRIGGER annotations_count_insert",
                "CREATE TRIGGER annotations_count_insert AFTER INSERT ON annotations BEGIN "
                "UPDATE annotations SET label = 'ORG' WHERE id = NEW.id; END",
            ),
            "trigger annotations_count_insert (on annotations) differs",
        ),
    ],
)
def test_a_file_with_foreign_sql_is_refused_naming_it(tmp_path: Path, planted, named) -> None:
    path = new_project(tmp_path / "p.db")
    digest = _plant(path, *planted)
    with pytest.raises(UnsafeProjectError) as caught:
        open_project(path)
    assert named in str(caught.value)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest  # nothing ran, nothing changed
    result = CliRunner().invoke(cli, ["info", str(path)])
    assert result.exit_code == 1 and named in result.output
    assert "Traceback" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.db"]


def test_a_trigger_planted_while_the_project_is_open_cannot_act(tmp_path: Path) -> None:
    path = new_project(tmp_path / "p.db")
    with open_project(path) as project:
        session = project.session()
        doc = project.document_ids()[0]
        _plant(path, RELABEL)  # another program writes into the open file
        with pytest.raises(UnsafeProjectError):
            session.apply(AddSpan(doc, 0, 3, "PER"))
        assert project.spans(doc) == []
    with pytest.raises(UnsafeProjectError, match="relabel_per"):
        open_project(path)


def test_a_clean_copy_keeps_the_work_and_drops_the_sql(tmp_path: Path) -> None:
    path = new_project(tmp_path / "p.db")
    with open_project(path) as project:
        doc = project.document_ids()[0]
        project.session().apply(AddSpan(doc, 4, 19, "PER"))
    digest = _plant(path, RELABEL, "CREATE VIEW people AS SELECT * FROM annotations")
    clean = tmp_path / "clean.db"
    result = CliRunner().invoke(cli, ["clean-copy", str(path), str(clean)])
    assert result.exit_code == 0, result.output
    assert "removed trigger relabel_per" in result.output and "removed view people" in result.output
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    with open_project(clean) as copy:
        assert [(s.start, s.end, s.label) for s in copy.spans(doc)] == [(4, 19, "PER")]
        copy.session().apply(AddSpan(doc, 25, 30, "PER"))
        assert {s.label for s in copy.spans(doc)} == {"PER"}  # nothing relabels any more
