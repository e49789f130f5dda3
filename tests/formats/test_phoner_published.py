"""PhoNER_COVID19 layouts: tokens kept as the files write them, written back the same (NFC aside)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from annotator.formats import conll, phoner, registry
from annotator.formats.tokens import WriteOptions
from tests.formats.source_pipeline import source_export_doc

FOLDER = Path(__file__).parent.parent / "fixtures" / "formats" / "published"


def _read(name: str) -> list:
    path = FOLDER / name
    data = path.read_bytes()
    reader = registry.reader_for(path, data)
    return list(reader.read(path, data))


def test_syllable_conll_keeps_its_tokens_through_an_export() -> None:
    docs = _read("phoner_syllable.conll")
    assert docs[0].text.startswith("Đồng thời, Bệnh nhân 91 ở TP. HCM đến My/laodongthudo.vn 93%")
    assert "\u200b" not in docs[0].text and "  " not in docs[1].text  # no stray space
    out = "".join(conll.render(source_export_doc(d), WriteOptions(docstart=None)) for d in docs)
    original = (FOLDER / "phoner_syllable.conll").read_text(encoding="utf-8")
    assert out == unicodedata.normalize("NFC", original)


def test_an_invisible_token_never_carries_a_space_or_an_empty_span() -> None:
    second = _read("phoner_syllable.conll")[1]
    assert second.text == "Bệnh viện Chợ Rẫy."
    assert [(second.text[s:e], label) for s, e, label in second.spans] == [
        ("Chợ Rẫy", "ORGANIZATION")
    ]


def test_word_json_keeps_words_and_writes_them_back() -> None:
    docs = _read("phoner_word.json")
    assert docs[0].text == "Bệnh nhân 91 ở Bắc Từ Liêm, TP. HCM"
    assert [docs[0].text[s:e] for s, e, _ in docs[0].spans] == ["91", "Bắc Từ Liêm", "TP. HCM"]
    out = "".join(phoner.render(source_export_doc(d), WriteOptions()) for d in docs)
    original = (FOLDER / "phoner_word.json").read_text(encoding="utf-8")
    assert [json.loads(line) for line in out.splitlines()] == [
        json.loads(line) for line in original.splitlines()
    ]


def test_same_sentence_twice_stays_two_records() -> None:
    docs = _read("phoner_word.json")
    assert docs[0].text == docs[2].text and docs[0].source != docs[2].source


def test_a_joined_emoji_token_goes_out_as_it_came() -> None:
    data = "Chào\tO\n👩\u200d💻\tO\nHuế\tB-LOC\n".encode()
    (doc,) = list(conll.read(FOLDER / "x.conll", data))
    out = conll.render(source_export_doc(doc), WriteOptions(docstart=None))
    assert out == data.decode() + "\n"
