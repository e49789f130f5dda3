"""A project file whose stored units older syllable rules made opens, takes spans and exports on today's tokens.

Before `syllables-3`, a comma between two letters joined them: "Klimovo,vùng"
was one token, so the place could not be selected or exported alone. Files
of that time are built here with that version string, in both forms they
may hold: compact rows (sentence starts only) and the oldest rows, which
also stored the token strings of those rules. Before `syllables-4`, a word
glued to the next list item's number was one token with it ("sản3"); files
of that time hold compact rows only, which today's import writes too but for
the version string.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from annotator.app.exporting.run import ExportOptions, run_export
from annotator.app.exporting.tokens import SYLLABLE, WORD, TokenOptions
from annotator.core.model import SourceDocument
from annotator.core.operations import AddSpan, SetStatus
from annotator.core.syllables import joined_spans
from annotator.nlp import stored_units
from annotator.nlp.units import sentence_spans
from annotator.store import create_project, open_project

TEXT = "Trực thăng không kích làng Klimovo,vùng Bryansk. Giá xăng tăng 1,5 lần, lên 12.000 đồng."
OLD = "syllables-2/"
NOW = "syllables-4/"


def _compact_of_old_rules() -> tuple[str, str, bytes, bytes]:
    version, forms, starts, sentences = stored_units.units_of(TEXT)
    assert version.startswith(NOW)
    return version.replace(NOW, OLD, 1), forms, starts, sentences


def _oldest_of_old_rules() -> tuple[str, str, bytes, bytes]:
    """Token strings and four-byte starts as the old rules cut them, four-byte sentence starts."""
    tokens = joined_spans(TEXT)
    forms = "\n".join(TEXT[a:b] for a, b in tokens)
    sentences = [start for start, _ in sentence_spans(TEXT)]
    version = stored_units.version().replace(NOW, OLD, 1)
    return version, forms, _four_bytes([a for a, _ in tokens]), _four_bytes(sentences)


def _four_bytes(values: list[int]) -> bytes:
    return b"".join(value.to_bytes(4, "little") for value in values)


def _old_file(path: Path, units: tuple[str, str, bytes, bytes]) -> int:
    with create_project(path, annotator="tester") as project:
        doc_id = project.add_document(SourceDocument(text=TEXT, title="Nga", units=units))
    return doc_id


def _stored_version(path: Path, doc_id: int) -> str:
    with closing(sqlite3.connect(path)) as conn:
        (version,) = conn.execute(
            "SELECT version FROM document_units WHERE doc_id = ?", (doc_id,)
        ).fetchone()
    return version


def _stored_row(path: Path, doc_id: int) -> tuple[str, str, bytes, bytes]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(
            "SELECT version, forms, starts, sentences FROM document_units WHERE doc_id = ?",
            (doc_id,),
        ).fetchone()


def _export(project, out: Path, level: str) -> list[list[str]]:
    options = ExportOptions(format="conll", out=out, tokens=TokenOptions(level=level))
    run_export(project, options)
    lines = (out / "all.conll").read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("-DOCSTART-")]


@pytest.mark.parametrize("units", [_compact_of_old_rules(), _oldest_of_old_rules()])
def test_an_old_file_takes_the_glued_place_and_exports_it_alone(tmp_path: Path, units) -> None:
    path = tmp_path / "old.db"
    doc_id = _old_file(path, units)
    start = TEXT.index("Klimovo")
    assert _stored_version(path, doc_id).startswith(OLD)
    with open_project(path) as project:
        session = project.session()
        session.apply(AddSpan(doc_id, start, start + len("Klimovo"), "LOC"))
        session.apply(SetStatus(doc_id, "done"))
    with open_project(path) as project:
        assert [(s.start, s.end, s.label) for s in project.spans(doc_id)] == [
            (start, start + len("Klimovo"), "LOC")
        ]
        for level in (SYLLABLE, WORD):
            rows = _export(project, tmp_path / level, level)
            forms = [row[0] for row in rows]
            at = forms.index("Klimovo")
            assert rows[at][-1] == "B-LOC", level
            assert forms[at : at + 3] == ["Klimovo", ",", "vùng"], level
            assert [rows[at + 1][-1], rows[at + 2][-1]] == ["O", "O"], level
            assert "1,5" in forms and "12.000" in forms, level


BILLS = "Sẽ cho ý kiến:\n1. Luật bảo hiểm y tế2. Luật kinh doanh bất động sản3. Luật thủy sản."
BILL = "Luật kinh doanh bất động sản"
PREVIOUS = "syllables-3/"


def _compact_of_previous_rules() -> tuple[str, str, bytes, bytes]:
    version, forms, starts, sentences = stored_units.units_of(BILLS)
    assert version.startswith(NOW)
    return version.replace(NOW, PREVIOUS, 1), forms, starts, sentences


def test_a_file_of_the_previous_rules_takes_a_bill_glued_to_the_next_number(tmp_path: Path) -> None:
    path = tmp_path / "previous.db"
    units = _compact_of_previous_rules()
    with create_project(path, annotator="tester") as project:
        doc_id = project.add_document(SourceDocument(text=BILLS, title="Luật", units=units))
    assert _stored_version(path, doc_id).startswith(PREVIOUS)
    decoded = stored_units.decode(_stored_row(path, doc_id), BILLS)
    assert decoded is not None  # sentence starts kept, tokens cut by today's rules
    assert list(decoded[2]) == [start for start, _ in sentence_spans(BILLS)]
    assert decoded[0][decoded[0].index("sản") :][:3] == ["sản", "3", "."]
    start = BILLS.index(BILL)
    with open_project(path) as project:
        session = project.session()
        session.apply(AddSpan(doc_id, start, start + len(BILL), "DOC"))
        session.apply(SetStatus(doc_id, "done"))
    with open_project(path) as project:
        for level in (SYLLABLE, WORD):
            rows = _export(project, tmp_path / level, level)
            forms = [row[0] for row in rows]
            at = forms.index("3")
            # The word before the number ends at it ("bất_động_sản" at word level).
            assert forms[at - 1].split("_")[-1] == "sản", level
            assert forms[at : at + 2] == ["3", "."], level
            assert [rows[at - 1][-1], rows[at][-1], rows[at + 1][-1]] == ["I-DOC", "O", "O"], level
            assert rows[forms.index("Luật", at)][-1] == "O", level
