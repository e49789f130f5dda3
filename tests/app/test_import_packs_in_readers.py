"""Texts are compressed where files are read (the worker processes), never again by the writer."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.app.importing.importer import import_paths
from annotator.app.importing.reading import ImportOptions
from annotator.app.importing.workers import MIN_FILES_FOR_WORKERS
from annotator.core.textpack import unpack
from annotator.store import create_project, texts


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_writer_stores_the_bodies_the_readers_packed(tmp_path: Path, monkeypatch, jobs) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(MIN_FILES_FOR_WORKERS + 5):
        (folder / f"bai-{i:03d}.txt").write_text(
            f"Bài số {i}\nHội đồng nhân dân tỉnh họp kỳ thứ {i}. 😀", encoding="utf-8"
        )
    packed_by_writer: list[str] = []
    real_pack = texts.pack

    def counting_pack(text: str) -> bytes:  # only the writer's own calls land here
        packed_by_writer.append(text)
        return real_pack(text)

    monkeypatch.setattr(texts, "pack", counting_pack)
    with create_project(tmp_path / "p.db") as project:
        report = import_paths(project, [folder], options=ImportOptions(jobs=jobs))
        assert report.imported == MIN_FILES_FOR_WORKERS + 5
        rows = project._conn.execute("SELECT doc_id, body FROM document_bodies").fetchall()
        assert all(unpack(body, doc_id) == project.document(doc_id).text for doc_id, body in rows)
    assert packed_by_writer == []
