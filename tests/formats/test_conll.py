"""CoNLL writer and reader: columns, schemes, word level, POS columns, DOCSTART, real fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.app.importing.reading import ImportOptions, read_file
from annotator.core.model import SourceDocument
from annotator.formats import conll, registry
from annotator.formats.tokens import ExportDoc, ExportSpan
from tests.formats.pipeline import export_doc

TEXT = "Bí thư Tỉnh ủy Quảng Nam (Việt Nam)."


def _doc(spans: list[tuple[int, int, str]]) -> ExportDoc:
    return export_doc(SourceDocument(text=TEXT, spans=tuple(spans)), tokens=True)


def test_syllable_level_iob2_lines() -> None:
    doc = _doc([(0, 14, "ROLE"), (7, 14, "ORG"), (15, 24, "LOC")])
    lines = "".join(conll.document_lines(doc, scheme="iob2", docstart=False)).splitlines()
    assert lines[:6] == [
        "Bí\tB-ROLE\tO",
        "thư\tI-ROLE\tO",
        "Tỉnh\tI-ROLE\tB-ORG",
        "ủy\tI-ROLE\tI-ORG",
        "Quảng\tB-LOC\tO",
        "Nam\tI-LOC\tO",
    ]


def test_reader_rebuilds_text_and_nested_spans() -> None:
    doc = _doc([(0, 14, "ROLE"), (7, 14, "ORG"), (15, 24, "LOC"), (26, 34, "LOC")])
    data = "".join(conll.document_lines(doc, scheme="bioes", docstart=True)).encode()
    (back,) = list(conll.read(Path("x.conll"), data))
    assert back.text == TEXT
    assert back.spans == ((0, 14, "ROLE"), (7, 14, "ORG"), (15, 24, "LOC"), (26, 34, "LOC"))


def test_word_level_joins_syllables_and_reads_back_spaces() -> None:
    doc = _doc([(15, 24, "LOC")])
    words = ((0, 6), (7, 14), (15, 24), (25, 26), (26, 34), (34, 35), (35, 36))
    doc = ExportDoc(
        key="1",
        title="",
        text=TEXT,
        spans=doc.spans,
        blocks=(words,),
        layers=(doc.spans,),
        word_level=True,
    )
    out = "".join(conll.document_lines(doc, scheme="iob2", docstart=False))
    assert out.splitlines()[:3] == ["Bí_thư\tO", "Tỉnh_ủy\tO", "Quảng_Nam\tB-LOC"]
    (back,) = list(conll.read(Path("w.conll"), out.encode()))
    assert back.text == "Bí thư Tỉnh ủy Quảng Nam (Việt Nam)."
    assert back.spans == ((15, 24, "LOC"),)


def test_pos_and_chunk_columns_follow_the_vlsp_layout() -> None:
    base = _doc([(15, 24, "LOC")])
    tags = tuple(tuple(("N", "B-NP") for _ in block) for block in base.blocks)
    doc = ExportDoc(
        key="1",
        title="",
        text=TEXT,
        spans=base.spans,
        blocks=base.blocks,
        layers=base.layers,
        tags=tags,
    )
    out = "".join(conll.document_lines(doc, scheme="iob2", docstart=False))
    assert out.splitlines()[4] == "Quảng\tN\tB-NP\tB-LOC"
    (back,) = list(conll.read(Path("p.conll"), out.encode()))
    assert back.spans == ((15, 24, "LOC"),)


def test_without_docstart_each_block_is_a_document() -> None:
    data = "Hà\tB-LOC\nNội\tI-LOC\n\nHuế\tB-LOC\n".encode()
    docs = list(conll.read(Path("x.conll"), data))
    assert [d.text for d in docs] == ["Hà Nội", "Huế"]


def test_iob1_input_is_read() -> None:
    data = "Hà\tI-LOC\nNội\tI-LOC\nHuế\tB-LOC\nvà\tO\nAn\tI-PER\n".encode()
    (doc,) = list(conll.read(Path("x.iob"), data))
    assert [(doc.text[s:e], label) for s, e, label in doc.spans] == [
        ("Hà Nội", "LOC"),
        ("Huế", "LOC"),
        ("An", "PER"),
    ]


def test_ragged_line_is_reported_with_its_number_and_the_rest_kept() -> None:
    data = "-DOCSTART-\n\nHà\tB-LOC\tX\nNội\tI-LOC\n\n-DOCSTART-\n\nHuế\tB-LOC\n".encode()
    out = list(conll.read(Path("x.conll"), data))
    assert all(isinstance(doc, SourceDocument) for doc in out)
    assert out[0].text == "Nội" and out[0].spans == ((0, 3, "LOC"),)
    (warning,) = out[0].meta["import_warnings"]
    assert "line 3 has 3 columns where the file has 2" in warning
    assert out[1].text == "Huế"


def test_span_crossing_a_sentence_keeps_blocks_merged() -> None:
    src = SourceDocument(text="Ông A. B đến.", spans=((4, 8, "PER"),))
    doc = export_doc(src, tokens=True)
    assert len(doc.blocks) == 1
    assert conll.build_document(
        conll.parse_blocks(
            "".join(conll.document_lines(doc, scheme="iob2", docstart=False)).splitlines()
        )[0],
        word_level=False,
    ).spans == ((4, 8, "PER"),)


@pytest.mark.shared
def test_underthesea_fixtures_read_as_word_level_with_four_columns(shared_dir: Path) -> None:
    folder = shared_dir / "corpus" / "underthesea-ner-fixtures" / "tests" / "ner" / "samples"
    entities = 0
    for path in sorted(folder.glob("*.txt")):
        data = path.read_bytes()
        reader = registry.reader_for(path, data[:4096])
        assert reader.name == "conll"
        for doc in reader.read(path, data):
            assert isinstance(doc, SourceDocument)
            entities += len(doc.spans)
            assert "\t" not in doc.text
    assert entities == 15


def test_export_span_is_hashable_for_set_membership() -> None:
    assert len({ExportSpan(0, 1, "PER"), ExportSpan(0, 1, "PER")}) == 1


def test_a_file_of_one_column_is_refused_with_the_reason(tmp_path: Path) -> None:
    """Rows without a tag column say so, rather than fail inside the reader (an IndexError)."""
    path = tmp_path / "words.conll"
    path.write_text("Hà\nNội\n\nabc\n", encoding="utf-8")
    result = read_file(str(path), ImportOptions(jobs=1))
    reasons = [str(getattr(item, "message", item)) for item in result.items]
    assert result.failure is None and len(reasons) == 2
    assert all("no tag column" in reason for reason in reasons)
