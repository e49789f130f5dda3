"""`annotator import` decodes HTML character references of plain text, counts them, and keeps
them as written with --keep-character-references; brat files keep their offsets' text."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from annotator.cli import cli
from annotator.store import open_project


def _articles(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a.txt").write_text(
        "# title = Tung tin &#39;Mr Bean&#39; qua đời\nBộ NN&amp;PTNT họp ở Hà Nội.\n", "utf-8"
    )
    (folder / "b.txt").write_text("Bài &quot;thứ hai&quot; về Quốc hội.\n", "utf-8")
    (folder / "c.txt").write_text("Bài thứ ba, không có tham chiếu.\n", "utf-8")
    return folder


def _import(tmp_path: Path, *flags: str) -> tuple[str, list[str], list[str]]:
    project = tmp_path / "p.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["new", str(project)]).exit_code == 0
    folder = _articles(tmp_path / "bai")
    result = runner.invoke(cli, ["import", str(project), str(folder), "--quiet", *flags])
    assert result.exit_code == 0, result.output
    opened = open_project(project)
    try:
        docs = [opened.document(i) for i in opened.document_ids()]
        return result.output, [d.text for d in docs], [str(d.meta.get("title", "")) for d in docs]
    finally:
        opened.close()


def test_references_are_decoded_and_counted_per_file(tmp_path: Path) -> None:
    output, texts, titles = _import(tmp_path)
    assert "Bộ NN&PTNT họp ở Hà Nội." in texts
    assert 'Bài "thứ hai" về Quốc hội.' in texts
    assert "Tung tin 'Mr Bean' qua đời" in titles
    assert not any("&#39;" in t or "&amp;" in t or "&quot;" in t for t in texts + titles)
    assert "5 HTML character references decoded in 2 files" in output.splitlines()[0]


def test_the_flag_keeps_them_as_written(tmp_path: Path) -> None:
    output, texts, titles = _import(tmp_path, "--keep-character-references")
    assert "Bộ NN&amp;PTNT họp ở Hà Nội." in texts
    assert "Tung tin &#39;Mr Bean&#39; qua đời" in titles
    assert "character reference" not in output


def test_brat_text_keeps_its_references_with_its_offsets(tmp_path: Path) -> None:
    folder = tmp_path / "brat"
    folder.mkdir()
    text = "Bộ NN&amp;PTNT họp với ông Nguyễn Văn An."
    (folder / "d.txt").write_text(text, "utf-8")
    start = text.index("Nguyễn")
    (folder / "d.ann").write_text(f"T1\tPER {start} {start + 13}\tNguyễn Văn An\n", "utf-8")
    project = tmp_path / "p.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["new", str(project)]).exit_code == 0
    result = runner.invoke(cli, ["import", str(project), str(folder), "--quiet"])
    assert result.exit_code == 0, result.output
    opened = open_project(project)
    try:
        (doc_id,) = opened.document_ids()
        doc = opened.document(doc_id)
        (span,) = opened.spans(doc_id)
        assert doc.text == text
        assert doc.text[span.start : span.end] == "Nguyễn Văn An"
    finally:
        opened.close()
