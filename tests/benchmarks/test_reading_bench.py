"""What an import worker spends per article: tokens, and normalising a text that needs it.

Each is timed against the plainest way to get the same result in the same
run: the token pattern's own matches for the token bounds, and the text
rule's character-by-character walk for articles that need a few changes and
for decomposed (NFD) articles with Windows line ends. Results are checked
equal before they are timed.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

from annotator.core.syllable_arrays import syllable_bounds
from annotator.core.syllables import syllable_spans
from annotator.core.textnorm import normalize_with_offsets
from annotator.formats.normal import with_offsets

TOKENS_TARGET = 3.0
FEW_CHANGES_TARGET = 2.0
# Walked whole, as before: only the checks are added.
DECOMPOSED_TARGET = 0.8
ROUNDS = 3


def _articles(shared_dir: Path) -> list[str]:
    files = sorted((shared_dir / "corpus" / "unc-dantri-news" / "data").glob("*.txt"))
    assert len(files) >= 100
    return [unicodedata.normalize("NFC", f.read_text(encoding="utf-8")) for f in files[:400]]


def _best(work: Callable[[str], object], texts: list[str]) -> float:
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.process_time()
        for text in texts:
            work(text)
        best = min(best, time.process_time() - start)
    return best


def _against_floor(what: str, floor_fn: Callable[[str], object], ours_fn, texts, target):  # type: ignore[no-untyped-def]
    """Print and check the best time of the floor over ours, on the same texts."""
    floor = _best(floor_fn, texts)
    ours = _best(ours_fn, texts)
    ratio = floor / ours
    print(
        f"\n{what} of {len(texts)} articles: floor {floor * 1e3:.0f} ms, "
        f"ours {ours * 1e3:.0f} ms, {ratio:.1f}x (target {target}x)"
    )
    assert ratio >= target


def test_token_bounds_against_the_pattern(shared_dir: Path):
    texts = _articles(shared_dir)
    for text in texts:
        starts, ends = syllable_bounds(text)
        assert list(zip(starts.tolist(), ends.tolist(), strict=True)) == syllable_spans(text)
    _against_floor("token bounds", syllable_spans, syllable_bounds, texts, TOKENS_TARGET)


def _timed_against_the_walk(texts: list[str], what: str, target: float) -> None:
    for text in texts:
        ours_text, ours_map = with_offsets(text)
        walk_text, walk_map = normalize_with_offsets(text)
        assert ours_text == walk_text and list(ours_map) == list(walk_map)
    _against_floor(f"normalising ({what})", normalize_with_offsets, with_offsets, texts, target)


def test_normalising_articles_with_a_few_changes_against_the_walk(shared_dir: Path):
    """The usual text that needs normalising: a BOM, a few decomposed words, CR line ends here and there."""
    texts = []
    for text in _articles(shared_dir)[:100]:
        lines = text.split("\n")
        for k in range(0, len(lines), 8):
            lines[k] = unicodedata.normalize("NFD", lines[k][:40]) + lines[k][40:] + "\r"
        texts.append("\ufeff" + "\n".join(lines))
    _timed_against_the_walk(texts, "a few changes", FEW_CHANGES_TARGET)


def test_normalising_a_decomposed_article_is_no_slower_than_the_walk(shared_dir: Path):
    texts = [unicodedata.normalize("NFD", t).replace("\n", "\r\n") for t in _articles(shared_dir)]
    _timed_against_the_walk(texts[:100], "decomposed", DECOMPOSED_TARGET)
