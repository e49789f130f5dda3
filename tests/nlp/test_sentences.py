"""The regex sentence splitter gives exactly what underthesea's splitter, aligned, gave."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.glued_numbers import glued_number_cuts
from annotator.nlp import sentences
from annotator.nlp.align import align_tokens
from annotator.nlp.sentences import abbreviations, sentence_starts
from annotator.nlp.units import (
    _after_abbreviation,
    _cut_long,
    _trim,
    joined_spans,
    paragraph_spans,
    plausible_starts,
    sentence_spans,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
REPO = Path(__file__).resolve().parents[2]


# The reference: sentence_spans and plausible_starts as they were before the
# splitter was rewritten (underthesea's strings aligned back to offsets), on
# the syllable tokens of that time (`joined_spans`), with the one rule added
# since: a list number's full stop ends no sentence (`sentences-2`), nor does a list's
# first number after a colon (`sentences-3`).
def _reference_split(paragraph: str) -> list[str]:
    from underthesea import sent_tokenize

    try:
        return list(sent_tokenize(paragraph))
    except Exception:
        return []


# The full stop of a list number of one or two digits just before a start (spaces between).
_NUMBER_BEFORE = re.compile(r"(?<!\d)(\d{1,2})\.[ \t]*\Z")


def _reference_list_item(text: str, start: int) -> int | None:
    """Rules `sentences-2`: after a list number, -1 (its line's first: no start) or where the
    number starts (glued to a word or a bracket: the item starts there); None otherwise."""
    found = _NUMBER_BEFORE.search(text[:start])
    if found is None:
        return None
    number = found.start(1)
    if not text[text.rfind("\n", 0, number) + 1 : number].strip():
        return -1
    if text[:number].rstrip(" \t").endswith(":"):  # `sentences-3`: "qua: 1. Luật"
        return -1
    glued = number in glued_number_cuts(text) or text[number - 1 : number] in set(")]”’\"'")
    return number if glued else None


def _reference_plausible_starts(text: str, starts: set[int]) -> set[int]:
    out = set()
    for start in starts:
        item = _reference_list_item(text, start)
        if item is not None:
            out.update([item] if item >= 0 else [])
            continue
        piece_start, piece_end = start, start
        while piece_start > 0 and not text[piece_start - 1].isspace():
            piece_start -= 1
        while piece_end < len(text) and not text[piece_end].isspace():
            piece_end += 1
        if start not in {a for a, _ in joined_spans(text, piece_start, piece_end)}:
            continue
        before = start
        while before > 0 and text[before - 1].isspace():
            before -= 1
        while before > 0 and not text[before - 1].isspace():
            before -= 1
        tail = [text[a:b] for a, b in joined_spans(text, before, start)][-2:]
        if len(tail) == 2 and tail[1] == "." and _after_abbreviation(tail[0]):
            continue
        out.add(start)
    return out


def _reference_sentence_spans(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for p_start, p_end in paragraph_spans(text):
        pieces = _reference_split(text[p_start:p_end])
        found = {s for s, _ in filter(None, align_tokens(text, pieces, start=p_start, end=p_end))}
        starts = sorted({p_start} | _reference_plausible_starts(text, found))
        bounds = [*starts, p_end]
        for a, b in zip(bounds, bounds[1:], strict=False):
            trimmed = _trim(text, a, b)
            if trimmed:
                out.extend(_cut_long(text, *trimmed))
    return out


def _reference_starts(paragraph: str) -> list[int]:
    """Where each string underthesea returns begins: each is a stripped slice, in order."""
    out: list[int] = []
    pos = 0
    for sentence in _reference_split(paragraph):
        pos = paragraph.index(sentence, pos)
        out.append(pos)
        pos += len(sentence)
    return out


PIECES = [
    ".", "?", "!", "?!", "!?", ".?", "...", "..", "....", ". . .", "…",
    "1.500.000", "15.12.2025", "2024.", "7,5", "3.", ".5",
    "TP.", "Tp.", "tp.", "TP.HCM", "N.Đ.", "N.Đ", "ths.", "ThS.", "TS.", "GS.TS.", "Mr.", "mrs.",
    "e.g.", "A.", "b.", "Đ.", "Ư.", "ông", "Bà", "đi", "Đà", "Ưu", "Én", "É", "ư", "x",
    "vnexpress.net/a.html", "https://dantri.com.vn/a.htm", "(", ")", "“", "”", ",", ":", "😀",
]  # fmt: skip
GAPS = [" ", " ", " ", "", "  ", "\t", "\n", "\r", "\r\n", "\u00a0", "\u2028", "\x0c"]


@st.composite
def texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(GAPS)), max_size=30))
    return "".join(piece + gap for piece, gap in parts)


@settings(max_examples=1500, deadline=None)
@given(texts())
def test_sentence_spans_equal_underthesea_aligned_the_old_way(text: str) -> None:
    assert sentence_spans(text) == _reference_sentence_spans(text)


@settings(max_examples=1000, deadline=None)
@given(st.one_of(texts(), st.text(st.sampled_from(list(".?!. \t\n\raAĐé1😀\u00a0")), max_size=30)))
def test_sentence_starts_are_where_sent_tokenize_sentences_begin(text: str) -> None:
    assert sentence_starts(text) == _reference_starts(text)


@settings(max_examples=500, deadline=None)
@given(texts(), st.data())
def test_plausible_starts_of_any_offsets_are_the_old_ones(text: str, data: st.DataObject) -> None:
    offsets = data.draw(st.lists(st.integers(0, len(text)), max_size=8))
    assert plausible_starts(text, offsets) == _reference_plausible_starts(text, set(offsets))


def _reference_paragraph_spans(text: str) -> list[tuple[int, int]]:
    lines = re.finditer(r"[^\n]+", text)
    return [r for r in (_trim(text, m.start(), m.end()) for m in lines) if r]


@settings(max_examples=300, deadline=None)
@given(texts())
def test_paragraphs_are_the_trimmed_non_empty_lines(text: str) -> None:
    assert paragraph_spans(text) == _reference_paragraph_spans(text)


def _fixture_texts() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for path in sorted(FIXTURES.rglob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            record = json.loads(line) if line.strip() else {}
            if isinstance(record.get("text"), str):
                out.append((f"{path.relative_to(FIXTURES)}:{number + 1}", record["text"]))
    for path in sorted(FIXTURES.rglob("*.txt")):
        try:
            out.append((str(path.relative_to(FIXTURES)), path.read_text(encoding="utf-8")))
        except UnicodeDecodeError:
            continue
    return out


FIXTURE_TEXTS = _fixture_texts()


@pytest.mark.parametrize(("name", "text"), FIXTURE_TEXTS, ids=[name for name, _ in FIXTURE_TEXTS])
def test_fixture_texts_split_as_underthesea_split_them(name: str, text: str) -> None:
    assert sentence_spans(text) == _reference_sentence_spans(text)


def test_abbreviations_are_underthesea_s_own() -> None:
    from underthesea.pipeline import sent_tokenize

    sent_tokenize._load_model()
    assert abbreviations() == frozenset(sent_tokenize.sentence_tokenizer.abbrev_types)
    assert {"tp", "ths", "mr", "a", "z", "A"} <= abbreviations()


def test_abbreviations_come_from_the_package_import_when_the_module_cannot_run_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    expected = abbreviations()

    def broken() -> None:
        raise OSError("unreadable")

    monkeypatch.setattr(sentences, "_sent_tokenize_module_alone", broken)
    abbreviations.cache_clear()
    try:
        assert abbreviations() == expected
    finally:
        abbreviations.cache_clear()


def test_splitting_sentences_does_not_import_the_underthesea_package() -> None:
    code = (
        "import sys\n"
        "from annotator.nlp.sentences import abbreviations\n"
        "from annotator.nlp.units import sentence_spans\n"
        "assert 'tp' in abbreviations()\n"
        "assert sentence_spans('Ông Ba ở TP. Huế đi. Bà Tư về!') == [(0, 20), (21, 30)]\n"
        "assert 'underthesea' not in sys.modules, sorted(sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_dots_between_digits_after_abbreviations_and_ellipses() -> None:
    text = "Giá 1.500.000 đồng ở TP. Huế... rồi sao? Ông A. Ba nói... Vâng!"
    starts = [text[s:].split()[0] for s in sentence_starts(text)]
    assert starts == ["Giá", "Ông", "Vâng!"]


def test_a_list_number_after_a_colon_ends_no_sentence() -> None:
    """`sentences-3`: "Quốc hội thông qua: 1." was a sentence of its own."""
    text = "Quốc hội thông qua: 1. Luật Đất đai. Sau đó bế mạc."
    sentences = [text[a:b] for a, b in sentence_spans(text)]
    assert sentences == ["Quốc hội thông qua: 1. Luật Đất đai.", "Sau đó bế mạc."], sentences
    text = "Kết quả: thắng 2. Đội nhà vui."  # no number-and-dot right after the colon
    assert [text[a:b] for a, b in sentence_spans(text)] == ["Kết quả: thắng 2.", "Đội nhà vui."]
