"""An imported annotated corpus arrives new: `train` says how to finish it, `mark-done` does.

The fixture is written here in the PhoNER_COVID19 CoNLL layout (token, space, tag).
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from annotator.cli import cli
from annotator.core.model import DONE, NEW
from annotator.store import open_project

SENTENCES = [
    [("Bệnh", "O"), ("nhân", "O"), (str(400 + i), "B-PATIENT_ID"), ("ở", "O")]
    + [("Hà", "B-LOCATION"), ("Nội", "I-LOCATION"), (".", "O")]
    for i in range(6)
]


def _project(tmp_path: Path) -> Path:
    corpus = tmp_path / "covid_syllable.conll"
    corpus.write_text(
        "\n\n".join("\n".join(f"{t} {tag}" for t, tag in s) for s in SENTENCES) + "\n",
        encoding="utf-8",
    )
    article = tmp_path / "bai.txt"
    article.write_text("Quốc hội họp phiên bế mạc.\n\nHà Nội, ngày 5.", encoding="utf-8")
    project = tmp_path / "p.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["new", str(project)]).exit_code == 0
    for path in (corpus, article):
        result = runner.invoke(cli, ["import", str(project), str(path), "--quiet"])
        assert result.exit_code == 0, result.output
    return project


def _statuses(project: Path) -> list[tuple[str, str]]:
    with open_project(project, access="read") as opened:
        return sorted((row.title, row.status) for row in opened.document_rows(limit=100))


def test_train_on_an_unfinished_imported_corpus_says_how_to_finish_it(tmp_path: Path) -> None:
    project = _project(tmp_path)
    result = CliRunner().invoke(cli, ["train", str(project)])
    assert result.exit_code != 0
    assert "unfinished documents that have some: 6" in result.output
    assert "mark-done" in result.output


def test_mark_done_finishes_the_listed_documents_in_one_step(tmp_path: Path) -> None:
    project = _project(tmp_path)
    before = _statuses(project)
    assert {status for _, status in before} == {NEW}
    runner = CliRunner()
    result = runner.invoke(cli, ["mark-done", str(project), "--title", "Bệnh nhân", "--yes"])
    assert result.exit_code == 0, result.output
    assert "Marked 6 documents done." in result.output
    after = dict(_statuses(project))
    assert sorted(after.values()) == [DONE] * 6 + [NEW]  # the article's title has no such words
    with open_project(project, annotator=None) as opened:
        assert opened.session().undo() is not None  # one step takes all six back
    assert {status for _, status in _statuses(project)} == {NEW}
    again = runner.invoke(cli, ["mark-done", str(project), "--title", "không có", "--yes"])
    assert again.exit_code == 0 and "No unfinished document to mark done." in again.output
