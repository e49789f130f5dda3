"""Progress of `annotator train` written to a log file (not a terminal) is a few whole lines.

A carriage return per step put thousands of "training: N/720" on one line
of the log; a user reading it found nothing else.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from annotator.app.training import TrainProgress
from annotator.cli import cli, nlp_cmds
from annotator.core.errors import AnnotatorError


def test_train_progress_in_a_log_is_a_few_lines(tmp_path: Path, monkeypatch) -> None:
    def fake_train(project, *, progress, **_options):
        for stage, total in (("reading", 5), ("training", 720)):
            for done in range(total + 1):
                progress(TrainProgress(stage=stage, done=done, total=total))
        raise AnnotatorError("stopped here")

    monkeypatch.setattr(nlp_cmds, "train_project", fake_train)
    project = tmp_path / "p.db"
    project.write_bytes(b"")
    result = CliRunner().invoke(cli, ["train", str(project)])
    assert result.exit_code == 1 and "stopped here" in result.output
    lines = result.output.splitlines()
    assert "\r" not in result.output
    assert [ln for ln in lines if ln.startswith("training:")] == [
        f"training: {n}/720" for n in (0, 180, 360, 540, 720)
    ]
    assert len(lines) < 15
