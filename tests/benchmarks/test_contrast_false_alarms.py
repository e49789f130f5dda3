"""What the rules suggest on articles that are not political news: false alarms.

The `political-news-2` corpus beside the checkout (../shared) holds 100
`contrast` articles (accidents, business, sport, culture ...) next to its
political ones. Political people, posts, bodies and events are rare there,
so what the rules suggest on them is mostly false alarms: EVENT in
particular, whose nouns (`vụ`, `cuộc`, `lễ`) are common outside politics.
This prints, per label, how many spans the rules suggest on them and how
many per thousand characters, so a rule change that makes the rules fire
more often on ordinary text shows up in every run instead of being counted
by hand. It asserts only that every contrast article was read and that the
rules answered for each; the figures are to be compared before and after a
change, not held to a hard-coded number. The shipped name classifier
(annotator.nlp.names, built and measured, not run by a fresh project since
round 15) is counted the same way: what it would add on top of the merged
suggestions of a fresh project.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from annotator.formats.plaintext import read_plaintext
from annotator.nlp.names import NAMES, name_filler
from annotator.nlp.pipeline import Pipeline, base_model_config
from annotator.nlp.rules import RuleSuggester
from tests.benchmarks.gold_quality import LABELS

pytestmark = [pytest.mark.slow, pytest.mark.shared]

CORPUS = "political-news-2"


def contrast_paths(shared: Path) -> list[Path]:
    """The article files the corpus index marks as `contrast`."""
    folder = shared / "corpus" / CORPUS
    index = folder / "index.tsv"
    if not index.exists():
        pytest.skip(f"{index} is not present on this machine")
    with index.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [folder / "data" / f"{row['doc_id']}.txt" for row in rows if row["set"] == "contrast"]


def stored_text(path: Path) -> str:
    """The text as the importer stores it: NFC, header lines removed."""
    (doc,) = read_plaintext(path, path.read_bytes())
    return doc.text


def count_suggestions(texts: list[str]) -> Counter[str]:
    rules = RuleSuggester()
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(s.label for s in rules.suggest(text))
    return counts


def count_names_added(texts: list[str]) -> Counter[str]:
    """The spans the name classifier would add to a fresh project's merged suggestions."""
    pipeline = Pipeline(base_model_config())
    filler = name_filler()
    assert filler is not None, "the shipped name classifier is missing"
    counts: Counter[str] = Counter()
    for text in texts:
        filled = filler.fill(text, pipeline.suggest(text))
        counts.update(s.label for s in filled if s.suggester == NAMES)
    return counts


def table(counts: Counter[str], articles: int, chars: int, who: str = "rules") -> str:
    lines = [f"== {who} on the {articles} contrast articles of {CORPUS} ({chars:,} characters)"]
    lines.append(f"{'label':6} {'spans':>6} {'per 1k chars':>12} {'per article':>11}")
    for label in [*LABELS, *sorted(set(counts) - set(LABELS))]:
        n = counts[label]
        lines.append(f"{label:6} {n:6d} {1000 * n / chars:12.2f} {n / articles:11.2f}")
    return "\n".join(lines)


def test_rules_suggestions_on_contrast_articles_are_printed(shared_dir: Path) -> None:
    paths = contrast_paths(shared_dir)
    missing = [p.name for p in paths if not p.exists()]
    assert paths and not missing, f"contrast articles missing from the corpus: {missing}"
    texts = [stored_text(p) for p in paths]
    assert all(t.strip() for t in texts), "a contrast article has no text after its header"
    counts = count_suggestions(texts)
    print("\n" + table(counts, len(texts), sum(len(t) for t in texts)))
    assert set(counts) <= {*LABELS}, f"labels outside the schema: {set(counts) - set(LABELS)}"


def test_names_added_on_contrast_articles_are_printed(shared_dir: Path) -> None:
    texts = [stored_text(p) for p in contrast_paths(shared_dir)]
    counts = count_names_added(texts)
    who = "the name classifier (would add after the merge; not run)"
    print("\n" + table(counts, len(texts), sum(len(t) for t in texts), who))
    assert set(counts) <= {"PER", "ORG", "LOC"}, f"it adds only names: {set(counts)}"
