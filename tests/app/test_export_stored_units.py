"""Sentence starts stored beside a text serve a CoNLL export only when they fit the text.

A row edited by hand, or copied from another text, is detected and the text
cut anew: the export is then what a project without stored units writes.
"""

from __future__ import annotations

from array import array
from pathlib import Path

import pytest

from annotator.app.exporting.run import ExportOptions, run_export
from annotator.app.exporting.select import Selection
from annotator.app.importing.reading import with_units
from annotator.core.model import SourceDocument
from annotator.core.syllables import syllable_table
from annotator.nlp import stored_units

TEXTS = [
    "Bí thư Tỉnh ủy Quảng Nam Lê Trí Thanh dự hội nghị. Ông N.Đ. Hùng chủ trì kỳ họp thứ 6.",
    "Nghị quyết 18-NQ/TW được ban hành năm 2017. Tỉnh Thừa Thiên Huế triển khai ngay.",
    "Chào 🇻🇳 bạn. Hội nghị tại TP.HCM bế mạc lúc 15:30.",
]


def _documents() -> list[SourceDocument]:
    docs = []
    for text in TEXTS:
        at = text.index("Hội nghị") if "Hội nghị" in text else text.index("Tỉnh")
        docs.append(with_units(SourceDocument(text=text, spans=((at, at + 8, "EVENT"),))))
    return docs


def _conll(project, out: Path) -> str:
    run_export(project, ExportOptions(format="conll", out=out, selection=Selection(statuses=())))
    return (out / "all.conll").read_text(encoding="utf-8")


def _mid_sentence(text: str) -> tuple[int, int]:
    """A token start inside the first sentence, and a position inside a token."""
    forms, starts = syllable_table(text)
    return starts[3], starts[1] + 1


def _sentences_off_tokens(text: str, version: str) -> tuple[str, str, bytes, bytes]:
    token_start, inside = _mid_sentence(text)
    return version, "", b"", stored_units.pack_offsets([0, token_start, inside])


def _sentences_out_of_order(text: str, version: str) -> tuple[str, str, bytes, bytes]:
    token_start, _ = _mid_sentence(text)
    packed = array("I", [token_start, 0]).tobytes()
    forms, starts = syllable_table(text)
    return stored_units.version(), "\n".join(forms), array("I", starts).tobytes(), packed


def _tokens_of_another_text(text: str, version: str) -> tuple[str, str, bytes, bytes]:
    forms, starts = syllable_table(text)
    other = "\n".join(forms).upper()  # at the right places, but not the text's
    sentences = array("I", [0]).tobytes()
    return stored_units.version(), other, array("I", starts).tobytes(), sentences


@pytest.mark.parametrize(
    "tamper", [_sentences_off_tokens, _sentences_out_of_order, _tokens_of_another_text]
)
def test_units_that_do_not_fit_their_text_are_cut_anew(project, tmp_path: Path, tamper) -> None:
    ids = [doc_id for _, doc_id in project.add_documents(_documents())]
    conn = project._conn
    stored = dict(conn.execute("SELECT doc_id, version FROM document_units").fetchall())
    assert sorted(stored) == sorted(ids)
    honest = _conll(project, tmp_path / "honest")
    conn.execute("BEGIN")
    for doc_id, text in zip(ids, TEXTS, strict=True):
        conn.execute(
            "UPDATE document_units SET version = ?, forms = ?, starts = ?, sentences = ? "
            "WHERE doc_id = ?",
            (*tamper(text, stored[doc_id]), doc_id),
        )
    conn.execute("COMMIT")
    assert _conll(project, tmp_path / "tampered") == honest
    conn.execute("DELETE FROM document_units")
    conn.commit()
    assert _conll(project, tmp_path / "none") == honest


def test_each_tampered_row_is_refused_for_its_fault_alone() -> None:
    """Starts on token starts alone are read (and then cut the first sentence in two):
    the rows above are refused for their faults, in a chunk as one by one."""
    text = TEXTS[0]
    token_start, _ = _mid_sentence(text)
    version = stored_units.version() + stored_units.COMPACT
    fitting = (version, "", b"", stored_units.pack_offsets([0, token_start]))
    decoded = stored_units.decode(fitting, text)
    assert decoded is not None and list(decoded[2]) == [0, token_start]
    for tamper in (_sentences_off_tokens, _sentences_out_of_order, _tokens_of_another_text):
        row = tamper(text, version)
        assert stored_units.decode(row, text) is None
        assert stored_units.decode_all([row, fitting], [text, text]) == [None, decoded]
