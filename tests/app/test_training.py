"""Training the project's model: data from done documents, held-out score, cancel."""

from __future__ import annotations

import multiprocessing
import threading
import time

import pytest

from annotator.app.suggest import suggest_documents
from annotator.app.training import (
    choose_combination,
    load_model,
    split_documents,
    train_in_child,
    train_project,
)
from annotator.nlp.crf import (
    COMBINATIONS,
    RULES_FIRST,
    CRFSuggester,
    Example,
    ModelError,
    TrainingCancelled,
    TrainParams,
    base_labels,
    stored_combination,
    with_combination,
)
from annotator.store import open_project
from tests.app._nlp_projects import build_project


def test_split_is_seeded_and_keeps_a_training_document():
    ids = list(range(10))
    train, held = split_documents(ids, share=0.2, seed=1)
    assert len(held) == 2 and sorted(train + held) == ids
    assert split_documents(ids, share=0.2, seed=1) == (train, held)
    assert split_documents([4], share=0.5, seed=1) == ([4], [])


def test_train_stores_a_model_that_then_suggests_with_origin_model(tmp_path):
    path = tmp_path / "p.db"
    ids = build_project(path, done=5, texts=["Bà Đỗ Thị Lan, Giám đốc Sở Y tế, họp ngày 2/2/2021."])
    stages = []
    report = train_project(
        path,
        progress=lambda p: stages.append(p.stage),
        holdout=0.2,
        stack=(),
        params=TrainParams(max_iterations=40),
    )
    assert report.documents == 5 and report.held_out == 1 and report.trained_on == 4
    assert set(report.labels) == {"PER", "ROLE", "DATE"}
    assert {"reading", "features", "training", "evaluating", "saving"} <= set(stages)
    assert set(report.scores["labels"]) == {"PER", "ROLE", "DATE"}
    assert 0.0 <= report.scores["micro"]["f1"] <= 1.0
    project = open_project(path)
    try:
        data, meta = load_model(project)
        assert data and meta["stack"] == [] and meta["documents"] == 5
        # The combination validated on the training documents is stored with the model.
        assert meta["combination"] == report.choice.combination == stored_combination(data)
        assert set(meta["validation"]) == set(COMBINATIONS) and meta["validated_on"] == 4
    finally:
        project.close()
    suggest_documents(path, doc_ids=[ids[-1]], workers=1, suggesters=("model",))
    project = open_project(path)
    try:
        found = project.spans(ids[-1], states=("pending",))
        assert found and all(s.origin == "model" and s.suggester == "model" for s in found)
    finally:
        project.close()


def test_training_without_done_documents_says_what_to_do(tmp_path):
    path = tmp_path / "p.db"
    build_project(path, done=0)
    with pytest.raises(ModelError, match="mark them done"):
        train_project(path)


def test_cancelled_training_keeps_no_model(tmp_path):
    path = tmp_path / "p.db"
    build_project(path, done=4)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(TrainingCancelled):
        train_project(path, cancel=cancel, stack=())
    project = open_project(path)
    try:
        assert load_model(project) is None
    finally:
        project.close()


def test_cancel_while_the_crf_trains_stops_the_child_at_once(tmp_path):
    from annotator.app.trainer_process import train_in_child
    from annotator.app.training import make_examples
    from tests.app._nlp_projects import fixture_rows

    rows = fixture_rows() * 400  # about 10 s of training when not cancelled
    examples = make_examples([(r["text"], r["spans"]) for r in rows], stack=())
    cancel = threading.Event()
    timer = threading.Timer(1.0, cancel.set)
    timer.start()
    began = time.monotonic()
    try:
        with pytest.raises(TrainingCancelled):
            train_in_child(examples, params=TrainParams(max_iterations=100000), cancel=cancel)
    finally:
        timer.cancel()
    assert time.monotonic() - began < 5.0
    assert not [p for p in multiprocessing.active_children() if p.is_alive()]


def test_progress_reaches_every_stage_in_order(tmp_path):
    path = tmp_path / "p.db"
    build_project(path, done=5)
    seen: list[str] = []
    train_project(
        path,
        progress=lambda p: seen.append(p.stage) if not seen or seen[-1] != p.stage else None,
        stack=(),
        params=TrainParams(max_iterations=20),
    )
    assert seen[:4] == ["reading", "features", "training", "evaluating"]
    assert seen[-1] == "saving"


def _stacked(rules) -> list[Example]:
    from tests.app._nlp_projects import fixture_rows

    out = []
    for row in fixture_rows():
        spans = tuple(tuple(s) for s in row["spans"])
        out.append(Example(row["text"], spans, {"rules": tuple(rules(spans))}))
    return out


def _mislabelled(spans):
    swap = {"PER": "ORG", "DATE": "PER"}
    return [(s, e, swap.get(lab, lab)) for s, e, lab in spans]


def test_validation_lets_the_model_decide_only_where_the_rules_are_wrong():
    params = TrainParams(max_iterations=60)
    # Rules that call every person an organisation and every date a person:
    # they produce the labels they get wrong, so their errors survive
    # rules-first, and letting the model decide validates clearly better.
    wrong = _stacked(_mislabelled)
    choice = choose_combination(wrong, params=params)
    assert choice.combination != RULES_FIRST, choice
    assert choice.scores[choice.combination] > choice.scores[RULES_FIRST]
    assert choice.validated_on == len(wrong)
    # Rules that are right everywhere: nothing to gain, the safe default stays.
    right = _stacked(lambda spans: spans)
    assert choose_combination(right, params=params).combination == RULES_FIRST
    # Too few documents to validate on.
    assert choose_combination(wrong[:1], params=params).combination == RULES_FIRST


def test_a_label_no_rule_produces_is_the_models_own_under_rules_first():
    params = TrainParams(max_iterations=60)
    # Rules that never say PER (they call people organisations): PER is a
    # label they do not know, so the model's sure PER spans replace theirs.
    examples = _stacked(lambda spans: [(s, e, "ORG" if x == "PER" else x) for s, e, x in spans])
    data = train_in_child(examples, params=params)
    data = with_combination(data, RULES_FIRST, base_labels(examples))
    model = CRFSuggester(data)
    assert model.base_labels == {"ORG", "ROLE", "DATE"}
    people = [(ex, [s for s in ex.spans if s[2] == "PER"]) for ex in examples]
    found = [set(model.predict_as(RULES_FIRST, ex.text, stacked=ex.stacked)) for ex, _ in people]
    assert all(set(per) <= spans for (_, per), spans in zip(people, found, strict=True))
    # Without the labels recorded (an older model), the rules' spans win as before.
    old = CRFSuggester(with_combination(data, RULES_FIRST))
    assert old.base_labels is None
    ex = examples[0]
    assert not any(s[2] == "PER" for s in old.predict_as(RULES_FIRST, ex.text, stacked=ex.stacked))
