"""The gold builder's errors name the span list it was reading, a second annotator's too."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BUILD = Path(__file__).resolve().parent / "fixtures" / "gold" / "build.py"


def _build_module():
    """build.py is a script beside the data, not a package."""
    spec = importlib.util.spec_from_file_location("gold_build_errors", BUILD)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["annotations.txt", "second.txt"])
def test_a_line_it_cannot_read_is_named_by_its_file(tmp_path: Path, name: str) -> None:
    spec = tmp_path / name
    spec.write_text("### 0001 tune national\nPER Lê Trí Thanh\nWHO knows\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=rf"^{name}:3: cannot read 'WHO knows'$"):
        _build_module().parse_spec(spec)


def test_a_surface_missing_from_the_text_is_named_by_its_file(tmp_path: Path) -> None:
    build = _build_module()
    spec = tmp_path / "second.txt"
    spec.write_text("### 0001 tune national\n\nPER Phan Việt Cường\n", encoding="utf-8")
    entries = build.parse_spec(spec)[0]["spans"]
    with pytest.raises(SystemExit, match=r"^second\.txt:3: 'Phan Việt Cường' not in text$"):
        build.place("Ông Lê Trí Thanh phát biểu.", entries, [])
