"""The syllable CRF: features, training on a tiny fixture set, tagging."""

from __future__ import annotations

import json
import threading

import pytest

from annotator.core.syllables import syllable_spans
from annotator.nlp.crf import (
    CRFSuggester,
    Example,
    ModelError,
    TrainingCancelled,
    TrainParams,
    train_model,
)
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
    assert "w=bí" in feats[0] and "w[1]=thư" in feats[0] and "w[-1]=<pad>" in feats[0]
    assert "rules=B-ROLE" in feats[0] and "rules=I-ROLE" in feats[1] and "rules=O" in feats[2]
    assert "s=Title" in feats[2]


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
