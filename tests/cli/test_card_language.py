"""The dataset card and its loss report in Vietnamese (`export --card-language vi`)."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from annotator.app.card_language import VI, say
from annotator.app.exporting.report import KINDS, LossReport
from annotator.cli import cli


def _export(project_file: Path, out: Path, *extra: str) -> str:
    args = ["export", str(project_file), "--format", "conll", "--out", str(out), "--quiet"]
    result = CliRunner().invoke(cli, [*args, *extra], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return (out / "README.md").read_text(encoding="utf-8")


def test_card_in_vietnamese_and_english(project_file: Path, tmp_path: Path) -> None:
    vi = _export(project_file, tmp_path / "vi", "--card-language", "vi")
    en = _export(project_file, tmp_path / "en")
    for heading in (
        "## Số lượng",
        "## Tùy chọn",
        "## Bộ nhãn",
        "## Những gì bị mất",
        "## Lớp chú thích",
    ):
        assert heading in vi
    assert "Tin chính trị tiếng Việt được chú thích" in vi and "người chú thích: tester" in vi
    assert "gợi ý đang chờ duyệt" in vi  # a loss line of the report, in Vietnamese
    assert "## Counts" in en and "## What was lost" in en and "Số lượng" not in en
    # Names, labels and numbers are the same in both: only the words change.
    assert re.findall(r"\| (?:all|train) \|[^\n]*", vi) == re.findall(
        r"\| (?:all|train) \|[^\n]*", en
    )


def test_an_unknown_card_language_is_refused(project_file: Path, tmp_path: Path) -> None:
    args = ["export", str(project_file), "--out", str(tmp_path / "x"), "--card-language", "fr"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2 and "'fr' is not one of 'en', 'vi'" in result.output


def test_every_loss_and_card_text_has_its_vietnamese_form() -> None:
    for meaning in KINDS.values():
        assert meaning in VI, meaning
    report = LossReport()
    for kind in KINDS:
        report.add(kind, doc="d1", label="PER", surface="Phan Việt Cường")
    report.skipped_regions["caption"] = 2
    lines = report.lines("vi")
    assert len(lines) == 2 * len(KINDS) + 1
    assert all(not line.startswith("    e.g.") for line in lines)
    assert lines[-1] == "vùng bị lược khỏi văn bản: caption 2"
    assert LossReport().lines("vi") == [
        say("Nothing is lost: every selected span and relation is exported.", "vi")
    ]
    for english, vietnamese in VI.items():  # the same placeholders on both sides
        assert re.findall(r"\{\w+\}", english) == re.findall(r"\{\w+\}", vietnamese), english


def test_a_loss_of_one_is_said_in_the_singular_in_english_only() -> None:
    from annotator.app.exporting.report import ONE

    assert set(ONE) == set(KINDS), "every kind of loss has its singular line"
    one, two = LossReport(), LossReport()
    one.add("relation", doc="Bài 1")
    two.add("relation", doc="Bài 1", count=2)
    assert one.lines("en")[0] == "1 " + ONE["relation"]
    assert one.lines("en")[0].startswith("1 relation left out (")
    assert two.lines("en")[0].startswith("2 relations left out (")
    # Vietnamese nouns do not change with the count: the same line for one and two.
    assert one.lines("vi")[0][2:] == two.lines("vi")[0][2:] == say(KINDS["relation"], "vi")
