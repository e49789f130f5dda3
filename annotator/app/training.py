"""Training the project's own model on its finished documents, with a held-out score.

Meant to run on a background thread: it opens its own connection from the
project path, reports progress, and can be cancelled at any point (the CRF
itself trains in a child process that is killed on cancel). The model is
stored in the project as a blob; the previous one stays until a new one is
complete. How the model's spans are combined with the rules' is chosen by
cross-validation on the training documents only (never the held-out ones)
and stored with the model and in its metadata.
"""

from __future__ import annotations

import os
import random
import threading
import time
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from annotator.app.suggest_options import uses_underthesea
from annotator.app.trainer_process import train_in_child
from annotator.core.metrics import SpanScorer
from annotator.core.model import ACCEPTED, DONE, IN_PROGRESS, NEW, REVIEWED
from annotator.nlp.crf import (
    RULES_FIRST,
    CRFSuggester,
    Example,
    ModelError,
    TrainingCancelled,
    TrainParams,
    base_labels,
    with_combination,
)
from annotator.nlp.crf.choice import (
    FOLDS,
    CombinationChoice,
    choose,
    new_scorers,
    score_combinations,
    validation_folds,
)
from annotator.nlp.pipeline import NER, RULES, Pipeline, PipelineConfig, stack_for_training
from annotator.store import open_project
from annotator.store.document_filter import DocumentFilter

MODEL_BLOB = "crf-model"


@dataclass(frozen=True)
class TrainProgress:
    """stage is one of: reading, features, training, evaluating, saving."""

    stage: str
    done: int
    total: int


@dataclass(frozen=True)
class TrainingReport:
    documents: int
    trained_on: int
    held_out: int
    labels: tuple[str, ...]
    scores: dict[str, Any] = field(default_factory=dict)  # model on held-out documents
    baseline: dict[str, Any] = field(default_factory=dict)  # rules on the same documents
    seconds: float = 0.0
    # How the model's spans are combined with the rules', and why.
    choice: CombinationChoice = field(default_factory=lambda: CombinationChoice(RULES_FIRST))


ProgressFn = Callable[[TrainProgress], None]


def load_model(project: Any) -> tuple[bytes, dict[str, Any]] | None:
    """The project's trained model and its metadata, or None before training."""
    return project.get_blob(MODEL_BLOB)


def make_examples(
    docs: Sequence[tuple[str, Sequence[tuple[int, int, str]]]],
    *,
    stack: Sequence[str],
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
) -> list[Example]:
    """Examples with the stacked suggesters' output computed for each text."""
    pipeline = Pipeline(PipelineConfig(names=tuple(stack)))
    out = []
    for i, (text, spans) in enumerate(docs):
        _check(cancel)
        run = pipeline.run(text) if stack else {}
        stacked = {n: tuple((s.start, s.end, s.label) for s in run.get(n, [])) for n in stack}
        out.append(Example(text=text, spans=tuple(spans), stacked=stacked))
        if progress is not None:
            progress(TrainProgress("features", i + 1, len(docs)))
    return out


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise TrainingCancelled("Training was cancelled; the previous model is unchanged.")


def split_documents(ids: Sequence[int], *, share: float, seed: int) -> tuple[list[int], list[int]]:
    """(train, held out): a seeded share of documents, none held out below 2 documents."""
    order = sorted(ids)
    random.Random(seed).shuffle(order)
    held = round(len(order) * share) if len(order) >= 2 else 0
    held = min(max(held, 1 if share > 0 and len(order) >= 2 else 0), len(order) - 1)
    return sorted(order[held:]), sorted(order[:held])


def choose_combination(
    examples: Sequence[Example],
    *,
    params: TrainParams,
    cancel: threading.Event | None = None,
    seed: int = 13,
    groups: Sequence[Hashable] | None = None,
    folds: int = FOLDS,
    progress: ProgressFn | None = None,
) -> CombinationChoice:
    """How to combine the model with the rules, by cross-validation on `examples` alone.

    Each fold's model is trained on the other folds and scored on it; the
    pooled scores decide (see annotator.nlp.crf.choice). Examples of one group
    stay in one fold. Too few examples to fold, or a fold with nothing to
    learn from, keeps the safe default.
    """
    parts = validation_folds(len(examples), groups=groups, folds=folds, seed=seed)
    scorers, labels = new_scorers(), set()
    steps = len(parts) + 2
    _training_step(progress, params, 0, steps)(0)
    for k, fold in enumerate(parts):
        inside = set(fold)
        rest = [ex for i, ex in enumerate(examples) if i not in inside]
        heard = _training_step(progress, params, k, steps)
        try:
            data = train_in_child(rest, params=params, cancel=cancel, on_iteration=heard)
        except ModelError:
            return choose(scorers, (), validated_on=0)
        data = with_combination(data, RULES_FIRST, base_labels(rest))
        labels |= set(score_combinations(data, [examples[i] for i in fold], scorers))
        _training_step(progress, params, k + 1, steps)(0)
    return choose(scorers, sorted(labels), validated_on=len(examples) if parts else 0)


def score_model(data: bytes, examples: Sequence[Example]) -> tuple[SpanScorer, SpanScorer]:
    """(model, rules) scorers on examples whose stacked output is already known."""
    model, rules = SpanScorer(), SpanScorer()
    tagger = CRFSuggester(data)
    for ex in examples:
        predicted = tagger.predict(ex.text, stacked=ex.stacked)
        model.add(ex.spans, [(s.start, s.end, s.label) for s in predicted])
        rules.add(ex.spans, ex.stacked.get(RULES, ()))
    return model, rules


def train_project(
    project_path: str | os.PathLike[str],
    *,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    holdout: float = 0.2,
    seed: int = 13,
    params: TrainParams = TrainParams(),
    stack: Sequence[str] | None = None,
) -> TrainingReport:
    """Train on accepted spans of done/reviewed documents and store the model."""
    began = time.monotonic()
    project = open_project(Path(project_path))
    try:
        by_id, chosen = _finished_examples(project, stack, progress=progress, cancel=cancel)
        train_ids, held_ids = split_documents(list(by_id), share=holdout, seed=seed)
        choice, scores, baseline = _choose_and_score(
            by_id, train_ids, held_ids, params=params, cancel=cancel, seed=seed, progress=progress
        )
        steps = _training_steps(len(train_ids), seed)
        last = _training_step(progress, params, steps - 1, steps)
        final = _final_model(list(by_id.values()), choice, params=params, cancel=cancel, heard=last)
        _report(progress, "saving", 0, 1)
        report = TrainingReport(
            documents=len(by_id),
            trained_on=len(train_ids) if held_ids else len(by_id),
            held_out=len(held_ids),
            labels=tuple(CRFSuggester(final).labels()),
            scores=scores,
            baseline=baseline,
            choice=choice,
        )
        _save_model(project, final, chosen, report)
        return replace(report, seconds=time.monotonic() - began)
    finally:
        project.close()


def _finished_examples(
    project: Any,
    stack: Sequence[str] | None,
    *,
    progress: ProgressFn | None,
    cancel: threading.Event | None,
) -> tuple[dict[int, Example], tuple[str, ...]]:
    """Examples of the finished documents by id, and the suggesters stacked under the model.

    Refused before any feature is computed when no finished document has a span.
    """
    docs = _read_documents(project, progress)
    if not any(spans for _, spans in docs.values()):
        raise _nothing_finished(project)
    chosen = tuple(stack) if stack is not None else _default_stack(project)
    examples = make_examples(list(docs.values()), stack=chosen, progress=progress, cancel=cancel)
    return dict(zip(docs, examples, strict=True)), chosen


def _choose_and_score(
    by_id: dict[int, Example],
    train_ids: list[int],
    held_ids: list[int],
    *,
    params: TrainParams,
    cancel: threading.Event | None,
    seed: int,
    progress: ProgressFn | None,
) -> tuple[CombinationChoice, dict[str, Any], dict[str, Any]]:
    """The combination chosen on the training documents, then (model, rules) held-out reports.

    The held-out model is the last training step but one: the folds come before it.
    """
    steps = _training_steps(len(train_ids), seed)
    choice = choose_combination(
        [by_id[i] for i in train_ids], params=params, cancel=cancel, seed=seed, progress=progress
    )
    scores, baseline = _held_out_scores(
        by_id,
        train_ids,
        held_ids,
        choice,
        params=params,
        cancel=cancel,
        progress=progress,
        heard=_training_step(progress, params, steps - 2, steps),
    )
    return choice, scores, baseline


def _final_model(
    examples: list[Example],
    choice: CombinationChoice,
    *,
    params: TrainParams,
    cancel: threading.Event | None,
    heard: Callable[[int], None],
) -> bytes:
    """The model trained on every finished document, with the chosen combination built in."""
    heard(0)
    final = train_in_child(examples, params=params, cancel=cancel, on_iteration=heard)
    heard(params.max_iterations)  # the trainer may stop early, when it converges
    final = with_combination(final, choice.combination, base_labels(examples))
    _check(cancel)
    return final


def _save_model(project: Any, final: bytes, stack: Sequence[str], report: TrainingReport) -> None:
    """Store the model with what the app later shows of it: labels, documents, scores, combination."""
    meta = {
        "stack": list(stack),
        "labels": list(report.labels),
        "documents": report.documents,
        "trained_at": time.time(),
        "held_out": report.held_out,
        "scores": report.scores,
        **report.choice.as_meta(),
    }
    project.put_blob(MODEL_BLOB, final, meta)


def _training_steps(training_documents: int, seed: int) -> int:
    """How many models a training run trains: one per validation fold, the held-out one, the final one."""
    return len(validation_folds(training_documents, seed=seed)) + 2


def _held_out_scores(
    by_id: dict[int, Example],
    train_ids: list[int],
    held_ids: list[int],
    choice: CombinationChoice,
    *,
    params: TrainParams,
    cancel: threading.Event | None,
    progress: ProgressFn | None,
    heard: Callable[[int], None],
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(model, rules) reports on the held-out documents; empty when none is held out."""
    if not held_ids:
        return {}, {}
    trained_on = [by_id[i] for i in train_ids]
    heard(0)
    data = train_in_child(trained_on, params=params, cancel=cancel, on_iteration=heard)
    _report(progress, "evaluating", 0, len(held_ids))
    data = with_combination(data, choice.combination, base_labels(trained_on))
    model_score, rules_score = score_model(data, [by_id[i] for i in held_ids])
    report_labels = sorted({lab for ex in by_id.values() for *_, lab in ex.spans})
    return model_score.report(report_labels), rules_score.report(report_labels)


def _nothing_finished(project: Any) -> ModelError:
    """Why there is nothing to train on; an imported annotated corpus arrives unfinished,
    and its trainer must learn how to mark it done, not to annotate it again."""
    unfinished = DocumentFilter(status=(NEW, IN_PROGRESS))
    count = project.document_count(unfinished)
    annotated = sum(1 for row in project.document_rows(unfinished, limit=count) if row.span_count)
    if annotated:
        return ModelError(
            "No done or reviewed document has accepted annotations yet; unfinished documents "
            "that have some: {count}. An imported corpus arrives unfinished: mark them done "
            "(Document ▸ Mark every unfinished document of the list done, or the mark-done "
            "command), then train.",
            count=annotated,
        )
    return ModelError(
        "No done or reviewed document has accepted annotations yet: "
        "annotate a few documents and mark them done, then train."
    )


def _training_step(
    progress: ProgressFn | None, params: TrainParams, step: int, steps: int
) -> Callable[[int], None]:
    """Reports the trainer's iterations within training step `step` of `steps` (a
    validation fold, the held-out model, the final one), so the bar moves within a step."""
    per = max(1, params.max_iterations)

    def heard(iteration: int) -> None:
        _report(progress, "training", step * per + min(iteration, per), steps * per)

    return heard


def _report(progress: ProgressFn | None, stage: str, done: int, total: int) -> None:
    if progress is not None:
        progress(TrainProgress(stage, done, total))


def _read_documents(
    project: Any, progress: ProgressFn | None
) -> dict[int, tuple[str, list[tuple[int, int, str]]]]:
    """Text and accepted spans of every done or reviewed document."""
    ids = project.document_ids(status=(DONE, REVIEWED))
    out: dict[int, tuple[str, list[tuple[int, int, str]]]] = {}
    for i, doc in enumerate(project.iter_documents(ids=ids)):
        spans = project.spans(doc.id, states=(ACCEPTED,))
        out[doc.id] = (doc.text, [(s.start, s.end, s.label) for s in spans])
        _report(progress, "reading", i + 1, len(ids))
    return out


def _default_stack(project: Any) -> tuple[str, ...]:
    """The rules, and stock NER when the project suggests with it (it runs wherever the model does)."""
    return stack_for_training((RULES, NER) if uses_underthesea(project) else (RULES,))
