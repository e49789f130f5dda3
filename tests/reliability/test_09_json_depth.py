"""Item 9: deeply nested JSON is refused with a reason; the other files of the import are kept.

About 1,000 levels of nesting used to abort the whole import with a
RecursionError and roll back the valid files of the same batch.
"""

from __future__ import annotations

import json
from pathlib import Path

from annotator.app.importing.importer import import_paths
from annotator.app.importing.reading import ImportOptions
from annotator.store import create_project

DEPTH = 1000


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def test_deep_files_and_records_are_reported_and_the_rest_kept(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good = [{"text": f"Văn bản số {i} hợp lệ."} for i in range(3)]
    (folder / "a-good.jsonl").write_text(
        "".join(json.dumps(g, ensure_ascii=False) + "\n" for g in good), encoding="utf-8"
    )
    (folder / "b-deep.json").write_text(_nested(DEPTH), encoding="utf-8")
    deep_meta = '{"text": "Bài có siêu dữ liệu lồng sâu.", "meta": {"x": ' + _nested(DEPTH) + "}}"
    (folder / "c-mixed.jsonl").write_text(
        deep_meta + "\n" + json.dumps({"text": "Dòng sau vẫn được nhập."}) + "\n",
        encoding="utf-8",
    )
    (folder / "d-deep-object.json").write_text(
        '{"a": ' * DEPTH + "1" + "}" * DEPTH, encoding="utf-8"
    )
    project = create_project(tmp_path / "p.db", annotator="tester")
    try:
        report = import_paths(project, [folder], options=ImportOptions(jobs=1))
        texts = sorted(project.document(i).text for i in project.document_ids())
    finally:
        project.close()
    assert texts == sorted([g["text"] for g in good] + ["Dòng sau vẫn được nhập."])
    reasons = {Path(o.source).name.split(":")[0]: o.reason for o in report.skipped}
    assert set(reasons) == {"b-deep.json", "c-mixed.jsonl", "d-deep-object.json"}
    assert all("nested" in reason and "levels deep" in reason for reason in reasons.values())
    assert "line 1" in reasons["c-mixed.jsonl"]


def test_a_deep_file_in_worker_processes_is_reported_too(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.json").write_text(json.dumps({"text": f"Bài {i}."}), encoding="utf-8")
    (folder / "deep.json").write_text(_nested(DEPTH), encoding="utf-8")
    project = create_project(tmp_path / "p.db", annotator="tester")
    try:
        report = import_paths(project, [folder], options=ImportOptions(jobs=2))
    finally:
        project.close()
    assert report.imported == 3
    (skipped,) = report.skipped
    assert "nested" in skipped.reason
