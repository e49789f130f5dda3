"""The syllable CRF: features, training on a tiny fixture set, tagging."""

from __future__ import annotations

import json
import threading

import pytest

from annotator.core.syllables import syllable_spans
from annotator.nlp.crf import (
    MODEL_FIRST,
    MODEL_ONLY,
    RULES_FIRST,
    CRFSuggester,
    Example,
    ModelError,
    TrainingCancelled,
    TrainParams,
    stored_combination,
    train_model,
    with_combination,
)
from annotator.nlp.crf.combine import UnknownCombination, combine, combine_as
from annotator.nlp.crf.features import (
    bio_tags,
    gazetteer_tags,
    sequence_features,
    shape,
    tags_to_spans,
)


@pytest.fixture
def examples(fixtures_dir):
    rows = [
        json.loads(line)
        for line in (fixtures_dir / "nlp" / "annotated.jsonl").open(encoding="utf-8")
    ]
    return [Example(r["text"], tuple(tuple(s) for s in r["spans"])) for r in rows]


def test_shapes():
    assert [shape(x) for x in ("Hà", "UBND", "xã", "2021", ",", "18-NQ", "iPhone")] == [
        "Title",
        "UPPER",
        "lower",
        "digit",
        "punct",
        "alnum",
        "lower",
    ]


def test_bio_tags_and_back():
    text = "Ông Nguyễn Văn An dự họp"
    tokens = syllable_spans(text)
    tags = bio_tags(tokens, [(4, 17, "PER")])
    assert tags == ["O", "B-PER", "I-PER", "I-PER", "O", "O"]
    assert tags_to_spans(tokens, tags) == [(4, 17, "PER")]
    assert tags_to_spans(tokens, ["O", "I-PER", "I-PER", "O", "B-X", "I-Y"]) == [
        (4, 14, "PER"),
        (18, 20, "X"),
        (21, 24, "Y"),
    ]


def test_gazetteer_hits_fold_tone_placement():
    keys = ["thủ", "tướng", "chính", "phủ", "khánh", "hòa"]
    tags = gazetteer_tags(keys)
    assert any(t.startswith("g:B-") for t in tags[0])
    assert any(t.startswith("g:I-") for t in tags[1])


def test_features_carry_neighbours_and_stacked_tags():
    text = "Bí thư Nguyễn Văn An"
    tokens = syllable_spans(text)
    feats = sequence_features(text, tokens, stacked={"rules": [(0, 6, "ROLE")]})
    assert len(feats) == len(tokens)
    assert "T[0]=bí" in feats[0] and "T[1]=thư" in feats[0] and "T[-1]=BOS" in feats[0]
    assert "rules[0]=B-ROLE" in feats[0] and "rules[0]=I-ROLE" in feats[1]
    assert "rules[0]=O" in feats[2] and "rules[-1,0]=I-ROLE O" in feats[2]
    assert "T[0][1]=Title" in feats[2] and "T[0,1]=nguyễn văn" in feats[2]
    assert any(f.startswith("T[0][3]=g:B-") for f in feats[0])


def test_features_are_the_same_for_old_and_new_tone_placement():
    old, new = "Khánh Hoà", "Khánh Hòa"
    assert sequence_features(old, syllable_spans(old)) == sequence_features(
        new, syllable_spans(new)
    )


def test_combination_keeps_rule_spans_and_adds_only_where_they_have_none():
    rules = [(0, 6, "ROLE"), (20, 30, "ORG")]
    model = [(0, 3, "ROLE"), (7, 19, "PER"), (25, 35, "LOC"), (40, 40, "PER")]
    assert combine(rules, model) == [(0, 6, "ROLE"), (7, 19, "PER"), (20, 30, "ORG")]
    assert combine([], model[:2]) == [(0, 3, "ROLE"), (7, 19, "PER")]


def test_each_combination_decides_overlaps_its_own_way():
    rules = [(0, 6, "ROLE"), (20, 30, "ORG")]
    model = [(0, 3, "ROLE"), (7, 19, "PER"), (25, 35, "LOC")]
    assert combine_as(RULES_FIRST, rules, model) == [
        (0, 6, "ROLE"),
        (7, 19, "PER"),
        (20, 30, "ORG"),
    ]
    assert combine_as(MODEL_FIRST, rules, model) == [
        (0, 3, "ROLE"),
        (7, 19, "PER"),
        (25, 35, "LOC"),
    ]
    assert combine_as(MODEL_FIRST, rules, model[1:]) == [
        (0, 6, "ROLE"),
        (7, 19, "PER"),
        (25, 35, "LOC"),
    ]
    assert combine_as(MODEL_ONLY, rules, model[1:]) == [(7, 19, "PER"), (25, 35, "LOC")]
    # Without the rules' output every combination is the model's own tagging.
    assert combine_as(RULES_FIRST, None, model) == sorted(model)
    with pytest.raises(UnknownCombination, match="model-first"):
        combine_as("model-last", rules, model)


def test_the_combination_travels_with_the_model_bytes(examples):
    # Rules that call every person an ORG: rules-first keeps that error,
    # model-only replaces it with what the annotations taught the model.
    def wrong_rules(ex):
        return Example(
            ex.text,
            ex.spans,
            {"rules": tuple((s, e, "ORG") for s, e, lab in ex.spans if lab == "PER")},
        )

    data = train_model([wrong_rules(ex) for ex in examples], params=TrainParams(max_iterations=80))
    assert stored_combination(data) == RULES_FIRST
    marked = with_combination(data, MODEL_ONLY)
    assert stored_combination(marked) == MODEL_ONLY and marked.endswith(data)
    assert stored_combination(with_combination(marked, MODEL_FIRST)) == MODEL_FIRST
    text = "Ông Đỗ Văn Nam, Giám đốc Sở Tư pháp, dự họp ngày 3/9/2021."
    name = (text.index("Đỗ"), text.index(", Giám"))
    stacked = {"rules": [(*name, "ORG")]}

    def labels_of_name(model):
        return {s.label for s in model.predict(text, stacked=stacked) if (s.start, s.end) == name}

    assert labels_of_name(CRFSuggester(data)) == {"ORG"}
    assert labels_of_name(CRFSuggester(marked)) == {"PER"}
    assert labels_of_name(CRFSuggester(marked, combination=RULES_FIRST)) == {"ORG"}
    assert CRFSuggester(marked).labels() == CRFSuggester(data).labels()
    with pytest.raises(ModelError, match="Unknown combination"):
        with_combination(data, "model-last")
    with pytest.raises(ModelError, match="unknown combination"):
        CRFSuggester(b"annotator-crf combination=model-last\n" + data)


def test_a_stacked_model_adds_a_label_the_rules_never_give(examples):
    # Rules that only know ROLE: the model must learn PER and DATE from the
    # annotations, and keep the rules' ROLE spans as they are.
    def roles_only(ex):
        return Example(ex.text, ex.spans, {"rules": tuple(s for s in ex.spans if s[2] == "ROLE")})

    data = train_model([roles_only(ex) for ex in examples], params=TrainParams(max_iterations=80))
    text = "Ông Đỗ Văn Nam, Giám đốc Sở Tư pháp, dự họp ngày 3/9/2021."
    role = (text.index("Giám"), text.index(", dự"), "ROLE")
    found = {
        (s.start, s.end, s.label)
        for s in CRFSuggester(data).predict(text, stacked={"rules": [role]})
    }
    surfaces = {(text[s:e], lab) for s, e, lab in found}
    assert role in found
    assert ("Đỗ Văn Nam", "PER") in surfaces and ("3/9/2021", "DATE") in surfaces


def test_trained_model_tags_unseen_text_and_round_trips_as_bytes(examples):
    data = train_model(examples, params=TrainParams(max_iterations=60))
    assert isinstance(data, bytes) and len(data) > 100
    model = CRFSuggester(data)
    assert set(model.labels()) == {"PER", "ROLE", "DATE"}
    text = "Ông Đỗ Văn Nam, Giám đốc Sở Tư pháp, dự họp ngày 3/9/2021."
    found = {(text[s.start : s.end], s.label) for s in model.suggest(text)}
    assert ("3/9/2021", "DATE") in found
    assert ("Đỗ Văn Nam", "PER") in found
    assert all(s.suggester == "model" for s in model.suggest(text))


def test_training_without_annotations_is_refused():
    with pytest.raises(ModelError, match="no accepted annotations"):
        train_model([Example("Không có gì.", ())])


def test_training_can_be_cancelled(examples):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(TrainingCancelled):
        train_model(examples, cancel=cancel)


def test_broken_model_bytes_are_a_clear_error():
    with pytest.raises(ModelError, match="train it again"):
        CRFSuggester(b"not a model")


def test_the_merged_suggestions_follow_a_model_that_validated_better(examples):
    from annotator.nlp.pipeline import Pipeline, PipelineConfig

    data = train_model(examples, params=TrainParams(max_iterations=40))
    text = examples[0].text
    config = {"names": ("rules", "model"), "stack": ("rules",)}
    safe = Pipeline(PipelineConfig(model=with_combination(data, RULES_FIRST), **config))
    leading = Pipeline(PipelineConfig(model=with_combination(data, MODEL_ONLY), **config))
    assert not safe.model_leads and leading.model_leads
    run = leading.run(text)
    model_spans = {(s.start, s.end, s.label) for s in run["model"]}
    merged = leading.merge_run(run, text)
    # The model's own choice, with nothing of the rules added back.
    assert {(s.start, s.end, s.label) for s in merged} == model_spans
    assert {s.suggester for s in merged} <= {"model"}
    rules_run = safe.run(text)
    kept = {(s.start, s.end, s.label) for s in safe.merge_run(rules_run, text)}
    assert {(s.start, s.end, s.label) for s in rules_run["rules"]} <= kept
