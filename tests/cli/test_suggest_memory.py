"""`annotator suggest` runs the project's memory unless told not to."""

from __future__ import annotations

from click.testing import CliRunner

from annotator.app.suggest import memory as kept
from annotator.cli import cli
from annotator.core.model import IN_PROGRESS, PENDING, REJECTED
from annotator.core.operations import SetSpanStates, SetStatus
from annotator.store import open_project
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


def test_suggest_says_what_the_memory_held_back_and_how_to_keep_it(tmp_path) -> None:
    path = tmp_path / "held.db"
    ids = memory_project(path)
    try:
        first = ["suggest", str(path), "--docs", f"{ids[0]},{ids[1]}", "--workers", "1"]
        assert CliRunner().invoke(cli, first).exit_code == 0
        project = open_project(path)
        try:
            session = project.session()
            for doc_id in ids[:2]:
                text = project.document(doc_id).text
                event = [
                    s.id
                    for s in project.spans(doc_id, states=(PENDING,))
                    if text[s.start : s.end] == "hội thảo"
                ]
                session.apply(SetSpanStates(tuple(event), REJECTED))
                session.apply(SetStatus(doc_id, IN_PROGRESS))
        finally:
            project.close()
        args = ["suggest", str(path), "--docs", str(ids[2]), "--workers", "1"]
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, result.output
        assert "held back 1 suggestion rejected at least twice" in result.stdout, result.stdout
        assert "“hội thảo” (EVENT)" in result.stdout
        assert "--without-memory" in result.stdout
        assert "hội thảo" not in {text for _, text, *_ in stored(path, ids[2:])}
    finally:
        kept.forget(path)
