"""A span after an emoji survives an export to each format and an import of that export.

Offsets are code points into NFC text: an astral character (an emoji, a ZWJ
family, a flag, a mathematical letter) counts one or more code points and
must not shift the spans after it, and each format's folder must be read back
by `annotator import` without `--format` (the file names and contents say
what the files are).
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import cli
from annotator.store import open_project

TEXT = unicodedata.normalize(
    "NFC",
    "Ông 😀 Nguyễn Văn A 👨‍👩‍👧 gặp bà 🇻🇳 Trần Thị B tại Hà Nội 𝕏.\n"
    "Ngày 2 tháng 9, Bộ Ngoại giao 😀 họp.\n"
    "cafe\u0301 Lê Văn C.",
)
SPANS = [
    ("Nguyễn Văn A", "PER"),
    ("Trần Thị B", "PER"),
    ("Hà Nội", "LOC"),
    ("Bộ Ngoại giao", "ORG"),
    ("Lê Văn C", "PER"),
]
# (format, options): every format an import reads back, at both token levels for CoNLL.
EXPORTS = [
    ("conll", ("--level", "syllable")),
    ("conll", ("--level", "word")),
    ("jsonl", ()),
    ("doccano-rel", ()),
    ("brat", ()),
    ("spacy", ()),
    ("phoner", ()),
    ("vlsp2016", ()),
    ("vlsp2016", ("--pos",)),
    ("vlsp2018", ()),
]


def _cli(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), input="y\n", catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _spans(path: Path) -> list[tuple[str, str]]:
    project = open_project(path, access="read")
    try:
        found = []
        for doc_id in project.document_ids():
            text = project.document(doc_id).text
            found += [(text[s.start : s.end], s.label) for s in project.spans(doc_id)]
        return sorted(found)
    finally:
        project.close()


@pytest.fixture
def corpus_project(tmp_path: Path) -> Path:
    """A project holding one document imported from JSONL, marked done."""
    source = tmp_path / "emoji.jsonl"
    labels = [[TEXT.index(s), TEXT.index(s) + len(s), label] for s, label in SPANS]
    source.write_text(json.dumps({"text": TEXT, "label": labels}, ensure_ascii=False) + "\n")
    path = tmp_path / "p.db"
    _cli("new", str(path))
    _cli("import", str(path), str(source), "--quiet")
    _cli("mark-done", str(path))
    assert _spans(path) == sorted(SPANS)
    return path


@pytest.mark.parametrize(("fmt", "options"), EXPORTS)
def test_an_export_imported_again_gives_the_same_spans(
    corpus_project: Path, tmp_path: Path, fmt: str, options: tuple[str, ...]
) -> None:
    if fmt == "spacy":
        pytest.importorskip("spacy")
    out = tmp_path / "out"
    _cli("export", str(corpus_project), "--format", fmt, *options, "--out", str(out), "--quiet")
    again = tmp_path / "again.db"
    _cli("new", str(again))
    _cli("import", str(again), str(out), "--quiet")
    assert _spans(again) == sorted(SPANS)


def test_a_one_line_document_exported_to_vlsp2016_is_read_back(tmp_path: Path) -> None:
    """A short file is mostly `-DOCSTART-` and markers: its few rows still make it VLSP 2016."""
    source = tmp_path / "short.jsonl"
    source.write_text(json.dumps({"text": "Đà Nẵng 3", "label": [[0, 7, "LOC"]]}) + "\n")
    project = tmp_path / "p.db"
    _cli("new", str(project))
    _cli("import", str(project), str(source), "--quiet")
    _cli("mark-done", str(project))
    out = tmp_path / "out"
    _cli("export", str(project), "--format", "vlsp2016", "--out", str(out), "--quiet")
    again = tmp_path / "again.db"
    _cli("new", str(again))
    _cli("import", str(again), str(out), "--quiet")
    assert _spans(again) == [("Đà Nẵng", "LOC")]
