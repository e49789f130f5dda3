"""Benchmark: the name classifier on text it was not trained on, each blind set left out once.

For each set that was once blind (news3 to news9), the classifier is trained
by the shipped recipe (annotator.app.name_model) on every training document
except that set's, and applied to what main suggested on that set at the
commit where it was scored blind (`tests/fixtures/gold/blind-time/`, see its
README): it adds spans only where those blind-time suggestions left the text
bare, and the result is scored against today's gold. This is the figure
that says whether the classifier helps on unseen text; the training sets are
scored nowhere. Last, news9 (blind until round 12) with today's rules alone,
the classifier trained without news9.

Printed per set: micro F1 before → after, the spans added right and wrong
per label, and how many of the blind-time misses were candidates at all.
Asserted: no left-out set loses more than TOLERANCE. Figures when this was
written are in resources/models/README.md ("The name classifier"). About
two minutes on a shared machine (eight trainings).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from annotator.app.base_model import training_documents
from annotator.app.evaluate import read_gold
from annotator.core.metrics import SpanScorer
from annotator.nlp.names import NameFiller, train_names
from annotator.nlp.names.candidates import candidates, words_of
from annotator.nlp.names.lexicon import read_lexicon
from annotator.nlp.pipeline import RULES, Pipeline, PipelineConfig
from tests.benchmarks.gold_quality import added_by_label

pytestmark = [pytest.mark.slow]

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "gold"
BLIND_TIME = Path(os.environ.get("ANNOTATOR_BLIND_TIME", GOLD / "blind-time"))
SETS = ("news3", "news4", "news5", "news6", "news7", "news8", "news9")
LABELS = ("PER", "ROLE", "ORG", "LOC", "EVENT", "DATE", "DOC")
# One wrong span in a set of about 600 gold spans costs about 0.0008.
TOLERANCE = 0.003

Spans = set[tuple[int, int, str]]


@dataclass
class LeftOut:
    name: str
    before: SpanScorer = field(default_factory=SpanScorer)
    after: SpanScorer = field(default_factory=SpanScorer)
    right: Counter[str] = field(default_factory=Counter)
    wrong: Counter[str] = field(default_factory=Counter)
    missed: int = 0
    candidates: int = 0
    # (right, wrong) added per band of the classifier's probability.
    bands: dict[str, list[int]] = field(default_factory=dict)

    def micro(self, scorer: SpanScorer) -> float:
        return scorer.micro(list(LABELS)).f1

    def gain(self) -> float:
        return self.micro(self.after) - self.micro(self.before)


def _blind_time(name: str) -> dict[str, list]:
    """The blind-time merged suggestions of one set, by document id."""
    found = sorted(BLIND_TIME.glob(f"{name}@*.jsonl"))
    if not found:
        pytest.skip(f"no blind-time suggestions for {name} in {BLIND_TIME}")
    rows = [json.loads(x) for x in found[0].read_text(encoding="utf-8").splitlines() if x]
    return {row["id"]: [tuple(s[:3]) for s in row["merged"]] for row in rows}


def _filler_without(name: str, lexicon: dict[str, str]) -> NameFiller:
    """The shipped recipe's classifier, trained without the set `name`."""
    docs, groups, _ = training_documents(GOLD)
    kept = [d for d, g in zip(docs, groups, strict=True) if g.split(":")[0] != f"{name}.jsonl"]
    return NameFiller.from_dict(train_names(kept, lexicon), lexicon)


def _measure(name: str, filler: NameFiller, suggested: dict[str, list]) -> LeftOut:
    out = LeftOut(name)
    for doc in read_gold(GOLD / f"{name}.jsonl"):
        gold: Spans = set(doc.spans)
        before: Spans = {(s, e, lab) for s, e, lab in suggested[doc.id]}
        added = filler.propose(doc.text, [(s, e) for s, e, _ in before])
        after = before | {(x.start, x.end, x.label) for x in added}
        out.before.add(gold, before)
        out.after.add(gold, after)
        for x in added:
            right = (x.start, x.end, x.label) in gold
            (out.right if right else out.wrong)[x.label] += 1
            out.bands.setdefault(_band(x.score), [0, 0])[0 if right else 1] += 1
        _count_candidates(out, doc.text, gold, before)
    return out


def _band(score: float) -> str:
    return next(
        b for low, b in ((0.8, "0.8-1"), (0.65, "0.65-0.8"), (0, "0.5-0.65")) if score >= low
    )


def _count_candidates(out: LeftOut, text: str, gold: Spans, before: Spans) -> None:
    """How many missed gold spans overlap no suggestion, and how many of those are candidates."""
    bare = [g for g in gold - before if not any(s < g[1] and g[0] < e for s, e, _ in before)]
    shapes = {(c.start, c.end) for c in candidates(text, words_of(text))}
    out.missed += len(bare)
    out.candidates += sum((s, e) in shapes for s, e, _ in bare)


def _print(result: LeftOut) -> None:
    added = added_by_label(result.right, result.wrong)
    print(
        f"  {result.name:14} {result.micro(result.before):.4f} -> "
        f"{result.micro(result.after):.4f} ({result.gain():+.4f}); added right/wrong: "
        f"{added}; bare misses {result.missed}, of them candidates "
        f"{result.candidates}"
    )


def _today_rules(name: str) -> dict[str, list]:
    """Today's rules alone on a set (no model: the base model is trained on it)."""
    rules = Pipeline(PipelineConfig(names=(RULES,)))
    return {
        doc.id: [(s.start, s.end, s.label) for s in rules.run(doc.text)[RULES]]
        for doc in read_gold(GOLD / f"{name}.jsonl")
    }


@pytest.fixture(scope="module")
def left_out() -> list[LeftOut]:
    lexicon = read_lexicon()
    results = []
    for name in SETS:
        suggested = _blind_time(name)
        results.append(_measure(name, _filler_without(name, lexicon), suggested))
    today = _measure("news9", _filler_without("news9", lexicon), _today_rules("news9"))
    today.name = "news9 (rules)"
    results.append(today)
    print("\nname classifier, each set left out (micro F1 blind-time -> with the classifier):")
    for result in results:
        _print(result)
    bands: dict[str, list[int]] = {}
    for result in results[: len(SETS)]:
        for band, (right, wrong) in result.bands.items():
            bands.setdefault(band, [0, 0])
            bands[band][0] += right
            bands[band][1] += wrong
    for band, (right, wrong) in sorted(bands.items()):
        print(f"  probability {band}: {right} right, {wrong} wrong over the seven sets")
    return results


def test_no_left_out_set_loses_more_than_the_tolerance(left_out):
    losers = {r.name: round(r.gain(), 4) for r in left_out if r.gain() < -TOLERANCE}
    assert not losers, f"the name classifier lowers these sets: {losers}"


def test_the_classifier_gains_on_at_least_six_of_the_seven_blind_sets(left_out):
    gains = [r for r in left_out[: len(SETS)] if r.gain() > 0]
    assert len(gains) >= 6, [(r.name, round(r.gain(), 4)) for r in left_out]
