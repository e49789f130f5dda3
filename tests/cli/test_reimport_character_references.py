"""An article imported with its HTML character references kept, then decoded (or the reverse),
is the same article: the second import adds nothing and says it was already there."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import cli
from annotator.store import open_project

KEEP = "--keep-character-references"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "bai"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "# title = Tung tin &#39;Mr Bean&#39;\nBộ NN&amp;PTNT họp ở Hà Nội.\n", "utf-8"
    )
    (folder / "b.txt").write_text("Bài thứ hai, không có tham chiếu.\n", "utf-8")
    return folder


def _run(project: Path, folder: Path, *flags: str) -> str:
    result = CliRunner().invoke(cli, ["import", str(project), str(folder), *flags])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize(("first", "second"), [((KEEP,), ()), ((), (KEEP,))])
def test_the_second_import_adds_nothing_and_says_so(tmp_path: Path, first, second) -> None:
    project = tmp_path / "p.db"
    assert CliRunner().invoke(cli, ["new", str(project)]).exit_code == 0
    folder = _folder(tmp_path)
    _run(project, folder, "--quiet", *first)
    output = _run(project, folder, *second)
    assert "0 imported" in output and "2 already in the project" in output, output
    opened = open_project(project)
    try:
        texts = [opened.document(i).text for i in opened.document_ids()]
    finally:
        opened.close()
    assert len(texts) == 2
    stored = "Bộ NN&amp;PTNT họp ở Hà Nội." if first else "Bộ NN&PTNT họp ở Hà Nội."
    assert stored in texts


def test_a_different_article_is_never_taken_for_it(tmp_path: Path) -> None:
    project = tmp_path / "p.db"
    assert CliRunner().invoke(cli, ["new", str(project)]).exit_code == 0
    folder = _folder(tmp_path)
    _run(project, folder, "--quiet", KEEP)
    other = tmp_path / "khac"
    other.mkdir()
    (other / "a.txt").write_text("Bộ NN&amp;PTNT họp ở Đà Nẵng.\n", "utf-8")
    output = _run(project, other)
    assert "1 imported" in output and "0 already in the project" in output, output
