"""Commands that annotate someone else's work package warn that the edits carry another name."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import cli
from annotator.core.user_config import save_annotator
from tests.app.team.team_project import build_team_project


@pytest.fixture
def package(tmp_path: Path) -> Path:
    setup = build_team_project(tmp_path)
    setup.project.close()
    return setup.packages.files["binh"]


def _run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_suggesting_in_another_annotators_package_warns(package: Path) -> None:
    save_annotator("lan")
    out = _run("suggest", str(package), "--docs", "1", "--workers", "1")
    assert f"Warning: {package.name} is a work package made for binh" in out
    assert "signed lan" in out and "--annotator binh" in out


def test_importing_and_linking_in_another_annotators_package_warn(
    package: Path, tmp_path: Path
) -> None:
    save_annotator("lan")
    article = tmp_path / "bai.txt"
    article.write_text("Ông Lê Trí Thanh phát biểu tại hội nghị.\n", encoding="utf-8")
    assert "made for binh" in _run("import", str(package), str(article))
    registry = ["registry", str(package), "--out", str(tmp_path / "reg")]
    assert "made for binh" in _run(*registry)
    assert "made for binh" not in _run(*registry, "--overwrite", "--annotator", "binh")


def test_the_owner_working_in_their_package_is_not_warned(package: Path) -> None:
    save_annotator("binh")
    out = _run("suggest", str(package), "--docs", "1", "--workers", "1")
    assert "Warning" not in out
