"""Importing files and folders: sources, encodings, bad input, reports, progress."""

from __future__ import annotations

import json
import os
import shutil
import threading
import tracemalloc
import unicodedata
from pathlib import Path

import pytest

from annotator.app.importing.importer import ImportOptions, import_paths, read_file_bytes
from annotator.app.importing.report import DUPLICATE, IMPORTED, SKIPPED
from annotator.core.errors import ImportFailure
from annotator.store import create_project


@pytest.fixture
def project(tmp_path):
    opened = create_project(tmp_path / "project.db", annotator="tester")
    yield opened
    opened.close()


@pytest.fixture
def import_dir(fixtures_dir: Path, tmp_path: Path) -> Path:
    """A writable copy of the import fixtures (some tests add files to it)."""
    target = tmp_path / "import"
    shutil.copytree(fixtures_dir / "import", target)
    return target


def _by_name(report) -> dict[str, object]:
    return {Path(o.source).name: o for o in report.outcomes}


def _texts(project) -> list[str]:
    return [doc.text for doc in project.iter_documents()]


def test_folder_is_walked_recursively_skipping_hidden_and_unmatched(project, import_dir):
    report = import_paths(project, [import_dir / "articles"])
    outcomes = _by_name(report)
    assert set(outcomes) == {"a-header.txt", "b.txt", "a-copy-nfd-crlf.TXT"}
    assert outcomes["a-header.txt"].status == IMPORTED
    assert outcomes["b.txt"].status == IMPORTED
    # The same article saved as NFD with CRLF and a BOM is the same text.
    copy = outcomes["a-copy-nfd-crlf.TXT"]
    assert copy.status == DUPLICATE and "a-header.txt" in copy.reason
    assert [Path(o.source).name for o in report.ignored] == ["notes.md"]
    assert project.document_count() == 2
    assert report.summary().startswith("2 imported, 1 already in the project, 0 skipped")
    assert report.summary().endswith(", 1 file not matching the include patterns")


def test_tokens_and_sentences_are_stored_with_each_text(project, import_dir):
    from annotator.core.syllables import syllable_table
    from annotator.nlp.stored_units import decode

    import_paths(project, [import_dir / "articles"])
    items = list(project.iter_annotated(project.document_ids(), units=True))
    assert len(items) == 2
    for item in items:
        decoded = decode(item.units, item.document.text)
        assert decoded is not None
        assert (decoded[0], list(decoded[1])) == syllable_table(item.document.text)
    assert all(i.units is None for i in project.iter_annotated(project.document_ids()))


def test_header_metadata_and_regions_are_stored(project, import_dir):
    import_paths(project, [import_dir / "articles" / "a-header.txt"])
    (doc,) = list(project.iter_documents())
    assert doc.meta["doc_id"] == "demo_hoi_nghi_001"
    assert doc.title == "Hội nghị quán triệt Kết luận 21 của Ban Chấp hành Trung ương"
    assert {r.kind for r in doc.regions} >= {"title", "caption", "byline", "body"}
    assert doc.raw_hash and doc.source.endswith("a-header.txt")


def test_include_patterns_choose_files_in_folders(project, import_dir):
    report = import_paths(
        project, [import_dir / "articles"], options=ImportOptions(include=("*.md",))
    )
    assert [Path(o.source).name for o in report.outcomes] == ["notes.md"]
    assert report.imported == 1


def test_a_file_named_explicitly_is_imported_whatever_its_extension(project, import_dir):
    report = import_paths(project, [import_dir / "articles" / "notes.md"])
    assert report.imported == 1


def test_rerun_reports_already_imported_not_errors(project, import_dir):
    import_paths(project, [import_dir / "articles"])
    again = import_paths(project, [import_dir / "articles"])
    assert again.imported == 0
    assert again.duplicates == 3
    assert not again.skipped
    assert {o.reason for o in again.outcomes} == {"already imported"}
    assert again.processed_anything


def test_encodings_are_decoded_to_nfc(project, import_dir):
    report = import_paths(project, [import_dir / "encodings"])
    assert report.imported == 3, report.details()
    texts = _texts(project)
    assert all(unicodedata.is_normalized("NFC", t) for t in texts)
    assert all("\r" not in t and "\ufeff" not in t for t in texts)
    assert any("Nguyễn Hồng Quang" in t for t in texts)  # from Windows-1258
    assert sum("Phó Chủ tịch UBND tỉnh Trần Văn Tân" in t for t in texts) == 2  # UTF-16
    assert any("Windows-1258" in w for _, w in report.warnings)


def test_bad_files_are_skipped_with_specific_reasons(project, import_dir):
    report = import_paths(project, [import_dir / "bad"])
    outcomes = _by_name(report)
    assert outcomes["empty.txt"].reason == "empty file: it has no content"
    assert outcomes["whitespace.txt"].reason.startswith("empty file: it contains only whitespace")
    assert outcomes["report.txt"].reason.startswith("binary file: looks like a PDF")
    assert outcomes["latin1-french.txt"].reason.startswith("undecodable:")
    assert all(outcomes[n].status == SKIPPED for n in ("empty.txt", "report.txt"))
    page = outcomes["page.txt"]
    assert page.status == IMPORTED
    assert any("HTML" in w for w in page.warnings)
    assert _texts(project) == [
        '<html><body><p>Chủ tịch nước tiếp đoàn đại biểu.</p><img src="anh.png"></body></html>'
    ]
    assert report.skip_reasons() == {"empty file": 2, "binary file": 1, "undecodable": 1}


def test_oversized_file_is_skipped_without_being_read(project, tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    tracemalloc.start()
    try:
        report = import_paths(project, [big])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    (outcome,) = report.outcomes
    assert outcome.reason.startswith("too large: 50.0 MB is over the 5 MB limit")
    assert peak < 5 * 1024 * 1024


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="needs Linux /proc")
def test_a_file_longer_than_its_stat_size_is_read_whole_up_to_the_limit():
    status = Path("/proc/self/status")  # a regular file whose stat size is 0
    assert status.stat().st_size == 0
    assert b"Name:" in read_file_bytes(status, max_bytes=1 << 20)
    with pytest.raises(ImportFailure, match="too large"):
        read_file_bytes(status, max_bytes=10)


def test_size_limit_is_configurable(project, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Tiêu đề\n" + "Nội dung bài báo. " * 200, encoding="utf-8")
    small = import_paths(project, [article], options=ImportOptions(max_bytes=1000))
    assert small.skipped and small.skipped[0].reason.startswith("too large")
    assert import_paths(project, [article]).imported == 1


def test_unreadable_paths(project, tmp_path):
    (tmp_path / "broken.txt").symlink_to(tmp_path / "gone.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "folder.txt").mkdir()
    (tmp_path / "folder.txt" / "inside.txt").write_text("Bài trong thư mục.\nNội dung.")
    report = import_paths(project, [tmp_path, tmp_path / "missing.txt"])
    outcomes = _by_name(report)
    assert outcomes["broken.txt"].reason.startswith("unreadable: broken link to")
    assert outcomes["pipe.txt"].reason == "unreadable: not a regular file (device, pipe or socket)"
    assert outcomes["missing.txt"].reason == "unreadable: no such file or folder"
    # A folder whose name looks like a file is walked, not read.
    assert outcomes["inside.txt"].status == IMPORTED
    with pytest.raises(ImportFailure, match="this is a folder"):
        read_file_bytes(tmp_path / "folder.txt", max_bytes=100)


@pytest.mark.skipif(os.geteuid() == 0, reason="file permissions do not apply to root")
def test_permission_denied_is_reported(project, tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text("Bài bị khóa.\nNội dung.")
    locked.chmod(0)
    try:
        report = import_paths(project, [locked])
    finally:
        locked.chmod(0o644)
    assert report.skipped[0].reason == "unreadable: permission denied"


def _many_articles(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for i in range(count):
        path = folder / f"bai-{i:03d}.txt"
        path.write_text(f"Bài số {i}\nỦy ban nhân dân tỉnh họp phiên thứ {i}.", encoding="utf-8")
        paths.append(path)
    return paths


def test_progress_reports_every_file(project, tmp_path):
    _many_articles(tmp_path / "many", 12)
    seen = []
    report = import_paths(project, [tmp_path / "many"], progress=seen.append)
    assert [p.files_done for p in seen] == list(range(1, 13))
    assert {p.files_total for p in seen} == {12}
    assert report.imported == 12


class Interrupted(Exception):
    pass


def test_interrupted_import_keeps_whole_documents_and_rerun_completes(project, tmp_path):
    paths = _many_articles(tmp_path / "many", 30)

    def stop_at_17(progress):
        if progress.files_done == 17:
            raise Interrupted

    with pytest.raises(Interrupted):
        import_paths(
            project, [tmp_path / "many"], options=ImportOptions(commit_every=5), progress=stop_at_17
        )
    expected = {p.read_text(encoding="utf-8") for p in paths}
    stored = _texts(project)
    assert 0 < len(stored) < 30
    assert set(stored) <= expected  # only whole documents
    report = import_paths(project, [tmp_path / "many"])
    assert report.imported == 30 - len(stored)
    assert report.duplicates == len(stored)
    assert set(_texts(project)) == expected


def test_cancel_stops_between_files(project, tmp_path):
    _many_articles(tmp_path / "many", 20)
    cancel = threading.Event()

    def cancel_after_5(progress):
        if progress.files_done == 5:
            cancel.set()

    report = import_paths(project, [tmp_path / "many"], progress=cancel_after_5, cancel=cancel)
    assert report.cancelled
    assert report.imported == 5 == project.document_count()
    assert "cancelled" in report.summary()
    assert import_paths(project, [tmp_path / "many"]).imported == 15


def test_json_lines_go_through_the_registry(project, tmp_path):
    path = tmp_path / "docs.jsonl"
    lines = [
        {"text": "Bí thư Tỉnh ủy Phan Việt Cường phát biểu.", "label": [[15, 30, "PER"]]},
        {"text": "Chủ tịch UBND tỉnh Lê Trí Thanh dự họp.", "source_id": "b"},
    ]
    body = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines)
    path.write_text(body + "\n{not json\n", encoding="utf-8")
    report = import_paths(project, [tmp_path])
    assert report.imported == 2
    assert len(report.skipped) == 1 and "line 3" in report.skipped[0].reason
    first = next(d for d in project.iter_documents() if d.text.startswith("Bí thư"))
    (span,) = project.spans(first.id)
    assert first.text[span.start : span.end] == "Phan Việt Cường"


def test_a_document_the_store_refuses_is_reported_and_the_rest_imported(project, tmp_path):
    path = tmp_path / "docs.jsonl"
    rows = [
        {"text": "Văn bản có nhãn lạ.", "label": [[0, 7, "NOT_A_LABEL"]]},
        {"text": "Văn bản bình thường."},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    report = import_paths(project, [path], options=ImportOptions(new_labels="refuse"))
    assert report.imported == 1
    (skipped,) = report.skipped
    assert "NOT_A_LABEL" in skipped.reason
    assert (skipped.documents, skipped.entities) == (1, 1)


def test_forced_format_applies_to_every_file(project, tmp_path):
    path = tmp_path / "article.data"
    path.write_text("Tiêu đề\nNội dung.", encoding="utf-8")
    report = import_paths(project, [path], options=ImportOptions(format="text"))
    assert report.imported == 1
    wrong = import_paths(project, [path], options=ImportOptions(format="nope"))
    assert wrong.skipped[0].reason.startswith("unknown format 'nope'")
