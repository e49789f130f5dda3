"""Benchmark: does the shipped base model add right spans on text it was not trained on?

The base model is trained on every tune gold set, so scoring it on them says
nothing about new text. Here, for each political-news set, a base model is
built by the shipped recipe (annotator.app.base_model: the same parameters,
the rules' spans stacked, the recipe's combination and confidence floor)
WITHOUT that set and every set made after it (news3 to news7 were blind once,
in that order), and the fresh project's suggestions (rules + that model, as
`annotator suggest` merges them) are compared with the rules' alone on the
set left out. gold/dev.jsonl, which the base model never trains on, is
scored with a model of the full recipe when the shared folder is present.

The rules were tuned on these sets, so the rules-alone figure is optimistic
(news7's rules-alone score may rise as rules are tuned on it); what is
measured is the base model's gain over the rules on text the MODEL did not
see. Printed per set: rules-alone and merged micro F1, and per label the
spans the model added that are right and wrong.

Asserted: on no left-out set does the base model lower the rules' micro F1
by more than TOLERANCE. That it gains on every left-out set is an expected
failure marked strict (NO_GAIN_EVERYWHERE): reaching it turns the test red
until the mark is lifted. Figures when this was written are in
resources/models/README.md ("What the base model adds on text it was not
trained on"). About a minute and a half on a shared machine (seven trainings).
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from annotator.app.base_model import PARAMS as BASE_PARAMS
from annotator.app.base_model import training_documents
from annotator.app.evaluate import read_gold, read_gold_parts
from annotator.app.trainer_process import train_in_child
from annotator.app.training import make_examples
from annotator.core.metrics import SpanScorer
from annotator.core.resources import resource_path
from annotator.nlp.crf import base_labels, with_combination
from annotator.nlp.crf.base import BASE_MODEL_NAME, BASE_RECIPE_FILE, BASE_STACK
from annotator.nlp.pipeline import MODEL, RULES, Pipeline, PipelineConfig
from tests.benchmarks.gold_quality import added_by_label

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "gold"
DEV = Path(__file__).resolve().parents[3] / "shared" / "gold" / "dev.jsonl"
# The sets that were blind once, in the order they were made.
MADE_IN_ORDER = ("news3.jsonl", "news4.jsonl", "news5.jsonl", "news6.jsonl", "news7.jsonl")
LABELS = ("PER", "ROLE", "ORG", "LOC", "EVENT", "DATE", "DOC")
# How much lower than the rules alone the base model may leave a set: one
# wrong span in a set of about 600 gold spans costs about 0.0008.
TOLERANCE = 0.005
NO_GAIN_EVERYWHERE = "the base model adds no right span on some left-out sets"


@dataclass
class LeftOut:
    name: str
    rules: SpanScorer = field(default_factory=SpanScorer)
    merged: SpanScorer = field(default_factory=SpanScorer)
    right: Counter[str] = field(default_factory=Counter)
    wrong: Counter[str] = field(default_factory=Counter)
    lost: int = 0

    def micro(self, scorer: SpanScorer) -> float:
        return scorer.micro(list(LABELS)).f1

    def gain(self) -> float:
        return self.micro(self.merged) - self.micro(self.rules)


def _model_without(left_out: set[str]) -> bytes:
    """The shipped recipe's model, trained on its sets minus those left out."""
    docs, groups, _ = training_documents(GOLD)
    kept = [d for d, g in zip(docs, groups, strict=True) if g.split(":")[0] not in left_out]
    examples = make_examples(kept, stack=BASE_STACK)
    combination = json.loads(resource_path(*BASE_RECIPE_FILE).read_text(encoding="utf-8"))
    data = train_in_child(examples, params=BASE_PARAMS)
    return with_combination(data, combination["combination"], base_labels(examples))


def _spans(pipeline: Pipeline, text: str) -> set[tuple[int, int, str]]:
    return {(s.start, s.end, s.label) for s in pipeline.suggest(text)}


def _measure(name: str, docs: list, data: bytes) -> LeftOut:
    rules = Pipeline(PipelineConfig(names=(RULES,)))
    base = Pipeline(
        PipelineConfig(
            names=(RULES, MODEL), model=data, stack=BASE_STACK, model_name=BASE_MODEL_NAME
        )
    )
    out = LeftOut(name)
    for doc in docs:
        gold = set(doc.spans)
        before, after = _spans(rules, doc.text), _spans(base, doc.text)
        out.rules.add(gold, before)
        out.merged.add(gold, after)
        for start, end, label in after - before:
            (out.right if (start, end, label) in gold else out.wrong)[label] += 1
        out.lost += len((before - after) & gold)
    return out


def _print(result: LeftOut) -> None:
    added = added_by_label(result.right, result.wrong)
    print(
        f"  {result.name:6} rules alone {result.micro(result.rules):.4f} -> with the base model "
        f"{result.micro(result.merged):.4f} ({result.gain():+.4f}); added right/wrong: "
        f"{added}; right rule spans lost: {result.lost}"
    )


@pytest.fixture(scope="module")
def left_out() -> list[LeftOut]:
    began = time.perf_counter()
    results = []
    for k, filename in enumerate(MADE_IN_ORDER):
        docs = read_gold_parts(GOLD / filename, ("tune",))
        data = _model_without(set(MADE_IN_ORDER[k:]))
        results.append(_measure(filename.removesuffix(".jsonl"), docs, data))
    world = read_gold_parts(GOLD / "world.jsonl", ("train",))
    results.append(_measure("world", world, _model_without({"world.jsonl"})))
    if DEV.is_file():
        results.append(_measure("dev", read_gold(DEV), _model_without(set())))
    print(
        f"\n== the base model on sets it was not trained on ({time.perf_counter() - began:.0f} s)"
    )
    for result in reversed(results):
        _print(result)
    return results


def test_the_base_model_never_costs_a_left_out_set_more_than_the_tolerance(left_out):
    worst = min(left_out, key=LeftOut.gain)
    assert worst.gain() >= -TOLERANCE, f"{worst.name}: {worst.gain():+.4f} against the rules alone"


@pytest.mark.xfail(strict=True, reason=NO_GAIN_EVERYWHERE)
def test_the_base_model_gains_on_every_left_out_set(left_out):
    flat = [r.name for r in left_out if r.gain() <= 0]
    assert not flat, f"no gain over the rules alone on {', '.join(flat)}"
