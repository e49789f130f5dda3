"""Benchmark: the event classifier on text it was not trained on, each once-blind set left out.

For each of news3 to news10, the classifier is trained by the shipped recipe
(annotator.app.event_model) on every training document except that set's,
and applied to what main suggested on that set at the commit where it was
scored blind (`tests/fixtures/gold/blind-time/`): it adds events only where
those suggestions left the text bare. Last, news10 with this checkout's
suggesters, the same model (trained without news10) applied to them, its
own spans taken out first: the rules alone ("n10 rules") and everything as
shipped ("n10 now"). Scored against today's gold.

Printed per set: micro and EVENT F1 before → after, events added right and
wrong, right spans lost; for the shipped threshold, two others, and the
extent step that was measured and not shipped (a merged event replaced by
a likelier extent of the same head). Asserted: the bar it was shipped on
(a gain on at least seven of the eight sets and on news10 with the rules, no loss
above TOLERANCE). Figures in resources/models/README.md ("The event
classifier"). About a minute and a half (eight trainings).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from annotator.app.base_model import training_documents
from annotator.app.evaluate import read_gold
from annotator.core.metrics import SpanScorer
from annotator.nlp.base import Suggestion
from annotator.nlp.events import EventFiller, train_events
from annotator.nlp.events.fill import EXTENT_MARGIN, EXTENT_THRESHOLD, THRESHOLD
from annotator.nlp.names.lexicon import read_lexicon
from annotator.nlp.pipeline import RULES, Pipeline, PipelineConfig, base_model_config

pytestmark = [pytest.mark.slow]

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "gold"
BLIND_TIME = Path(os.environ.get("ANNOTATOR_BLIND_TIME", GOLD / "blind-time"))
SETS = ("news3", "news4", "news5", "news6", "news7", "news8", "news9", "news10")
LABELS = ["PER", "ROLE", "ORG", "LOC", "EVENT", "DATE", "DOC"]
TOLERANCE = 0.003
# (name, gap threshold or None, extent threshold or None, extent margin);
# the first is what EventFiller.fill does, run through it.
VARIANTS = (
    ("shipped: extents from 0.7 and +0.2, then gaps from 0.8", None, None, 0.0),
    ("gaps from 0.8 only", THRESHOLD, None, 0.0),
    ("gaps from 0.7 only", 0.7, None, 0.0),
    ("gaps from 0.9 only", 0.9, None, 0.0),
    ("extents from 0.7 and +0.2 only", None, EXTENT_THRESHOLD, EXTENT_MARGIN),
    ("extents from 0.6 and +0.3, gaps from 0.8", THRESHOLD, 0.6, 0.3),
)
# news10 with this checkout's suggesters: the rules alone (not tuned on news10
# when it was measured), and rules, base model and names as shipped (the base
# model is trained on news10, so there it is no unseen text).
TODAY = {
    "n10 rules": PipelineConfig(names=(RULES,)),
    "n10 now": base_model_config(),
}

Span = tuple[int, int, str]


@dataclass
class Result:
    name: str
    before: SpanScorer = field(default_factory=SpanScorer)
    after: SpanScorer = field(default_factory=SpanScorer)
    counts: list[int] = field(default_factory=lambda: [0, 0, 0])  # right, wrong added; lost

    def gain(self) -> float:
        return self.after.micro(LABELS).f1 - self.before.micro(LABELS).f1

    def line(self) -> str:
        b, a = self.before, self.after
        right, wrong, lost = self.counts
        return (
            f"{self.name:8} micro {b.micro(LABELS).f1:.4f} -> {a.micro(LABELS).f1:.4f} "
            f"({self.gain():+.4f}), EVENT {b.micro(['EVENT']).f1:.3f} -> "
            f"{a.micro(['EVENT']).f1:.3f}, +{right} right / {wrong} wrong, {lost} right lost"
        )


def _blind_time(name: str) -> dict[str, set[Span]]:
    found = sorted(BLIND_TIME.glob(f"{name}@*.jsonl"))
    if not found:
        pytest.skip(f"no blind-time suggestions for {name} in {BLIND_TIME}")
    rows = [json.loads(x) for x in found[0].read_text(encoding="utf-8").splitlines() if x]
    return {row["id"]: {tuple(s[:3]) for s in row["merged"]} for row in rows}


def _today(name: str, config: PipelineConfig) -> dict[str, set[Span]]:
    """What this checkout suggests on a set (a fresh project runs no event classifier)."""
    pipeline = Pipeline(config)
    return {
        doc.id: {(s.start, s.end, s.label) for s in pipeline.suggest(doc.text)}
        for doc in read_gold(GOLD / f"{name}.jsonl")
    }


def _filler_without(name: str, lexicon: dict[str, str]) -> EventFiller:
    docs, groups, _ = training_documents(GOLD)
    kept = [d for d, g in zip(docs, groups, strict=True) if g.split(":")[0] != f"{name}.jsonl"]
    return EventFiller.from_dict(train_events(kept, lexicon), lexicon)


def _overlapping(start: int, end: int, spans: set[Span]) -> list[Span]:
    return [x for x in spans if x[0] < end and start < x[1]]


def _corrected(scored: list, merged: set[Span], variant: tuple) -> set[Span]:
    """The merged spans after one variant: events re-extended, then bare events added."""
    _, bare, extent, margin = variant
    out = set(merged)
    if extent is not None:
        own = {(s, e): p for p, s, e in scored}
        for m in sorted(x for x in merged if x[2] == "EVENT" and (x[0], x[1]) in own):
            floor = max(extent, own[(m[0], m[1])] + margin)
            alts = [x for x in scored if x[1] < m[1] and m[0] < x[2] and x[1:] != m[:2]]
            best = max((x for x in alts if x[0] >= floor), default=None)
            if best is not None and m in out:
                out -= set(_overlapping(best[1], best[2], out))
                out.add((best[1], best[2], "EVENT"))
    if bare is not None:
        for p, s, e in sorted(scored, key=lambda x: (-x[0], x[1], x[2])):
            if p >= bare and not _overlapping(s, e, out):
                out.add((s, e, "EVENT"))
    return out


def _shipped(filler: EventFiller, text: str, merged: set[Span]) -> set[Span]:
    suggestions = [Suggestion(s, e, label, "merged", 1.0) for s, e, label in sorted(merged)]
    return {(x.start, x.end, x.label) for x in filler.fill(text, suggestions)}


def _measure(name: str, filler: EventFiller, suggested: dict[str, set[Span]]) -> list[Result]:
    results = [Result(name) for _ in VARIANTS]
    for doc in read_gold(GOLD / f"{name}.jsonl"):
        gold, merged = set(doc.spans), suggested[doc.id]
        scored = filler.scored(doc.text)
        for k, (variant, result) in enumerate(zip(VARIANTS, results, strict=True)):
            after = (
                _shipped(filler, doc.text, merged)
                if k == 0
                else _corrected(scored, merged, variant)
            )
            result.before.add(gold, merged)
            result.after.add(gold, after)
            result.counts[0] += len((after - merged) & gold)
            result.counts[1] += len((after - merged) - gold)
            result.counts[2] += len((merged - after) & gold)
    return results


@pytest.fixture(scope="module")
def left_out() -> list[list[Result]]:
    lexicon = read_lexicon()
    per_set = []
    for name in SETS:
        filler = _filler_without(name, lexicon)
        per_set.append(_measure(name, filler, _blind_time(name)))
        if name == "news10":
            for label, config in TODAY.items():
                now = _measure("news10", filler, _today("news10", config))
                for r in now:
                    r.name = label
                per_set.append(now)
    for k, variant in enumerate(VARIANTS):
        print(f"\nevent classifier, {variant[0]} (each set left out):")
        for results in per_set:
            print("  " + results[k].line())
    return per_set


# The classifier has not run since round 14 (resources/models/README.md). Retrained
# on today's gold it gains on six of the eight sets (news4 and news5 lose), and its
# extent step alone loses on some: kept as records, strict, so that a
# classifier meeting its bar again is noticed before it is wired back.
NOT_RUN = pytest.mark.xfail(
    strict=True, reason="not run since round 14; retrained, it no longer meets its bar"
)


@NOT_RUN
def test_the_shipped_step_passes_its_bar(left_out):
    shipped = [results[0] for results in left_out]
    assert not [r.name for r in shipped if r.gain() < -TOLERANCE]
    assert sum(r.gain() > 0 for r in shipped[: len(SETS)]) >= len(SETS) - 1
    rules_now = next(r for r in shipped if r.name == "n10 rules")
    assert rules_now.gain() > 0, rules_now.line()


@NOT_RUN
def test_extents_alone_never_lose(left_out):
    extents = [results[4] for results in left_out]
    assert all(r.gain() >= 0 for r in extents), [r.line() for r in extents]
