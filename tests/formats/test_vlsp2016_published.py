"""VLSP 2016 files as published: markup lines are not text, quirks are read as meant, and the
file is written back as it came (tokens, columns, tags, sentences, title and editor lines)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from annotator.formats import registry, vlsp2016
from annotator.formats.tokens import ExportDoc, ExportSpan
from tests.formats.source_pipeline import source_export_doc

FIXTURE = (
    Path(__file__).parent.parent / "fixtures" / "formats" / "published" / "vlsp2016_article.txt"
)


@pytest.fixture
def doc():
    data = FIXTURE.read_bytes()
    assert registry.reader_for(FIXTURE, data).name == "vlsp2016"
    (read,) = list(vlsp2016.read(FIXTURE, data))
    return read


def _surfaces(doc) -> list[tuple[str, str]]:
    return [(doc.text[s:e], label) for s, e, label in doc.spans]


def test_title_editor_and_docstart_are_metadata_not_text(doc) -> None:
    assert doc.title == "Bí thư Tỉnh ủy Quảng Nam tiếp ."
    assert doc.meta["editor"] == "Vietlex team, 8-2016"
    assert "title" not in doc.text and "Vietlex" not in doc.text and "DOCSTART" not in doc.text
    assert doc.text.split("\n")[0].startswith("Ông Phan Việt Cường làm việc")
    assert len(doc.text.split("\n")) == 4  # four sentences, the last without its <s>


def test_a_row_glued_to_its_sentence_marker_is_read(doc) -> None:
    assert doc.text.split("\n")[1].startswith("Hội nghị diễn ra ở Hà Nội")


def test_stray_nested_values_are_reported_and_the_main_column_kept(doc) -> None:
    surfaces = _surfaces(doc)
    assert ("Ủy ban nhân dân tỉnh Quảng Nam", "ORG") in surfaces  # the main column
    assert ("Quảng Nam", "LOC") in surfaces  # the nested column where valid
    assert ("Hà Nội", "LOC") in surfaces and ("Việt Nam", "LOC") in surfaces
    warnings = doc.meta["import_warnings"]
    assert any("'Oy' is not a tag" in w for w in warnings)
    assert any("'o' is not a tag" in w for w in warnings)
    assert any("'' is not a tag" in w for w in warnings)


def test_a_row_with_the_wrong_column_count_is_reported_by_line_and_the_rest_kept(doc) -> None:
    warnings = doc.meta["import_warnings"]
    assert any(w.startswith("line 22 has 4 columns where the file has 5") for w in warnings)
    assert "line 24: 'Ny' after the marker left out" in warnings  # a stray on a <s> line
    assert doc.text.split("\n")[2] == "Sau đó Quân khu 4"


def test_written_back_byte_for_byte(doc) -> None:
    exported = source_export_doc(doc)
    out = vlsp2016.article_text(exported)
    original = FIXTURE.read_bytes().decode("utf-8")
    # Only the left-out row (wrong column count) and the sentence markers differ: a row
    # glued to its <s> gets its own line, a stray after <s> goes, a missing <s> comes.
    expected = (
        original.replace("<s>Hội_nghị", "<s>\t\t\t\t\r\nHội_nghị")
        .replace(".\tCH\tO\tO\r\n</s>", "</s>")
        .replace("<s>\tNy\t\t\t", "<s>\t\t\t\t")
        .replace("</s>\t\t\t\t\r\nHết", "</s>\t\t\t\t\r\n<s>\t\t\t\t\r\nHết")
    )
    assert out == unicodedata.normalize("NFC", expected)


def test_a_corrected_span_is_written_in_the_columns(doc) -> None:
    spans = [s for s in doc.spans if doc.text[s[0] : s[1]] != "Hà Nội"]
    start = doc.text.index("Hà Nội")
    spans.append((start, start + len("Hà Nội"), "ORG"))
    exported = source_export_doc(doc, spans=spans)
    out = vlsp2016.article_text(exported)
    assert "Hà_Nội\tNp\tB-NP\tB-ORG\to" in out  # the stray nested value stays as written


def test_documents_without_source_tokens_are_written_as_columns() -> None:
    text = "Ông A đến Huế."
    doc = ExportDoc(
        key="7",
        title="Tin",
        text=text,
        spans=(ExportSpan(10, 13, "LOC"),),
        blocks=(((0, 3), (4, 5), (6, 9), (10, 13), (13, 14)),),
        layers=((ExportSpan(10, 13, "LOC"),),),
    )
    out = vlsp2016.article_text(doc)
    assert out.splitlines()[:3] == ["<title>Tin</title>", "-DOCSTART-", "<s>\t"]
    assert "Huế\tB-LOC" in out


def _round_trip(tmp_path: Path, text: str) -> str:
    path = tmp_path / "bai.txt"
    path.write_bytes(text.encode("utf-8"))
    assert registry.reader_for(path, path.read_bytes()).name == "vlsp2016"
    (read,) = list(vlsp2016.read(path, path.read_bytes()))
    assert read.text == "Ông Ba đến Huế.\nBà Tư về."
    return vlsp2016.article_text(source_export_doc(read))


ROWS = (
    "Ông\tNc\tB-NP\tO\tO\nBa\tNp\tB-NP\tB-PER\tO\nđến\tV\tB-VP\tO\tO\n"
    "Huế\tNp\tB-NP\tB-LOC\tO\n.\tCH\tO\tO\tO\n",
    "Bà\tNc\tB-NP\tO\tO\nTư\tNp\tB-NP\tB-PER\tO\nvề\tV\tB-VP\tO\tO\n.\tCH\tO\tO\tO\n",
)


def test_a_file_without_docstart_and_with_bare_markers_is_written_back_as_it_came(
    tmp_path: Path,
) -> None:
    text = "<title>Tin</title>\n" + "".join(f"<s>\n{rows}</s>\n" for rows in ROWS)
    assert _round_trip(tmp_path, text) == text  # no -DOCSTART-, no tabs after <s>, </s>


def test_a_file_with_docstart_and_padded_markers_keeps_them(tmp_path: Path) -> None:
    text = "<title>Tin</title>\n-DOCSTART-\n" + "".join(
        f"<s>\t\t\t\t\n{rows}</s>\t\t\t\t\n" for rows in ROWS
    )
    assert _round_trip(tmp_path, text) == text


def test_a_file_of_sentences_parted_by_blank_lines_is_written_back_so(tmp_path: Path) -> None:
    text = "<title>Tin</title>\n" + "\n".join(ROWS)
    assert _round_trip(tmp_path, text) == text
