"""Exporting a real project: selection rules, skipped regions, loss report, dataset card."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.app.exporting.run import ExportOptions, run_export
from annotator.app.exporting.select import Selection
from annotator.app.exporting.tokens import TokenOptions
from annotator.core.operations import SetStatus
from tests.formats.pipeline import build_project


def _jsonl(project, tmp_path: Path, **kw) -> tuple[list[dict], object]:
    out = tmp_path / "out"
    result = run_export(project, ExportOptions(format="jsonl", out=out, **kw))
    lines = (out / "all.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines], result


def test_done_documents_with_accepted_spans_only_by_default(project, tmp_path: Path) -> None:
    a, b, c = build_project(project)
    project.session().apply(SetStatus(b, "in_progress"))
    rows, result = _jsonl(project, tmp_path)
    assert [r["id"] for r in rows] == [str(a), str(c)]
    labels = [label for _, _, label in rows[0]["label"]]
    assert labels.count("EVENT") == 1  # the pending one is left out
    assert result.report.counts["pending"] == 1
    assert result.report.counts["relation"] == 1  # its relation goes with it
    assert len(rows[0]["relations"]) == 3


def test_include_pending_and_any_status(project, tmp_path: Path) -> None:
    build_project(project, done=False)
    rows, _ = _jsonl(project, tmp_path, selection=Selection(statuses=(), include_pending=True))
    assert len(rows) == 3
    assert [lb for _, _, lb in rows[0]["label"]].count("EVENT") == 2
    assert len(rows[0]["relations"]) == 4
    assert all(lb != "LOC" or rows[1]["text"][s:e] != "tỉnh" for s, e, lb in rows[1]["label"])


def test_label_and_annotator_filters(project, tmp_path: Path) -> None:
    build_project(project)
    rows, _ = _jsonl(project, tmp_path, selection=Selection(labels=("PER",)))
    assert {lb for r in rows for _, _, lb in r["label"]} == {"PER"}
    rows, _ = _jsonl(project, tmp_path / "x", selection=Selection(annotators=("someone else",)))
    assert rows == []


def test_skipped_caption_is_cut_and_offsets_shift(project, tmp_path: Path) -> None:
    a, _, c = build_project(project)
    rows, result = _jsonl(project, tmp_path, selection=Selection(skip_regions=("caption",)))
    first = rows[0]
    assert "Ảnh:" not in first["text"]
    assert first["text"].split("\n")[1].startswith("Ông Lê Trí Thanh")
    for s, e, label in first["label"]:
        assert first["text"][s:e] in {
            "Bí thư Tỉnh ủy Quảng Nam",
            "Tỉnh ủy Quảng Nam",
            "Quảng Nam",
            "Lê Trí Thanh",
            "hội nghị",
            "sáng 23.2",
        }, label
    assert result.report.counts["region"] == 1  # Tam Kỳ lived in the caption
    assert result.report.skipped_regions["caption"] == 2
    assert result.report.counts["empty"] == 1  # the caption-only article
    assert [r["id"] for r in rows] == [str(a), "2"]
    assert str(c) not in [r["id"] for r in rows]


def test_conll_outermost_reports_dropped_nested_spans_and_relations(
    project, tmp_path: Path
) -> None:
    build_project(project)
    out = tmp_path / "conll"
    result = run_export(
        project, ExportOptions(format="conll", out=out, tokens=TokenOptions(block="paragraph"))
    )
    text = (out / "all.conll").read_text(encoding="utf-8")
    assert "Bí\tB-ROLE\nthư\tI-ROLE\nTỉnh\tI-ROLE" in text
    assert result.report.by_label["overlap"] == {"ORG": 1, "LOC": 1}
    assert result.report.counts["relation"] == 4
    card = (out / "README.md").read_text(encoding="utf-8")
    assert "annotator 0.1.0" in card and "tester" in card and "| all | 3 |" in card
    assert "nested or overlapping spans dropped" in card
    assert '"overlap": "outermost"' in card


def test_conll_layers_and_innermost(project, tmp_path: Path) -> None:
    build_project(project)
    layered = run_export(
        project,
        ExportOptions(
            format="conll",
            out=tmp_path / "l",
            overlap="layers",
            tokens=TokenOptions(block="paragraph"),
        ),
    )
    assert not layered.report.counts["overlap"]
    first = (tmp_path / "l" / "all.conll").read_text(encoding="utf-8").splitlines()[2]
    assert first == "Bí\tB-ROLE\tO\tO"
    inner = run_export(
        project,
        ExportOptions(
            format="conll",
            out=tmp_path / "i",
            overlap="innermost",
            tokens=TokenOptions(block="paragraph"),
        ),
    )
    assert inner.report.by_label["overlap"] == {"ROLE": 1, "ORG": 1}
    assert "Quảng\tB-LOC" in (tmp_path / "i" / "all.conll").read_text(encoding="utf-8")


def test_dry_run_writes_nothing_but_reports(project, tmp_path: Path) -> None:
    build_project(project)
    result = run_export(project, ExportOptions(format="conll", out=tmp_path / "d"), dry_run=True)
    assert result.directory is None and not (tmp_path / "d").exists()
    assert result.report.counts["overlap"] == 2


def test_declining_after_the_report_leaves_nothing(project, tmp_path: Path) -> None:
    build_project(project)
    seen = []
    result = run_export(
        project,
        ExportOptions(format="brat", out=tmp_path / "b"),
        before_commit=lambda report, stats: seen.append(stats.documents["all"]) or False,
    )
    assert seen == [3] and result.directory is None
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("project.db")] == []


def test_formula_guard_is_applied_to_csv_only(project, tmp_path: Path) -> None:
    import csv

    from annotator.core.model import SourceDocument

    text = "=SUM(A1) +Lê Văn A -dự @họp"
    project.add_document(SourceDocument(text=text, title="=cmd", spans=((9, 18, "PER"),)))
    everything = Selection(statuses=())
    for fmt in ("csv", "jsonl", "conll", "brat"):
        run_export(project, ExportOptions(format=fmt, out=tmp_path / fmt, selection=everything))
    with (tmp_path / "csv" / "all.csv").open(encoding="utf-8-sig", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["surface"] == "'+Lê Văn A" and row["title"] == "'=cmd"
    (line,) = (tmp_path / "jsonl" / "all.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["text"] == text and json.loads(line)["title"] == "=cmd"
    conll_lines = (tmp_path / "conll" / "all.conll").read_text(encoding="utf-8").splitlines()
    assert conll_lines[2:4] == ["=\tO", "SUM\tO"] and "+\tB-PER" in conll_lines
    assert (tmp_path / "brat" / "all" / "cmd.txt").read_text(encoding="utf-8") == text


def test_pending_relations_wait_for_review_and_rejected_ones_never_leave(
    project, tmp_path: Path
) -> None:
    from annotator.core.operations import AddSuggestions, SetRelationStates

    a, _, _ = build_project(project)
    text = project.document(a).text
    per = text.index("Lê Trí Thanh", text.index("Lê Trí Thanh") + 1)  # the second mention
    role = text.index("Bí thư Tỉnh ủy Quảng Nam")
    suggest = AddSuggestions(
        a,
        spans=((per, per + 12, "PER", "rules"), (role, role + 24, "ROLE", "rules")),
        relations=((0, 1, "HOLDS", "rules", 0.9),),
    )
    (relation_id,) = project.session().apply(suggest).relations_added
    before, result = _jsonl(project, tmp_path / "pending")
    assert result.report.counts["pending"] == 2  # the pending EVENT and the pending relation
    project.session().apply(SetRelationStates((relation_id,), "accepted"))
    accepted_rows, _ = _jsonl(project, tmp_path / "accepted")
    assert len(accepted_rows[0]["relations"]) == len(before[0]["relations"]) + 1
    project.session().apply(SetRelationStates((relation_id,), "rejected"))
    rejected_rows, result = _jsonl(
        project, tmp_path / "rejected", selection=Selection(include_pending=True)
    )
    assert (
        len(rejected_rows[0]["relations"]) == len(before[0]["relations"]) + 1
    )  # the old pending one
    assert result.report.counts["pending"] == 0


def test_a_span_across_a_paragraph_break_is_reported_as_joining_them(project) -> None:
    """Such spans are refused by default now, but older projects and imports may hold them."""
    from annotator.app.exporting.run import ExportOptions, run_export
    from annotator.core.model import SourceDocument
    from annotator.core.operations import SetStatus

    text = "Bệnh Covid-19.\nCông an tỉnh họp."
    start = text.index("Covid")
    end = text.index("Công") + len("Công")
    doc = project.add_document(SourceDocument(text=text, title="t", spans=((start, end, "ORG"),)))
    project.session().apply(SetStatus(doc, "done"))
    result = run_export(project, ExportOptions(format="conll"), dry_run=True)
    lines = "\n".join(result.report.lines())
    assert "1 span across a paragraph break" in lines and "“Covid-19.\\nCông” ORG" in lines
    assert result.report.lossless  # nothing is lost, but it is said
