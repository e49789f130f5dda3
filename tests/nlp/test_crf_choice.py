"""Choosing the model's combination with the rules from validation scores."""

from __future__ import annotations

import pytest

from annotator.core.metrics import SpanScorer
from annotator.nlp.crf import COMBINATIONS, MODEL_FIRST, MODEL_ONLY, RULES_FIRST
from annotator.nlp.crf.choice import MARGIN, choose, new_scorers, validation_folds


def test_folds_are_seeded_cover_every_example_once_and_keep_groups_together():
    groups = ["a", "a", "b", "c", "c", "c", "d", "e", "f", "f"]
    folds = validation_folds(len(groups), groups=groups, folds=3, seed=5)
    assert len(folds) == 3
    assert sorted(i for fold in folds for i in fold) == list(range(len(groups)))
    for fold in folds:
        inside = {groups[i] for i in fold}
        assert all(groups[i] not in inside for other in folds if other is not fold for i in other)
    assert validation_folds(len(groups), groups=groups, folds=3, seed=5) == folds
    assert sorted(map(len, validation_folds(4, folds=5))) == [1, 1, 1, 1]


def test_too_few_groups_give_no_folds():
    assert validation_folds(1) == []
    assert validation_folds(3, groups=["x", "x", "x"]) == []
    with pytest.raises(ValueError):
        validation_folds(3, groups=["x"])


def _scorers(f1_by_name: dict[str, float]) -> dict[str, SpanScorer]:
    """Scorers whose micro F1 over label X is (about) the given value: 100 gold spans."""
    out = new_scorers()
    gold = [(i * 2, i * 2 + 1, "X") for i in range(100)]
    for name, f1 in f1_by_name.items():
        hits = round(f1 * 100)
        out[name].add(gold, gold[:hits])
    return out


def test_rules_first_stays_unless_another_validates_better_by_the_margin():
    close = _scorers({RULES_FIRST: 0.80, MODEL_FIRST: 0.80, MODEL_ONLY: 0.80 + MARGIN / 2})
    kept = choose(close, ["X"], validated_on=10)
    assert kept.combination == RULES_FIRST and "did not validate better" in kept.reason
    far = _scorers({RULES_FIRST: 0.60, MODEL_FIRST: 0.70, MODEL_ONLY: 0.75})
    chosen = choose(far, ["X"], validated_on=10)
    assert chosen.combination == MODEL_ONLY
    assert chosen.scores[MODEL_ONLY] > chosen.scores[MODEL_FIRST] > chosen.scores[RULES_FIRST]
    meta = chosen.as_meta()
    assert meta["combination"] == MODEL_ONLY and set(meta["validation"]) == set(COMBINATIONS)


def test_a_tie_between_the_model_combinations_prefers_model_first():
    tie = _scorers({RULES_FIRST: 0.50, MODEL_FIRST: 0.70, MODEL_ONLY: 0.70})
    assert choose(tie, ["X"], validated_on=10).combination == MODEL_FIRST


def test_nothing_to_validate_on_keeps_the_safe_default():
    choice = choose(new_scorers(), [], validated_on=0)
    assert choice.combination == RULES_FIRST and "too few" in choice.reason
