"""Stored source tokens that do not fit their text are not written: the text is cut anew, and said.

A project file edited by hand, or a token row copied onto another document,
would otherwise export tokens of another text (a CoNLL file whose words are
not the document's). Tampered here through SQLite, as a user's tool would.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotator.app.exporting.run import ExportOptions, run_export
from annotator.app.exporting.select import Selection
from annotator.app.importing.importer import import_paths
from annotator.core.source_tokens import Layout, SourceTokens, TagOverride
from annotator.store import create_project, open_project
from annotator.store.token_layer import _pack_offsets

CORPUS = (
    "Ông\tO\nPhan_Việt_Cường\tB-PER\nở\tO\nTP._HCM\tB-LOC\n.\tO\n\n"
    "Sáng\tB-DATE\n23.2\tI-DATE\n,\tO\nMy/laodongthudo.vn\tO\nđưa\tO\ntin\tO\n\n"
)
FIRST, SECOND = CORPUS.split("\n\n")[:2]


def _imported(tmp_path: Path) -> tuple[Path, list[int]]:
    source, path = tmp_path / "corpus.conll", tmp_path / "p.db"
    source.write_text(CORPUS, encoding="utf-8")
    with create_project(path, annotator="tester") as project:
        assert import_paths(project, [source]).imported == 2
        ids = project.document_ids()
    return path, ids


def _export(path: Path, out: Path):
    with open_project(path, "tester") as project:
        options = ExportOptions(out=out, format="conll", selection=Selection(statuses=()))
        result = run_export(project, options)
    return result.report, (out / "all.conll").read_text(encoding="utf-8")


def _tamper(path: Path, sql: str, *params: object) -> None:
    conn = sqlite3.connect(path)
    with conn:
        assert conn.execute(sql, params).rowcount == 1
    conn.close()


def test_untampered_tokens_go_out_as_they_came(tmp_path: Path) -> None:
    path, _ = _imported(tmp_path)
    report, written = _export(path, tmp_path / "out")
    assert written == CORPUS and report.counts["refused_tokens"] == 0


def test_a_token_row_copied_onto_another_document_is_refused(tmp_path: Path) -> None:
    path, (first, second) = _imported(tmp_path)
    _tamper(path, "DELETE FROM document_tokens WHERE doc_id = ?", second)
    _tamper(
        path,
        "INSERT INTO document_tokens SELECT ?, layout, starts, ends, sentences, forms, extra, "
        "overrides FROM document_tokens WHERE doc_id = ?",
        second,
        first,
    )
    report, written = _export(path, tmp_path / "out")
    assert report.counts["refused_tokens"] == 1 and not report.lossless
    assert written.startswith(FIRST + "\n\n")  # the untouched document keeps its tokens
    # The other is cut anew in syllables: its own words, none of the first's.
    assert "Sáng\tB-DATE\n23.2\tI-DATE\n" in written and "Phan_Việt_Cường" not in written[10:]
    assert len(report.examples["refused_tokens"]) == 1


@pytest.mark.parametrize(
    "ends", [(3, 18, 21, 29, 30), (3, 19, 21, 29, 400)], ids=["shifted", "past the end"]
)
def test_offsets_edited_by_hand_are_refused(tmp_path: Path, ends: tuple[int, ...]) -> None:
    path, (first, _) = _imported(tmp_path)
    _tamper(
        path, "UPDATE document_tokens SET ends = ? WHERE doc_id = ?", _pack_offsets(ends), first
    )
    report, written = _export(path, tmp_path / "out")
    assert report.counts["refused_tokens"] == 1
    assert "Phan_Việt_Cường" not in written and "Phan\tB-PER\nViệt\tI-PER\n" in written


TEXT = "Ông Phan Việt Cường ở TP. HCM ."
BOUNDS = ((0, 3), (4, 19), (20, 21), (22, 29), (30, 31))


def _tokens(bounds=BOUNDS, **fields) -> SourceTokens:
    starts, ends = zip(*bounds, strict=True) if bounds else ((), ())
    return SourceTokens(Layout(word_join="_"), tuple(starts), tuple(ends), **fields)


def test_tokens_fit_the_text_they_were_read_from() -> None:
    assert _tokens().fits(TEXT)
    assert _tokens(sentences=(0, 2), forms=((1, "Phan_Việt_Cường"),)).fits(TEXT)
    assert _tokens(bounds=()).fits("   ") and _tokens(bounds=((3, 3),)).fits("   ")


@pytest.mark.parametrize(
    "tokens",
    [
        _tokens(bounds=BOUNDS[1:]),  # "Ông" outside every token
        _tokens(bounds=((0, 3), (4, 19), (20, 21), (22, 29), (28, 31))),  # overlapping
        _tokens(bounds=((0, 3), (4, 19), (22, 29), (20, 21), (30, 31))),  # out of order
        _tokens(bounds=(*BOUNDS[:-1], (30, 32))),  # past the text
        _tokens(sentences=(0, 6)),
        _tokens(sentences=(0, 3, 2)),
        _tokens(forms=((5, "x"),)),
        _tokens(extra=(("N",),)),
        _tokens(overrides=(TagOverride(0, 9, "O", "B-PER"),)),
        SourceTokens(Layout(), (0, 4), (3,)),
    ],
)
def test_tokens_of_another_text_or_shape_do_not_fit(tokens: SourceTokens) -> None:
    assert not tokens.fits(TEXT)
