"""Large exports render chunks in worker processes and write exactly what one process writes."""

from __future__ import annotations

import os
from pathlib import Path

import psutil
import pytest

from annotator.app import worker_processes
from annotator.app.exporting import chunks as export_chunks
from annotator.app.exporting.run import ExportOptions, run_export
from annotator.app.exporting.select import Selection
from annotator.app.exporting.tokens import TokenOptions
from annotator.app.importing.reading import with_units
from annotator.core.model import Region, SourceDocument
from annotator.core.operations import SetStatus
from tests.formats.pipeline import ARTICLES, build_project

SENTENCES = [
    "Bí thư Tỉnh ủy Quảng Nam Lê Trí Thanh dự hội nghị sáng 23.2.",
    "Ông N.Đ. Hùng, Chủ tịch HĐND TP.HCM, chủ trì kỳ họp thứ 6.",
    "Nghị quyết 18-NQ/TW được ban hành năm 2017. Tỉnh Thừa Thiên Huế triển khai ngay.",
]


def _more_documents(count: int) -> list[SourceDocument]:
    """Documents with spans on syllables, inside a syllable, nested, and a caption."""
    docs = []
    for i in range(count):
        body = f"{SENTENCES[i % 3]} {SENTENCES[(i + 1) % 3]}"
        text = f"Bản tin {i}\n{body}\nẢnh: N.Đ\nSố {i} của ban biên tập."
        at = text.index("Lê Trí Thanh") if "Lê Trí Thanh" in text else text.index("Tỉnh")
        spans = [(at, at + 3, "PER"), (0, 7, "DOC"), (0, 3, "EVENT")]
        if i % 4 == 0:
            spans.append((at + 1, at + 6, "PER"))  # starts inside "Lê": split and reported
        caption = text.index("Ảnh:")
        regions = (Region(caption, caption + len("Ảnh: N.Đ"), "caption"),)
        source = SourceDocument(
            text=text, title=f"Bản tin {i}", spans=tuple(spans), regions=regions
        )
        # Half of them as an import stores them, with their tokens; half without.
        docs.append(with_units(source) if i % 2 else source)
    return docs


@pytest.fixture
def big(project, monkeypatch):
    """A project on disk that takes workers: small chunks, no minimum size."""
    ids = build_project(project)
    for _, new_id in project.add_documents(_more_documents(57)):
        project.session().apply(SetStatus(new_id, "done"))
        ids.append(new_id)
    monkeypatch.setattr(export_chunks, "MIN_DOCUMENTS_FOR_WORKERS", 0)
    monkeypatch.setattr(export_chunks, "MIN_CHARACTERS_FOR_WORKERS", 0)
    monkeypatch.setattr(export_chunks, "CHUNK_DOCUMENTS", 7)
    assert len(ids) == len(ARTICLES) + 57
    return project


# Card lines that differ between two exports of the same data: date, folder, jobs.
_OWN_LINES = ("- exported:", '  "out":', '  "jobs":')


def _export(project, folder: Path, **kw):
    """The files (the dataset card without its own lines), report and counts of one export."""
    out = folder / "dataset"
    result = run_export(project, ExportOptions(out=out, **kw))
    files = {}
    for path in sorted(out.iterdir()):
        data = path.read_text(encoding="utf-8")
        if path.name == "README.md":
            data = "\n".join(ln for ln in data.splitlines() if not ln.startswith(_OWN_LINES))
        files[path.name] = data
    return files, result.report.to_dict(), result.stats


CASES = {
    "conll-sentences": dict(format="conll", scheme="bioes"),
    "conll-captions-cut": dict(format="conll", selection=Selection(skip_regions=("caption",))),
    "conll-layers": dict(format="conll", overlap="layers", tokens=TokenOptions(block="paragraph")),
    "conll-words-split": dict(
        format="conll", tokens=TokenOptions(level="word"), split=(8, 1, 1), seed=5
    ),
    "jsonl-regions-pending": dict(
        format="jsonl",
        selection=Selection(skip_regions=("caption",), include_pending=True),
        split=(8, 1, 1),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_workers_write_what_one_process_writes(big, tmp_path: Path, case: str) -> None:
    options = CASES[case]
    alone = _export(big, tmp_path / "alone", jobs=1, **options)
    parallel = _export(big, tmp_path / "parallel", jobs=2, **options)
    assert parallel == alone
    files, report, stats = alone
    assert sum(stats.documents.values()) + report["counts"].get("empty", 0) == len(ARTICLES) + 57
    assert any(len(text) > 1000 for text in files.values())
    if options["format"] == "conll" and "level" not in str(options):
        assert report["counts"]["split"] >= 15  # split spans take the general path


def test_chunks_are_rendered_by_other_processes(big, tmp_path: Path) -> None:
    seen: set[int] = set()
    me = psutil.Process()

    def progress(done: int, total: int) -> None:
        seen.update(child.pid for child in me.children(recursive=True))

    before = {c.pid for c in me.children(recursive=True)}
    options = ExportOptions(format="conll", out=tmp_path / "x", jobs=2)
    run_export(big, options, progress=progress)
    assert len(seen - before) == 2
    assert not ({c.pid for c in me.children(recursive=True)} - before)  # all stopped


def test_a_dry_run_with_workers_reports_the_same(big, tmp_path: Path) -> None:
    results = [
        run_export(big, ExportOptions(format="conll", jobs=jobs), dry_run=True) for jobs in (1, 2)
    ]
    assert results[0].report.to_dict() == results[1].report.to_dict()
    assert results[0].stats == results[1].stats
    assert results[0].directory is None and not (tmp_path / "exports").exists()


def test_workers_that_cannot_start_leave_the_export_here(big, tmp_path: Path, monkeypatch):
    alone = _export(big, tmp_path / "alone", format="jsonl", jobs=1)
    monkeypatch.setattr(worker_processes.sys, "executable", str(tmp_path / "no-python"))
    assert _export(big, tmp_path / "here", format="jsonl", jobs=2) == alone


def test_small_or_unsaved_projects_render_here(project, tmp_path: Path) -> None:
    writer = export_chunks.writer_named("conll")
    assert export_chunks.worker_count(0, 100, project, writer) == 0  # too few documents
    big_enough = export_chunks.MIN_DOCUMENTS_FOR_WORKERS
    assert export_chunks.worker_count(1, big_enough, project, writer) == 0  # asked for none
    assert export_chunks.worker_count(3, big_enough, project, writer) == 3
    assert 1 <= export_chunks.worker_count(0, big_enough, project, writer) <= (os.cpu_count() or 1)

    class Unsaved:
        path = None

    assert export_chunks.worker_count(2, big_enough, Unsaved(), writer) == 0
    # Many short documents (sentences of a corpus) render faster here than in workers.
    few_characters = export_chunks.MIN_CHARACTERS_FOR_WORKERS - 1
    assert export_chunks.worker_count(0, big_enough, project, writer, few_characters) == 0
    many = export_chunks.MIN_CHARACTERS_FOR_WORKERS
    assert export_chunks.worker_count(0, big_enough, project, writer, many) >= 1


def test_counting_a_chunk_at_once_counts_as_one_by_one() -> None:
    from annotator.app.exporting.report import ExportStats
    from annotator.formats.tokens import ExportDoc, ExportSpan

    docs = [
        ExportDoc("1", "a", "x", spans=(ExportSpan(0, 1, "PER", "an"), ExportSpan(0, 1, "LOC"))),
        ExportDoc("2", "b", "y", relations=((0, 0, "HOLDS"),)),
        ExportDoc("3", "c", "z", spans=(ExportSpan(0, 1, "PER", "binh"),)),
    ]
    each, batch = ExportStats(), ExportStats()
    for doc in docs:
        each.add_document("train", doc.spans, len(doc.relations))
    batch.add_documents("train", docs)
    batch.add_documents("dev", [])
    assert batch == each and batch.annotators == {"an": 1, "binh": 1}


def test_stored_tokens_are_not_used_for_a_text_with_regions_cut(tmp_path: Path) -> None:
    from annotator.store import create_project

    text = "Ảnh: Hội nghị tại Tam Kỳ\nÔng Lê Trí Thanh phát biểu tại hội nghị."
    source = SourceDocument(
        text=text,
        spans=((text.index("Lê"), text.index(" phát"), "PER"),),
        regions=(Region(0, text.index("\n"), "caption"),),
    )
    files = {}
    for name, doc in (("stored", with_units(source)), ("plain", source)):
        with create_project(tmp_path / f"{name}.db") as project:
            (doc_id,) = [i for _, i in project.add_documents([doc])]
            assert (next(project.iter_annotated([doc_id], units=True)).units is None) == (
                name == "plain"
            )
            for cut in ((), ("caption",)):
                out = tmp_path / f"{name}-{len(cut)}"
                selection = Selection(statuses=(), skip_regions=cut)
                run_export(project, ExportOptions(format="conll", out=out, selection=selection))
                files[name, cut] = (out / "all.conll").read_text(encoding="utf-8")
    assert files["stored", ("caption",)] == files["plain", ("caption",)]
    assert files["stored", ()] == files["plain", ()]
    assert "Ảnh" not in files["stored", ("caption",)] and "Lê\tB-PER" in files["stored", ()]


def test_tokens_stored_by_older_versions_export_the_same(big, tmp_path: Path) -> None:
    """A project whose units hold token strings and 4-byte starts (files written before
    packed tokens) exports exactly what the same project with packed tokens does."""
    from array import array

    from annotator.core.syllables import syllable_table
    from annotator.store.texts import read_texts

    packed = _export(big, tmp_path / "packed", format="conll", jobs=1)
    conn = big._conn
    unit_ids = [doc_id for (doc_id,) in conn.execute("SELECT doc_id FROM document_units")]
    rows = list(read_texts(conn, unit_ids).items())
    assert rows and all(
        forms == "" for (forms,) in conn.execute("SELECT forms FROM document_units")
    )
    conn.execute("BEGIN")
    for doc_id, text in rows:
        forms, starts = syllable_table(text)
        conn.execute(
            "UPDATE document_units SET forms = ?, starts = ? WHERE doc_id = ?",
            ("\n".join(forms), array("I", starts).tobytes(), doc_id),
        )
    conn.execute("COMMIT")
    assert _export(big, tmp_path / "older", format="conll", jobs=1) == packed
    assert _export(big, tmp_path / "older-workers", format="conll", jobs=2) == packed
