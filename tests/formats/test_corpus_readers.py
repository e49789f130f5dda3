"""Import-only layouts: VLSP 2016 columns, VLSP 2018 ENAMEX, PhoNER JSONL and CoNLL."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from annotator.core.errors import ImportFailure
from annotator.core.model import SourceDocument
from annotator.formats import registry, vlsp2018


def _read(path: Path) -> tuple[str, list]:
    data = path.read_bytes()
    reader = registry.reader_for(path, data[:4096])
    return reader.name, list(reader.read(path, data))


def _surfaces(doc: SourceDocument) -> list[tuple[str, str]]:
    return [(doc.text[s:e], label) for s, e, label in doc.spans]


def test_vlsp2016_bom_crlf_five_columns_with_nested_column(fixtures_dir: Path) -> None:
    name, (doc,) = _read(fixtures_dir / "formats" / "vlsp2016_sample.txt")
    assert name == "vlsp2016"
    assert doc.text.split("\n")[0] == "Bí thư Tỉnh ủy Quảng Nam"
    assert doc.title == "Bí thư Tỉnh ủy Quảng Nam" and doc.regions[0].kind == "title"
    assert "\r" not in doc.text and "\ufeff" not in doc.text
    assert ("Ủy ban nhân dân tỉnh Quảng Nam", "ORG") in _surfaces(doc)
    assert _surfaces(doc).count(("Quảng Nam", "LOC")) == 2  # title + nested inside the ORG
    assert doc.text.split("\n")[2] == "Hội nghị diễn ra ở Hà Nội, Việt Nam."


def test_vlsp2018_nested_enamex_bare_ampersand_nfd(fixtures_dir: Path) -> None:
    name, (doc,) = _read(fixtures_dir / "formats" / "vlsp2018_sample.txt")
    assert name == "vlsp2018"
    assert unicodedata.is_normalized("NFC", doc.text)
    assert doc.text.startswith(
        "Chủ tịch UBND tỉnh Quảng Nam Lê Trí Thanh thăm công ty R&D ở Hà Nội."
    )
    surfaces = _surfaces(doc)
    # Labels keep the names the file gives them: renaming is only ever asked for.
    assert ("UBND tỉnh Quảng Nam", "ORGANIZATION") in surfaces
    assert ("Quảng Nam", "LOCATION") in surfaces
    assert ("Hà Nội", "LOCATION") in surfaces and ("COVID-19", "MISCELLANEOUS") in surfaces
    assert "& các tỉnh" in doc.text


def test_vlsp2018_unbalanced_tags_are_named_and_the_text_kept() -> None:
    text, spans, warnings = vlsp2018.parse('a\n<ENAMEX TYPE="PERSON">b\n')
    assert (text, spans) == ("a\nb\n", []) and "line 2" in warnings[0]
    text, spans, warnings = vlsp2018.parse('a</ENAMEX> <ENAMEX TYPE="LOCATION">Huế</ENAMEX>')
    assert (text, spans) == ("a Huế", [(2, 5, "LOCATION")])
    assert warnings == ["line 1: </ENAMEX> closes no open tag; left out"]


@pytest.mark.parametrize("name", ["phoner_syllable.json", "phoner_word.json", "phoner_word.conll"])
def test_phoner_layouts_give_the_same_sentences(fixtures_dir: Path, name: str) -> None:
    _, docs = _read(fixtures_dir / "formats" / name)
    assert [d.text for d in docs] == [
        "Bệnh nhân 91 là phi công người Anh, 43 tuổi.",
        "Bệnh viện Chợ Rẫy ở TP.HCM",
    ]
    assert _surfaces(docs[0]) == [
        ("91", "PATIENT_ID"),
        ("phi công", "JOB"),
        ("Anh", "LOCATION"),
        ("43", "AGE"),
    ]
    assert _surfaces(docs[1]) == [("Bệnh viện Chợ Rẫy", "ORGANIZATION"), ("TP.HCM", "LOCATION")]


def test_phoner_bad_line_is_reported_and_others_read(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text(
        '{"words": ["a"], "tags": ["O"]}\n{"words": ["b", "c"], "tags": ["O"]}\n', encoding="utf-8"
    )
    _, out = _read(path)
    assert isinstance(out[0], SourceDocument) and isinstance(out[1], ImportFailure)
    assert "line 2" in str(out[1])


def test_plain_text_still_goes_to_the_plain_text_reader(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text("Tiêu đề bài báo\nNội dung bài báo, không có nhãn.\n", encoding="utf-8")
    assert registry.reader_for(path, path.read_bytes()).name not in {
        "vlsp2016",
        "vlsp2018",
        "conll",
        "brat",
    }
