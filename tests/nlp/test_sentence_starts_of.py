"""Sentence starts found for a whole text at once (imports) are those of `sentence_spans`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.nlp.sentences import line_sentence_starts, sentence_starts
from annotator.nlp.units import (
    MAX_SENTENCE_CHARS,
    paragraph_spans,
    sentence_spans,
    sentence_starts_of,
)
from tests.nlp.test_sentences import FIXTURE_TEXTS, texts


def _starts(text: str) -> list[int]:
    return [start for start, _ in sentence_spans(text)]


@settings(max_examples=2000, deadline=None)
@given(
    st.one_of(
        texts(), st.text(st.sampled_from(list(".?!. \t\n\raAĐé1😀\u00a0\u2028")), max_size=40)
    )
)
def test_the_starts_are_those_of_the_sentences(text: str) -> None:
    assert sentence_starts_of(text) == _starts(text)


@settings(max_examples=1000, deadline=None)
@given(texts())
def test_every_line_splits_as_it_does_alone(text: str) -> None:
    firsts, others = line_sentence_starts(text)
    expected_firsts, expected_others = [], []
    for start, end in paragraph_spans(text):
        found = sentence_starts(text[start:end])
        expected_firsts.append(start + found[0])
        expected_others.extend(start + s for s in found[1:])
    assert (firsts, sorted(others)) == (expected_firsts, sorted(expected_others))


@settings(max_examples=50, deadline=None)
@given(st.integers(1, 3), texts())
def test_a_sentence_too_long_is_cut_as_sentence_spans_cuts_it(repeat: int, text: str) -> None:
    long = "Hội nghị " * (MAX_SENTENCE_CHARS // 9 * repeat) + "kết thúc. " + text
    assert sentence_starts_of(long) == _starts(long)


@pytest.mark.parametrize(("name", "text"), FIXTURE_TEXTS, ids=[name for name, _ in FIXTURE_TEXTS])
def test_fixture_texts(name: str, text: str) -> None:
    assert sentence_starts_of(text) == _starts(text)


def test_the_shared_corpus(shared_dir: Path) -> None:
    checked = 0
    for path in sorted((shared_dir / "corpus").rglob("*")):
        if path.suffix == ".txt":
            found = [path.read_text(encoding="utf-8", errors="replace")]
        elif path.suffix == ".jsonl":
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
            found = [json.loads(line).get("text", "") for line in lines if line.strip()]
        else:
            continue
        for text in found:
            if isinstance(text, str):
                assert sentence_starts_of(text) == _starts(text), path
                checked += 1
    assert checked
