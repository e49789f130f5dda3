"""The project commands through click's runner: new, import, info, demo."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import cli
from annotator.core.operations import SetSpanState
from annotator.store import open_project


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def articles(fixtures_dir: Path, tmp_path: Path) -> Path:
    target = tmp_path / "import"
    shutil.copytree(fixtures_dir / "import", target)
    return target


def _new(runner: CliRunner, path: Path) -> None:
    result = runner.invoke(cli, ["new", str(path)])
    assert result.exit_code == 0, result.output


def test_new_creates_and_refuses_to_overwrite(runner, tmp_path):
    path = tmp_path / "p.db"
    created = runner.invoke(cli, ["new", str(path)])
    assert created.exit_code == 0 and "Created project" in created.output
    assert "Documents: 0" in runner.invoke(cli, ["info", str(path)]).output
    size = path.stat().st_size
    again = runner.invoke(cli, ["new", str(path)])
    assert again.exit_code != 0
    assert "already exists" in again.output
    assert path.stat().st_size == size


def test_new_refuses_an_existing_foreign_file(runner, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("ghi chú quan trọng", encoding="utf-8")
    result = runner.invoke(cli, ["new", str(notes)])
    assert result.exit_code != 0
    assert notes.read_text(encoding="utf-8") == "ghi chú quan trọng"


def test_import_reports_skips_and_exits_with_its_own_status(runner, tmp_path, articles):
    path = tmp_path / "p.db"
    _new(runner, path)
    result = runner.invoke(cli, ["import", str(path), str(articles)])
    assert result.exit_code == 3, result.output  # something was skipped (see --help)
    assert "imported" in result.output
    assert "empty file: it has no content" in result.output
    assert "binary file: looks like a PDF" in result.output
    assert "looks like HTML" in result.output
    project = open_project(path)
    try:
        # articles (2 new + 1 duplicate), encodings (3), bad/page.txt (1)
        assert project.document_count() == 6
    finally:
        project.close()


def test_import_include_and_max_size_options(runner, tmp_path, articles):
    path = tmp_path / "p.db"
    _new(runner, path)
    result = runner.invoke(
        cli, ["import", str(path), str(articles), "--include", "*.md", "--quiet"]
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith("1 imported")
    small = runner.invoke(
        cli, ["import", str(path), str(articles / "articles"), "--max-size", "0.0001"]
    )
    assert "too large" in small.output
    assert small.exit_code != 0  # every file was skipped: nothing processed


def test_import_into_a_wrong_project_file_fails(runner, tmp_path, articles):
    foreign = tmp_path / "notes.db"
    foreign.write_bytes(b"not a database at all")
    result = runner.invoke(cli, ["import", str(foreign), str(articles)])
    assert result.exit_code != 0
    assert "not a project" in result.output
    assert foreign.read_bytes() == b"not a database at all"
    missing = runner.invoke(cli, ["import", str(tmp_path / "none.db"), str(articles)])
    assert missing.exit_code != 0
    assert "annotator new" in missing.output


def test_import_of_only_bad_files_exits_non_zero(runner, tmp_path, articles):
    path = tmp_path / "p.db"
    _new(runner, path)
    result = runner.invoke(cli, ["import", str(path), str(articles / "bad" / "empty.txt")])
    assert result.exit_code != 0
    assert "empty file" in result.output


def test_info_counts(runner, tmp_path, articles):
    path = tmp_path / "p.db"
    _new(runner, path)
    runner.invoke(cli, ["import", str(path), str(articles / "articles")])
    text = runner.invoke(cli, ["info", str(path)])
    assert text.exit_code == 0
    assert "Documents: 2" in text.output
    assert "new" in text.output
    data = json.loads(runner.invoke(cli, ["info", str(path), "--json"]).output)
    assert data["documents"] == 2
    assert data["by_status"] == {"new": 2}


def test_info_counts_pending_relations_by_type(runner, tmp_path):
    path = tmp_path / "demo.db"
    assert runner.invoke(cli, ["demo", "--suggest", str(path)]).exit_code == 0
    data = json.loads(runner.invoke(cli, ["info", str(path), "--json"]).output)
    pending = sum(states.get("pending", 0) for states in data["relation_types"].values())
    assert pending == data["relation_states"]["pending"] > 0
    text = runner.invoke(cli, ["info", str(path)]).output
    assert "Relations by type: none" not in text
    assert f"{data['relation_types']['HOLDS']['pending']} pending" in text


def test_demo_builds_then_reopens(runner, tmp_path):
    path = tmp_path / "demo" / "demo.db"
    first = runner.invoke(cli, ["demo", str(path)])
    assert first.exit_code == 0, first.output
    assert "(5 documents, 0 pending suggestions)" in first.output
    second = runner.invoke(cli, ["demo", str(path)])
    assert second.exit_code == 0
    assert "(5 documents, 0 pending suggestions)" in second.output


def test_demo_with_suggestions_proposes_them_once(runner, tmp_path):
    path = tmp_path / "demo.db"
    first = runner.invoke(cli, ["demo", "--suggest", str(path)])
    assert first.exit_code == 0, first.output
    project = open_project(path)
    rows = project.document_rows()
    assert all(row.pending_count > 0 for row in rows)
    seed = project.document(rows[0].id)
    pending = project.spans(seed.id, states=("pending",))
    people = {seed.text[s.start : s.end] for s in pending if s.label == "PER"}
    assert "Phan Việt Cường" in people
    # The linguist rejects one; building again never brings suggestions back.
    project.session().apply(SetSpanState(pending[0].id, "rejected"))
    before = len(project.spans(seed.id, states=None))
    project.close()
    second = runner.invoke(cli, ["demo", "--suggest", str(path)])
    assert second.exit_code == 0, second.output
    project = open_project(path)
    assert len(project.spans(seed.id, states=None)) == before
    info = runner.invoke(cli, ["info", str(path)])
    assert re.search(r"PER +\d+ pending", info.output), info.output
    project.close()


def _all_commands(group, prefix=()):
    for name, command in sorted(group.commands.items()):
        yield (*prefix, name), command
        if hasattr(command, "commands"):
            yield from _all_commands(command, (*prefix, name))


def test_every_command_has_an_example_in_its_help(runner):
    commands = list(_all_commands(cli))
    assert {"new", "import", "info", "demo"} <= {path[0] for path, _ in commands}
    missing = []
    for path, _command in commands:
        result = runner.invoke(cli, [*path, "--help"])
        assert result.exit_code == 0, (path, result.output)
        if "Example:" not in result.output:
            missing.append(" ".join(path))
    assert not missing, f"commands without an Example: in their help: {missing}"
    assert "Example:" in runner.invoke(cli, ["--help"]).output


def test_import_jobs_option_reads_in_workers_with_the_same_result(runner, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(260):
        (folder / f"bai-{i:03d}.txt").write_text(f"Bài {i}\nNội dung số {i}.", encoding="utf-8")
    outputs = []
    for jobs in ("1", "2"):
        path = tmp_path / f"p{jobs}.db"
        _new(runner, path)
        result = runner.invoke(cli, ["import", "--quiet", "--jobs", jobs, str(path), str(folder)])
        assert result.exit_code == 0, result.output
        with open_project(path) as project:
            outputs.append((result.output, [d.text for d in project.iter_documents()]))
    assert outputs[0] == outputs[1]
    assert outputs[0][0].startswith("260 imported")
    assert runner.invoke(cli, ["import", "--jobs", "-1", str(path), str(folder)]).exit_code == 2


def test_import_adds_labels_refuses_on_request_and_renames_by_map(runner, tmp_path):
    corpus = tmp_path / "c.conll"
    corpus.write_text("Ông\tO\nA\tB-PERSON\nở\tO\nHuế\tB-MISC\n", encoding="utf-8")
    path = tmp_path / "p.db"
    _new(runner, path)
    refused = runner.invoke(cli, ["import", str(path), str(corpus), "--new-labels", "refuse"])
    assert refused.exit_code == 3
    assert "unknown label 'MISC'" in refused.output and "(1 document, 2 entities)" in refused.output
    label_map = tmp_path / "map.txt"
    label_map.write_text("PERSON = PER\n", encoding="utf-8")
    added = runner.invoke(cli, ["import", str(path), str(corpus), "--label-map", str(label_map)])
    assert added.exit_code == 0, added.output
    assert "New labels added to the schema: MISC (1 span)" in added.output
    assert "PERSON → PER (1)" in added.output
    help_text = runner.invoke(cli, ["import", "--help"]).output
    assert "3  something was skipped" in help_text and "--label-map" in help_text


def test_import_duplicates_option(runner, tmp_path):
    rows = tmp_path / "r.jsonl"
    same = '{"text": "Ông A.", "label": [[4, 5, "PER"]]}\n'
    rows.write_text(same + same, encoding="utf-8")
    for mode, documents in (("keep", 2), ("skip", 1)):
        path = tmp_path / f"{mode}.db"
        _new(runner, path)
        result = runner.invoke(cli, ["import", str(path), str(rows), "--duplicates", mode])
        assert result.exit_code == 0, result.output
        project = open_project(path)
        try:
            assert project.document_count() == documents
        finally:
            project.close()


def test_import_exit_statuses_are_the_ones_its_help_lists(runner, tmp_path):
    path = tmp_path / "p.db"
    _new(runner, path)
    usage = runner.invoke(cli, ["import", "--help"]).output
    assert "3  something was skipped (even every file)" in usage
    skipped = runner.invoke(cli, ["import", str(path), str(tmp_path / "missing.txt")])
    assert skipped.exit_code == 3 and "no such file or folder" in skipped.output
    empty = tmp_path / "empty-folder"
    empty.mkdir()
    found_none = runner.invoke(cli, ["import", str(path), str(empty)])
    assert found_none.exit_code == 1 and "no files found to import" in found_none.output
