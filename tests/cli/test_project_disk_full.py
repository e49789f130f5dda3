"""`annotator import` on a full disk: what was imported, a clear reason, a non-zero exit."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from annotator.cli import cli
from annotator.store import open_project
from annotator.store import opening as project_module

# 450 short articles (compressed text and stored tokens) need about 41 pages
# of 8 KB; one batch of 200 fits, not all of them.
ARTICLES = 450
SPARE_PAGES = 25


def test_import_on_a_full_disk_reports_and_fails_clearly(tmp_path: Path, monkeypatch):
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(ARTICLES):
        text = f"Bài số {i}\n" + f"Hội đồng nhân dân tỉnh họp kỳ thứ {i}. " * 10
        (folder / f"bai-{i:03d}.txt").write_text(text, encoding="utf-8")
    path = tmp_path / "p.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["new", str(path)]).exit_code == 0

    real_connect = project_module.connect

    def nearly_full(target, **kwargs):  # the real connection, on a disk with little room
        conn = real_connect(target, **kwargs)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + SPARE_PAGES}")
        return conn

    monkeypatch.setattr(project_module, "connect", nearly_full)
    result = runner.invoke(cli, ["import", "--quiet", str(path), str(folder)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "disk is full" in result.output and "run the same import again" in result.output
    summary = result.output.splitlines()[0]
    imported = int(summary.split(" imported")[0])
    assert 0 < imported < ARTICLES

    monkeypatch.setattr(project_module, "connect", real_connect)
    with open_project(path) as reopened:
        assert reopened.document_count() == imported
    rerun = runner.invoke(cli, ["import", "--quiet", str(path), str(folder)])
    assert rerun.exit_code == 0, rerun.output
    assert rerun.output.startswith(
        f"{ARTICLES - imported} imported, {imported} already in the project"
    )
