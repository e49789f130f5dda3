"""The name classifier: candidates from the text, training, filling only the gaps."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from annotator.app.base_model import TRAINING_SETS
from annotator.app.shipped_classifier import weights_digest
from annotator.core.resources import resource_path
from annotator.nlp.base import Suggestion
from annotator.nlp.confidence import with_confidence
from annotator.nlp.names import NAMES, NameFiller, name_filler, train_names
from annotator.nlp.names.candidates import candidates, capital_runs, words_of
from annotator.nlp.names.features import Document, features, foreign, shape
from annotator.nlp.names.fill import MODEL_FILE
from annotator.nlp.names.model import NOTHING, NameModel, train
from annotator.nlp.names.training import learn_heads
from annotator.nlp.pipeline import MODEL, RULES, Pipeline, base_model_config

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "gold"


def _at(text: str, surface: str, label: str) -> tuple[int, int, str]:
    start = text.index(surface)
    return start, start + len(surface), label


def _surfaces(text: str, heads=()) -> set[str]:
    return {text[c.start : c.end] for c in candidates(text, words_of(text), heads)}


def test_a_capitalised_run_gives_every_stretch_of_it():
    text = "Theo báo Pháp Le Figaro, quân Nga rút."
    assert {"Pháp Le Figaro", "Le Figaro", "Pháp", "Figaro", "Theo", "Nga"} <= _surfaces(text)


def test_runs_stop_at_punctuation_and_lower_case_words():
    text = "Ông Dũng, Hùng và Lenta.ru đến TP.HCM"
    words = words_of(text)
    runs = [" ".join(w.text for w in words[a:b]) for a, b in capital_runs(text, words)]
    assert runs == ["Ông Dũng", "Hùng", "Lenta.ru", "TP.HCM"]
    # Lookalike: a lower-case word between capitals is never inside a plain candidate.
    assert "Hùng và Lenta.ru" not in _surfaces(text)


def test_a_known_head_joins_the_run_after_it_and_no_other():
    heads = [("lực", "lượng")]
    assert "lực lượng Dù Nga" in _surfaces("các đơn vị lực lượng Dù Nga tiến", heads)
    # Lookalikes: the head alone, and a head not given.
    assert "lực lượng" not in _surfaces("lực lượng Dù Nga", heads)
    assert "quân đội Mỹ" not in _surfaces("quân đội Mỹ rút", heads)


def test_heads_are_learnt_from_gold_spans_seen_twice():
    text = "lực lượng Wagner và lực lượng Azov, quân Kiev"
    spans = [_at(text, x, "ORG") for x in ("lực lượng Wagner", "lực lượng Azov", "quân Kiev")]
    assert learn_heads([(text, spans)]) == [("lực", "lượng")]


def test_shapes_and_foreign_words():
    assert shape("Gazprombank") == "Xx" and shape("PMU18") == "Xd" and shape("TP.HCM") == "X.X"
    assert foreign("Kramatorsk") and foreign("Figaro")
    # Lookalikes: Vietnamese syllables and acronyms are not foreign.
    assert not foreign("Nguyễn") and not foreign("Quảng") and not foreign("CSGT")


def test_features_read_the_context_and_not_any_suggestion():
    text = "Theo báo Tuổi Trẻ, ông Dũng nói."
    words = words_of(text)
    doc = Document(text, words, {"báo": "media"})
    (cand,) = [c for c in candidates(text, words) if text[c.start : c.end] == "Tuổi Trẻ"]
    feats = features(doc, cand)
    assert "prev=báo" in feats and "gaz-before=media" in feats and "mark-after=," in feats


def test_training_learns_a_separable_toy_problem_and_round_trips():
    data = [(["prev=ông", "bias"], "PER")] * 5 + [(["prev=tỉnh", "bias"], "LOC")] * 5
    data += [(["prev=theo", "bias"], NOTHING)] * 5
    model = train(data, l2=0.1, iterations=200)
    assert max(model.probabilities(["prev=ông", "bias"]).items(), key=lambda x: x[1])[0] == "PER"
    assert model.probabilities(["prev=tỉnh", "bias"])["LOC"] > 0.8
    again = NameModel.from_dict(json.loads(json.dumps(model.to_dict())))
    assert again.probabilities(["prev=ông"]) == pytest.approx(
        model.probabilities(["prev=ông"]), abs=1e-3
    )


def _toy_filler() -> NameFiller:
    text = "Hôm qua ông Tuấn gặp ông Hải. Ông Bình rời tỉnh Quảng Nam. Tại tỉnh Bình Định."
    docs = [
        (
            text,
            [(12, 16, "PER"), (25, 28, "PER"), (34, 38, "PER"), (49, 57, "LOC"), (68, 77, "LOC")],
        )
    ] * 3
    return NameFiller.from_dict(train_names(docs, {}), {})


def test_the_filler_adds_only_where_nothing_was_suggested():
    filler = _toy_filler()
    text = "Sáng nay ông Lâm đến tỉnh Gia Lai."
    added = filler.propose(text, [])
    assert ("Lâm", "PER") in {(text[s.start : s.end], s.label) for s in added}
    assert all(s.suggester == NAMES and 0.5 <= s.score <= 1 for s in added)
    # Lookalike: the same name already covered by a merged span is left alone.
    start, end, _ = _at(text, "Lâm", "PER")
    assert not any(s.start < end and start < s.end for s in filler.propose(text, [(start, end)]))


def test_fill_keeps_every_merged_span_as_it_was():
    filler = _toy_filler()
    text = "Sáng nay ông Lâm đến tỉnh Gia Lai."
    merged = [Suggestion(*_at(text, "Gia Lai", "LOC"), "rules", 1.0)]
    out = filler.fill(text, merged)
    assert merged[0] in out and all(s.suggester == NAMES for s in out if s != merged[0])


def test_the_shipped_classifier_loads_and_finds_a_foreign_place():
    filler = name_filler()
    assert filler is not None
    text = "Quân đội Nga tấn công thành phố Kramatorsk hôm qua."
    found = {(text[s.start : s.end], s.label) for s in filler.propose(text, [])}
    assert ("Kramatorsk", "LOC") in found


def test_the_shipped_classifier_names_the_committed_gold_it_was_trained_on():
    """A changed gold file means the classifier must be rebuilt (`make name-model`)."""
    shipped = json.loads(resource_path(*MODEL_FILE).read_text(encoding="utf-8"))
    assert [(x["file"], tuple(x["splits"])) for x in shipped["inputs"]] == list(TRAINING_SETS)
    for item in shipped["inputs"]:
        digest = hashlib.sha256((GOLD / item["file"]).read_bytes()).hexdigest()
        assert digest == item["sha256"], f"{item['file']} changed: run `make name-model`"
    assert shipped["weights_sha256"] == weights_digest(shipped)


def test_a_fresh_project_runs_no_name_classifier_but_the_shipped_one_still_fills():
    """Unwired after round 15 (it gained nothing on unseen text); built and measured still."""
    # The rules find the defendant after `Bị cáo`; the classifier, the given name alone.
    # The classifier is sure of the bare name after a clause opener (0.86 when the
    # models were retrained on news16); without the comma it sits near its threshold.
    text = "Bị cáo Dũng khai tại tòa. Sau đó, Dũng đã nộp lại tiền."
    merged = Pipeline(base_model_config((RULES, MODEL))).suggest(text)
    assert not any(s.suggester == NAMES for s in merged)
    filler = name_filler()
    assert filler is not None
    filled = with_confidence(filler.fill(text, merged))
    added = [s for s in filled if s.suggester == NAMES]
    assert added and all(0.5 <= s.score <= 1 for s in added)


def _context_filler(cues: dict[str, str]) -> NameFiller:
    """A filler sure of a label only right after a cue word (`cáo` → PER), unsure elsewhere."""
    labels = (NOTHING, "LOC", "ORG", "PER")
    weights = {"bias": [3.0, 0.0, 0.0, 0.0]}
    for cue, label in cues.items():
        weights[f"prev={cue}"] = [0.0 if x != label else 10.0 for x in labels]
    return NameFiller(NameModel(labels, weights), (), {})


def test_a_person_found_once_is_carried_to_the_other_bare_mentions_of_the_name():
    filler = _context_filler({"cáo": "PER"})
    text = "Bị cáo Dũng khai. Sau đó Dũng nộp tiền. Dũng bỏ trốn."
    dung = [i for i in range(len(text)) if text.startswith("Dũng", i)]
    covered = [(dung[2], dung[2] + 4)]
    found = {(s.start, s.end, s.label) for s in filler.propose(text, covered)}
    assert found == {(dung[0], dung[0] + 4, "PER"), (dung[1], dung[1] + 4, "PER")}


def test_a_place_is_judged_mention_by_mention_and_not_carried():
    filler = _context_filler({"tỉnh": "LOC"})
    text = "Về tỉnh Kontum rồi. Sau đó Kontum đổi tên."
    found = [(text[s.start : s.end], s.start, s.label) for s in filler.propose(text, [])]
    assert found == [("Kontum", text.index("Kontum"), "LOC")]


def _even_filler(weight: float) -> NameFiller:
    """A filler giving PER and LOC the same probability after their cue words."""
    labels = (NOTHING, "LOC", "ORG", "PER")
    weights = {
        "bias": [0.0, 0.0, 0.0, 0.0],
        "prev=tỉnh": [0.0, weight, 0.0, 0.0],
        "prev=ông": [0.0, 0.0, 0.0, weight],
    }
    return NameFiller(NameModel(labels, weights), (), {})


def test_a_place_needs_more_certainty_than_a_person():
    """Between the person's and the place's thresholds a person is added, a place is not."""
    text = "Ông Lâm về tỉnh Kontum."
    # exp(w) / (exp(w) + 3) = 0.6: above PER's 0.5, under LOC's 0.7.
    unsure = {(text[s.start : s.end], s.label) for s in _even_filler(1.5041).propose(text, [])}
    assert unsure == {("Lâm", "PER")}
    sure = {(text[s.start : s.end], s.label) for s in _even_filler(2.0).propose(text, [])}
    assert sure == {("Lâm", "PER"), ("Kontum", "LOC")}
