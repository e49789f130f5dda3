"""A file with many documents (JSON lines) is imported whole or not at all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.app.importing.importer import ImportOptions, import_paths
from annotator.store import create_project


class Interrupted(Exception):
    pass


def _records(path: Path, count: int) -> None:
    lines = [
        json.dumps(
            {"text": f"Bản tin {path.stem} số {i}: Ủy ban tỉnh họp.", "id": i}, ensure_ascii=False
        )
        for i in range(count)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_an_interrupted_import_leaves_no_part_of_a_many_record_file(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-first.txt").write_text("Bài đầu\nNội dung bài đầu.", encoding="utf-8")
    _records(folder / "b-many.jsonl", 250)  # more than two batches of 100
    (folder / "c-last.txt").write_text("Bài cuối\nNội dung bài cuối.", encoding="utf-8")

    def stop_after_the_big_file(progress):
        if progress.current.endswith("b-many.jsonl"):
            raise Interrupted

    project = create_project(tmp_path / "p.db", annotator="t")
    with pytest.raises(Interrupted):
        import_paths(
            project,
            [folder],
            options=ImportOptions(commit_every=100),
            progress=stop_after_the_big_file,
        )
    sources = [d.source for d in project.iter_documents()]
    # The big file's records went in with one transaction, and it was not committed.
    assert not [s for s in sources if "b-many" in s]
    report = import_paths(project, [folder], options=ImportOptions(commit_every=100))
    assert report.imported == 250 + 2 - len(sources) and project.document_count() == 252
    project.close()


def test_batches_still_end_between_files(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a", "b", "c"):
        _records(folder / f"{name}.jsonl", 30)
    with create_project(tmp_path / "p.db", annotator="t") as project:
        report = import_paths(project, [folder], options=ImportOptions(commit_every=10))
        assert report.imported == 90
        logged = [
            len(json.loads(row[0]))
            for row in project._conn.execute(
                "SELECT doc_ids FROM action_log WHERE kind = 'import' ORDER BY id"
            )
        ]
    assert logged == [30, 30, 30]  # one transaction per file, none across two
