"""Benchmark: does a model trained on the user's own work beat a fresh project on their corpus?

The situation measured is a linguist with a corpus of their own: a fresh
project suggests with the rules and the shipped base model (the floor); they
correct 5, 10, then 20 documents, train, and the project's model replaces the
base model (combined with the rules as its own validation chose, exactly as
`annotator train` does: annotator.app.training). Both are scored on articles
of the same corpus that nobody trained on.

The floor is measured in the same run, and honestly: the shipped base model
was trained on parts of the gold held here, so for each corpus a base model
is rebuilt by the shipped recipe WITHOUT that corpus (a new corpus is one the
base model has never seen). Corpora (never the blind part of news2, which is
kept for the span targets):

- "world": world and business news (tests/fixtures/gold/world.jsonl, all 14
  articles): a domain the political rules were not written for;
- "news2 tune": political news of other outlets and years
  (tests/fixtures/gold/news2.jsonl, the 15 tune articles).

Each corpus's articles are split into FOLDS groups; for each group, the
user's documents (PARAGRAPHS consecutive paragraphs of an article, the size
of a short news item) are drawn from the other articles in a seeded order,
and the whole articles of the group are scored. Printed: micro and per-label
F1 of rules alone, the floor, and the project's model after each size, with
the ratio model / floor.

Asserted, per corpus: after 20 documents the project's model is not worse
than the fresh project by more than TOLERANCE (training must never cost the
user what the base model gave them); the model's own tagging (before it is
combined with the rules) is better after 20 documents than after 5 (it does
learn from the corrections); and what the project suggests is better after
20 documents than after 5, and by the issue's +0.05 micro F1 over the fresh
project. Where the last two are not reached they are expected failures
marked strict (FLAT, GAIN_NOT_MET), so reaching them turns the test red until
the mark is lifted.

Measured when this was written (shared machine, about 3 minutes): the
project's model adds nothing over the fresh project (world news -0.004 after
20 documents, news2 tune +0.000), every fold choosing rules-first; its own
tagging learns (world 0.764 -> 0.797, news2 tune 0.834 -> 0.901 from 5 to 20
documents) but stays below the rules (0.838 and 0.933), so validation on 5 to
20 short documents keeps the rules' spans, and the few gap spans it is sure
of are as often wrong as right. The rules were tuned while reading both
corpora (news2 tune, world), so the floor there is optimistic, and a corpus
new to the rules would leave the model more room.

Measured again in round 17 (rules and base model of that round): news2 tune
rises from 0.965 after 5 documents to 0.979 after 20, so its FLAT mark is
lifted; the rise is the 5-document point falling, not the 20 rising (one
fold chose model-first at 5 documents; the fresh project gives 0.977).
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from annotator.app.base_model import PARAMS as BASE_PARAMS
from annotator.app.base_model import training_documents
from annotator.app.evaluate import read_gold
from annotator.app.trainer_process import train_in_child
from annotator.app.training import choose_combination, make_examples
from annotator.core.metrics import SpanScorer
from annotator.nlp.crf import (
    MODEL_ONLY,
    RULES_FIRST,
    CRFSuggester,
    Example,
    TrainParams,
    base_labels,
    with_combination,
)
from annotator.nlp.crf.base import BASE_MODEL_NAME, BASE_STACK
from annotator.nlp.pipeline import MODEL, RULES, Pipeline, PipelineConfig
from annotator.nlp.units import paragraph_spans

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "gold"
# (name, gold file, the splits that make the user's corpus)
CORPORA = (("world", "world.jsonl", ("train", "test")), ("news2 tune", "news2.jsonl", ("tune",)))
PARAGRAPHS = 3
FOLDS = 3
SIZES = (5, 10, 20)
TARGET_GAIN = 0.05
TOLERANCE = 0.01
# What counts as the suggestions improving from 5 to 20 documents: one span in
# a few hundred. A smaller difference is noise of the folds (world once moved
# by 0.0004 and turned the strict FLAT mark red while printing 0.893 twice).
MIN_IMPROVEMENT = 0.005
LABELS = ("PER", "ROLE", "ORG", "LOC", "EVENT", "DATE", "DOC")
# Where the issue's +0.05 is not reached yet (strict: reaching it is noticed).
GAIN_NOT_MET = {"world", "news2 tune"}
# Where what is suggested does not improve from 5 to 20 documents yet.
FLAT = {"world"}


@dataclass
class Curve:
    name: str
    rules: SpanScorer = field(default_factory=SpanScorer)
    floor: SpanScorer = field(default_factory=SpanScorer)
    model: dict[int, SpanScorer] = field(default_factory=lambda: {n: SpanScorer() for n in SIZES})
    raw: dict[int, SpanScorer] = field(default_factory=lambda: {n: SpanScorer() for n in SIZES})
    chosen: dict[int, list[str]] = field(default_factory=lambda: {n: [] for n in SIZES})
    seconds: float = 0.0

    def micro(self, scorer: SpanScorer) -> float:
        return scorer.micro(list(LABELS)).f1


def _articles(path: Path, splits: tuple[str, ...]) -> list[tuple[str, str, list]]:
    wanted = {
        str(row["id"])
        for row in map(json.loads, filter(str.strip, path.read_text(encoding="utf-8").splitlines()))
        if row.get("split") in splits
    }
    return [(d.id, d.text, list(d.spans)) for d in read_gold(path) if d.id in wanted]


def _chunks(text: str, spans: list) -> list[tuple[str, list]]:
    """An article cut into the short documents a user corrects."""
    paras = paragraph_spans(text)
    out = []
    for i in range(0, len(paras), PARAGRAPHS):
        start, end = paras[i][0], paras[min(i + PARAGRAPHS, len(paras)) - 1][1]
        inside = [(s - start, e - start, x) for s, e, x in spans if start <= s and e <= end]
        out.append((text[start:end], inside))
    return out


def _floor_model(without: str) -> bytes:
    """The shipped base model's recipe, on its training gold minus the corpus measured."""
    docs, groups, _ = training_documents(GOLD)
    kept = [(d, g) for d, g in zip(docs, groups, strict=True) if not g.startswith(f"{without}:")]
    examples = make_examples([d for d, _ in kept], stack=BASE_STACK)
    data = train_in_child(examples, params=BASE_PARAMS)
    return with_combination(data, RULES_FIRST, base_labels(examples))


def _project_model(pool: list[Example], groups: list[str], size: int) -> tuple[bytes, str]:
    """What `annotator train` stores after `size` documents: the model and its combination."""
    params = TrainParams()
    choice = choose_combination(pool[:size], params=params, groups=groups[:size])
    data = train_in_child(pool[:size], params=params)
    return with_combination(data, choice.combination, base_labels(pool[:size])), choice.combination


def _suggest(pipeline: Pipeline, text: str) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.label) for s in pipeline.suggest(text)]


def _curve(name: str, filename: str, splits: tuple[str, ...]) -> Curve:
    began = time.perf_counter()
    curve = Curve(name)
    articles = _articles(GOLD / filename, splits)
    rules = Pipeline(PipelineConfig(names=(RULES,)))
    floor = Pipeline(
        PipelineConfig(
            names=(RULES, MODEL),
            model=_floor_model(filename),
            stack=BASE_STACK,
            model_name=BASE_MODEL_NAME,
        )
    )
    order = list(range(len(articles)))
    random.Random(7).shuffle(order)
    for fold in (set(order[i::FOLDS]) for i in range(FOLDS)):
        tests = [articles[i] for i in sorted(fold)]
        for _, text, gold in tests:
            curve.rules.add(gold, _suggest(rules, text))
            curve.floor.add(gold, _suggest(floor, text))
        chunks = [
            (a[0], c) for i, a in enumerate(articles) if i not in fold for c in _chunks(*a[1:])
        ]
        random.Random(13).shuffle(chunks)
        pool = make_examples([c for _, c in chunks], stack=(RULES,))
        groups = [g for g, _ in chunks]
        for size in SIZES:
            data, combination = _project_model(pool, groups, size)
            curve.chosen[size].append(combination)
            model = Pipeline(PipelineConfig(names=(RULES, MODEL), model=data, stack=(RULES,)))
            own = CRFSuggester(data)
            for _, text, gold in tests:
                curve.model[size].add(gold, _suggest(model, text))
                stacked = {RULES: _suggest(rules, text)}
                curve.raw[size].add(gold, own.predict_as(MODEL_ONLY, text, stacked=stacked))
    curve.seconds = time.perf_counter() - began
    return curve


def _print(curve: Curve) -> None:
    floor = curve.micro(curve.floor)
    print(f"\n== {curve.name}: {FOLDS} folds by article, {curve.seconds:.0f} s (shared machine)")
    print(f"  rules alone       micro F1 {curve.micro(curve.rules):.3f}")
    print(f"  fresh project     micro F1 {floor:.3f}  (rules + base model never shown this corpus)")
    for n in SIZES:
        micro = curve.micro(curve.model[n])
        print(
            f"  after {n:>2} documents micro F1 {micro:.3f}  {micro - floor:+.3f}, "
            f"ratio to the fresh project {micro / floor:.3f}; chose {', '.join(curve.chosen[n])}; "
            f"its own tagging alone {curve.micro(curve.raw[n]):.3f}"
        )
    print(f"  {'label':<6} {'rules':>6} {'fresh':>6} " + " ".join(f"{f'@{n}':>6}" for n in SIZES))
    for label in LABELS:
        cells = [curve.rules, curve.floor, *(curve.model[n] for n in SIZES)]
        print(f"  {label:<6} " + " ".join(f"{c.score(label).f1:>6.3f}" for c in cells))


_CACHE: dict[str, Curve] = {}


def _measured(name: str) -> Curve:
    if name not in _CACHE:
        _, filename, splits = next(c for c in CORPORA if c[0] == name)
        _CACHE[name] = _curve(name, filename, splits)
        _print(_CACHE[name])
    return _CACHE[name]


NAMES = [c[0] for c in CORPORA]


@pytest.mark.parametrize("name", NAMES)
def test_training_never_costs_what_the_fresh_project_gave(name: str) -> None:
    curve = _measured(name)
    floor = curve.micro(curve.floor)
    assert curve.micro(curve.model[SIZES[-1]]) >= floor - TOLERANCE, (name, floor)


@pytest.mark.parametrize("name", NAMES)
def test_the_models_own_tagging_learns_from_more_corrections(name: str) -> None:
    curve = _measured(name)
    assert curve.micro(curve.raw[SIZES[-1]]) > curve.micro(curve.raw[SIZES[0]]), name


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(
            n, marks=pytest.mark.xfail(strict=True, reason="suggestions flat from 5 to 20")
        )
        if n in FLAT
        else n
        for n in NAMES
    ],
)
def test_the_suggestions_improve_with_more_corrections(name: str) -> None:
    curve = _measured(name)
    gain = curve.micro(curve.model[SIZES[-1]]) - curve.micro(curve.model[SIZES[0]])
    assert gain >= MIN_IMPROVEMENT, (name, gain)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason="gain not reached yet"))
        if n in GAIN_NOT_MET
        else n
        for n in NAMES
    ],
)
def test_after_20_documents_the_model_beats_the_fresh_project_by_the_target(name: str) -> None:
    curve = _measured(name)
    gain = curve.micro(curve.model[SIZES[-1]]) - curve.micro(curve.floor)
    print(f"\n{name}: gain after {SIZES[-1]} documents {gain:+.3f} (target {TARGET_GAIN:+.2f})")
    assert gain >= TARGET_GAIN, (name, gain)
