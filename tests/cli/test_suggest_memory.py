"""`annotator suggest` runs the project's memory unless told not to."""

from __future__ import annotations

from click.testing import CliRunner

from annotator.app.suggest import memory as kept
from annotator.cli import cli
from tests.app._memory_projects import CLUB, mark_club, memory_project, stored


def test_suggest_extends_to_a_marked_name_unless_told_not_to(tmp_path) -> None:
    found = {}
    for name, extra in (("with.db", []), ("without.db", ["--without-memory"])):
        path = tmp_path / name
        ids = memory_project(path)
        mark_club(path, ids[0])
        args = ["suggest", str(path), "--docs", str(ids[1]), "--workers", "1", *extra]
        result = CliRunner().invoke(cli, args)
        kept.forget(path)
        assert result.exit_code == 0, result.output
        found[name] = {(text, label, who) for _, text, label, who, *_ in stored(path, ids[1:2])}
    assert (CLUB, "ORG", "memory") in found["with.db"]
    assert (CLUB, "ORG", "memory") not in found["without.db"]
    assert ("Hà Nội", "LOC", "rules") in found["without.db"]
