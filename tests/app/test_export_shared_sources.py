"""Exports name a document's file from the folder it was imported from, not the linguist's folders.

A real import from a folder outside the working directory stores the full
path (the project keeps it) and the path from that folder; jsonl and
doccano-rel write the latter unless --absolute-sources, and the summary says
which. Documents of older projects (no import folder known) go out by file name.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import cli
from annotator.core.model import SourceDocument
from annotator.store import create_project, open_project
from annotator.store.migrations import MIGRATIONS


def _cli(*args: str):
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0 and "Traceback" not in result.output, result.output
    return result


@pytest.fixture
def imported(tmp_path: Path) -> tuple[Path, Path]:
    return import_outside(tmp_path)


def import_outside(tmp_path: Path) -> tuple[Path, Path]:
    """A project in the working folder; articles in a folder of the linguist's, elsewhere."""
    home = tmp_path / "home" / "lan" / "Tài liệu"
    corpus = home / "bao-2021"
    (corpus / "thang1").mkdir(parents=True)
    (corpus / "thang1" / "a.txt").write_text("Kỳ họp thứ nhất của Quốc hội khóa XV.", "utf-8")
    records = [{"text": "Hội nghị Trung ương lần thứ năm."}, {"text": "Tỉnh ủy Quảng Nam họp."}]
    (corpus / "tin.jsonl").write_text("\n".join(json.dumps(r) for r in records), "utf-8")
    (corpus / "brat").mkdir()  # read through its .ann, the source names the .txt
    (corpus / "brat" / "b.txt").write_text("Thủ tướng thăm Cần Thơ.", "utf-8")
    (corpus / "brat" / "b.ann").write_text("T1\tLOC 14 21\tCần Thơ\n", "utf-8")
    work = tmp_path / "work"
    work.mkdir()
    assert not str(corpus).startswith(os.getcwd())  # outside the working folder
    project = work / "p.db"
    _cli("new", str(project))
    _cli("import", str(project), str(corpus))
    (home / "le.txt").write_text("Bí thư Tỉnh ủy tiếp dân.", "utf-8")
    _cli("import", str(project), str(home / "le.txt"))
    return project, home


def _exported(out: Path) -> list[dict]:
    return [json.loads(line) for f in sorted(out.rglob("*.jsonl")) for line in f.open()]


def test_the_project_keeps_full_paths_and_exports_name_the_import_folder(imported) -> None:
    project, home = imported
    with open_project(project) as opened:
        stored = {d.source for d in opened.iter_documents()}
    assert str(home / "bao-2021" / "thang1" / "a.txt") in stored  # kept in the project
    out = project.parent / "out"
    done = _cli("export", str(project), "--format", "jsonl", "--status", "new", "--out", str(out))
    assert "5 document sources written from the folder they were imported from" in done.output
    assert "“bao-2021/thang1/a.txt”" in done.output  # an example of what was written
    sources = sorted(row["source"] for row in _exported(out))
    assert sources == [
        "bao-2021/brat/b.txt", "bao-2021/thang1/a.txt", "bao-2021/tin.jsonl:1",
        "bao-2021/tin.jsonl:2", "le.txt",
    ]  # fmt: skip
    for written in out.rglob("*"):  # the files, the dataset card and its options included
        if written.is_file():
            assert str(project.parent.parent) not in written.read_text("utf-8", "replace"), written
    assert '"out": "out"' in (out / "README.md").read_text("utf-8")
    rel = project.parent / "rel"
    _cli("export", str(project), "--format", "doccano-rel", "--status", "new", "--out", str(rel))
    assert "bao-2021/thang1/a.txt" in {row["source"] for row in _exported(rel)}


def test_full_paths_are_written_only_when_asked(imported) -> None:
    project, home = imported
    out = project.parent / "full"
    done = _cli(
        "export", str(project), "--format", "jsonl", "--status", "new", "--out", str(out),
        "--absolute-sources",
    )  # fmt: skip
    assert "5 document sources written as full paths, as asked" in done.output
    assert str(home / "le.txt") in {row["source"] for row in _exported(out)}


def _project_before_shared_sources(tmp_path: Path) -> Path:
    """A project made before migration 0093, its documents imported with full paths."""
    path = tmp_path / "old.db"
    before = tuple(m for m in MIGRATIONS if m.name != "0093_shared_sources")
    with create_project(path, migrations=before) as old:
        old.add_document(SourceDocument(text="Kỳ họp thứ ba.", source="/home/lan/bao/c.txt"))
        old.add_document(SourceDocument(text="Tin ngắn.", source="D:\\Lan\\tin.jsonl:7"))
        old.add_document(SourceDocument(text="Tin khác.", source="mau/d.txt"))
    return path


def test_a_project_of_the_previous_schema_exports_file_names(tmp_path: Path) -> None:
    path = _project_before_shared_sources(tmp_path)
    conn = sqlite3.connect(path)
    columns = {row[1] for row in conn.execute("PRAGMA table_info(documents)")}
    conn.close()
    assert "shared_source" not in columns
    out = tmp_path / "out"
    done = _cli("export", str(path), "--format", "jsonl", "--status", "new", "--out", str(out))
    assert "2 document sources written as the file name only" in done.output
    assert sorted(row["source"] for row in _exported(out)) == ["c.txt", "mau/d.txt", "tin.jsonl:7"]


def test_a_work_package_carries_the_shared_sources(imported) -> None:
    project, home = imported
    out = project.parent / "packages"
    _cli(
        "package", "create", str(project), "--annotators", "an", "--overlap", "1", "--out", str(out)
    )
    [package] = out.glob("*.db")
    with open_project(package) as opened:
        sources = {d.source for d in opened.iter_documents()}
    assert "bao-2021/thang1/a.txt" in sources and "le.txt" in sources
    assert not any(str(home) in s for s in sources)


def test_a_work_package_of_an_older_project_carries_file_names_not_full_paths(
    tmp_path: Path,
) -> None:
    """Documents imported before import folders were kept go out as an export writes them."""
    path = _project_before_shared_sources(tmp_path)
    out = tmp_path / "packages"
    _cli("package", "create", str(path), "--annotators", "an", "--overlap", "1", "--out", str(out))
    [package] = out.glob("*.db")
    with open_project(package) as opened:
        sources = sorted(d.source for d in opened.iter_documents())
    assert sources == ["c.txt", "mau/d.txt", "tin.jsonl:7"]
    with open_project(path) as lead:  # the lead's project keeps its full paths
        assert "/home/lan/bao/c.txt" in {d.source for d in lead.iter_documents()}
