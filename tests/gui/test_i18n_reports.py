"""Reports of the app layer read in the window's language: the import summary, the loss report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.app.exporting.run import ExportOptions, run_export
from annotator.app.importing.importer import import_paths
from annotator.gui.i18n import install_translator
from annotator.gui.reports.texts import import_summary
from annotator.store import create_project
from tests.gui.i18n_support import vietnamese_interface


@pytest.fixture
def report(tmp_path: Path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Bài một\nHội nghị tại Hà Nội.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Bài một\nHội nghị tại Hà Nội.\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    project = create_project(tmp_path / "p.db", annotator="tester")
    yield import_paths(project, [folder]), project
    project.close()


def test_import_summary_is_the_apps_line_in_english_and_vietnamese_otherwise(qapp, report) -> None:
    imported, _ = report
    install_translator("en")
    assert import_summary(imported) == imported.summary()
    with vietnamese_interface():
        line = import_summary(imported)
    assert line.startswith("Đã nhập") and "bỏ qua 1" in line, line
    assert "imported" not in line and "skipped" not in line


def test_the_export_dialogs_loss_report_and_card_follow_the_interface(
    qapp, report, tmp_path
) -> None:
    from annotator.gui.export.dialog import ExportDialog

    _, project = report
    with vietnamese_interface():
        dialog = ExportDialog(project)
        options = dialog.options()
    assert options.card_language == "vi"
    result = run_export(
        project, ExportOptions(format="jsonl", out=tmp_path / "out", card_language="vi")
    )
    assert "## Những gì bị mất" in (tmp_path / "out" / "README.md").read_text(encoding="utf-8")
    assert result.report.lines("vi") != result.report.lines("en")


@pytest.mark.parametrize(
    ("combination", "scores", "validated_on"),
    [
        ("rules-first", {}, 0),
        ("rules-first", {"rules-first": 0.8, "model-first": 0.805, "model-only": 0.7}, 5),
        ("model-first", {"rules-first": 0.7, "model-first": 0.8, "model-only": 0.6}, 5),
    ],
)
def test_training_reason_says_what_the_choice_says(qapp, combination, scores, validated_on) -> None:
    from annotator.gui.reports.texts import training_reason
    from annotator.nlp.crf.choice import choose

    class Scorer:
        def __init__(self, f1: float) -> None:
            self.f1 = f1

        def micro(self, _labels):
            return self

    scorers = {
        name: Scorer(scores.get(name, 0.0)) for name in ("rules-first", "model-first", "model-only")
    }
    choice = choose(scorers, ["PER"], validated_on=validated_on)
    assert choice.combination == combination
    install_translator("en")
    assert training_reason(choice) == choice.reason
    with vietnamese_interface():
        assert training_reason(choice) not in ("", choice.reason)


def test_team_reports_read_as_the_app_writes_them_in_english(qapp, tmp_path) -> None:
    from annotator.app.team.merge import MergeReport
    from annotator.app.team.packages import PackageReport
    from annotator.gui.reports.texts import merge_lines, package_lines

    merge = MergeReport(
        tmp_path / "p-an.db", "an", 3, 12, 4, [f"Bài {i}" for i in range(12)], ["note"]
    )
    files = {"an": tmp_path / "p-an.db", "bình": tmp_path / "p-bình.db"}
    package = PackageReport(files, {"an": 5, "bình": 4}, {("an", "bình"): 2}, 7)
    merge.left_out_spans, merge.left_out_decided, merge.left_out_relations = 35, 4, 2
    install_translator("en")
    assert merge_lines(merge) == merge.lines()
    assert package_lines(package) == package.lines()
    with vietnamese_interface():
        lines = merge_lines(merge)
        assert lines[0].startswith("Đã gộp p-an.db: lớp của an")
        assert "và 2 tài liệu khác" in lines[1]
        assert lines[2].startswith("Không gộp, vì an chưa hề quyết định: 35 gợi ý chờ duyệt")
        assert "4 gợi ý chờ duyệt của gói mà một lớp khác ở đây đã chấp nhận" in lines[3]
        assert "2 quan hệ của gói" in lines[4]
        assert package_lines(package)[0] == "7 tài liệu được chia cho 2 người chú thích:"


def test_team_reports_count_one_in_the_singular(qapp, tmp_path) -> None:
    from annotator.app.team.merge import MergeReport
    from annotator.app.team.packages import PackageReport
    from annotator.gui.reports.texts import merge_lines, package_lines

    merge = MergeReport(tmp_path / "p-an.db", "an", 1, 1, 1, ["Bài 1"])
    merge.left_out_spans, merge.left_out_relations = 1, 1
    package = PackageReport({"an": tmp_path / "p-an.db"}, {"an": 1}, {}, 1)
    install_translator("en")
    lines = merge_lines(merge) + package_lines(package)
    assert lines == merge.lines() + package.lines()
    assert lines[0] == (
        "Merged p-an.db: an's layer on 1 document (1 span, 1 relation) replaces their "
        "earlier layer there."
    )
    assert lines[1].startswith("Skipped 1 document of the package")
    assert lines[2].startswith("Left out, never decided by an: 1 pending suggestion of")
    assert lines[3].startswith("Left out, never decided by an: 1 relation of the package")
    assert lines[4:] == [
        "1 document shared out among 1 annotator:",
        f"  an: 1 document -> {tmp_path / 'p-an.db'}",
    ]
    merge.documents, merge.spans, merge.relations = 2, 0, 3
    assert merge_lines(merge)[0] == merge.lines()[0]
    assert "on 2 documents (0 spans, 3 relations)" in merge.lines()[0]
    with vietnamese_interface():
        assert "trên 2 tài liệu (0 chú thích, 3 quan hệ)" in merge_lines(merge)[0]
        assert package_lines(package)[0] == "1 tài liệu được chia cho 1 người chú thích:"


def test_warning_headings_of_an_import_are_in_vietnamese(qapp, tmp_path) -> None:
    """A reason written after its place ("{where}: ...") is grouped without the place, and
    that heading is translated too (it used to stay English under Vietnamese examples)."""
    from annotator.gui.messages import shown

    folder = tmp_path / "files"
    folder.mkdir()
    (folder / "a.txt").write_text("Ông Lê Văn Thanh thăm Hà Nội.\n", encoding="utf-8")
    (folder / "a.ann").write_text(
        "T1\tPER 4 16\tLê Văn Thanh\nT2\tLOC 22 28\tHà Nộ\nT3\tLOC 90 95\tx\n"
        "R1\tHOLDS Arg1:T1 Arg2:T9\nT4 broken\n",
        encoding="utf-8",
    )
    (folder / "b.conll").write_text("Hà\tB-\nNội\tI-LOC\n", encoding="utf-8")
    record = {"text": "Bà Mai.", "label": [[3, 6, "PER"], [3, 6, "PER"]]}
    (folder / "c.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n")
    project = create_project(tmp_path / "p.db", annotator="tester")
    imported = import_paths(project, [folder])
    project.close()
    groups = imported.warning_groups()
    assert len(groups) == 6
    with vietnamese_interface():
        headings = [shown(group.line()) for group in groups]
        examples = [shown(reason) for group in groups for _source, reason in group.cases]
    assert not [e for e in examples if "line " in e], examples
    english = ("left out", "is not a tag", "repeated span", "its text", "does not fit", "relation")
    assert not [h for h in headings if any(word in h for word in english)], headings
    assert any("'B-' không phải là thẻ" in h for h in headings), headings
    assert any("[90, 95) không nằm gọn trong văn bản dài 30 ký tự" in h for h in headings), headings
