"""An overwriting export never replaces the folder that holds the project it exports.

Before, `annotator export sub/p.db --out sub --overwrite` (or the window's
"Replace the folder if it exists" with the project's own folder) swapped the
export in and removed the old folder: the project file went with it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability.processes import digest, new_project, run_cli


@pytest.mark.parametrize(
    "command",
    [
        ("export", "--format", "jsonl"),
        ("export", "--format", "all"),
        ("registry",),
    ],
)
def test_the_project_s_own_folder_is_not_replaced(tmp_path: Path, command) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    path = new_project(folder / "p.db")
    (folder / "notes.txt").write_text("ghi chú", encoding="utf-8")
    before = digest(path)
    for out in (folder, tmp_path):  # the folder itself, and one that holds it
        result = run_cli(command[0], str(path), *command[1:], "--out", str(out), "--overwrite")
        assert result.exit_code == 1
        assert f"holds the open project {path.resolve()}" in result.output
        assert "Traceback" not in result.output
    assert digest(path) == before
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt", "p.db"]


def test_a_folder_beside_the_project_is_still_replaced(tmp_path: Path) -> None:
    path = new_project(tmp_path / "p.db")
    out = tmp_path / "out"
    out.mkdir()
    (out / "old.txt").write_text("cũ", encoding="utf-8")
    result = run_cli(
        "export",
        str(path),
        "--format",
        "jsonl",
        "--status",
        "any",
        "--out",
        str(out),
        "--overwrite",
    )
    assert result.exit_code == 0, result.output
    assert not (out / "old.txt").exists() and (out / "all.jsonl").exists()
