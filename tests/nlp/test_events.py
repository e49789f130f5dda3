"""The event classifier: candidates from the text, training, filling only the gaps."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from annotator.app.base_model import TRAINING_SETS
from annotator.app.shipped_classifier import weights_digest
from annotator.core.resources import resource_path
from annotator.nlp.base import Suggestion
from annotator.nlp.events import EVENTS, EventFiller, event_filler, train_events
from annotator.nlp.events.candidates import MAX_WORDS, event_candidates, learn_heads
from annotator.nlp.events.features import EventDocument, event_features
from annotator.nlp.events.fill import CONFIDENCE_SCALE, MODEL_FILE, THRESHOLD
from annotator.nlp.names.candidates import words_of
from annotator.nlp.names.model import NOTHING, NameModel
from annotator.nlp.pipeline import MODEL, RULES, Pipeline, base_model_config

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "gold"


def _at(text: str, surface: str) -> tuple[int, int, str]:
    start = text.index(surface)
    return start, start + len(surface), "EVENT"


def _surfaces(text: str, heads: tuple[str, ...]) -> list[str]:
    return [text[c.start : c.end] for c in event_candidates(text, words_of(text), heads)]


def test_candidates_run_from_a_head_to_each_extent_inside_the_clause():
    text = "Sau cuộc họp báo hôm qua, ông về nước."
    assert _surfaces(text, ("cuộc",)) == [
        "cuộc",
        "cuộc họp",
        "cuộc họp báo",
        "cuộc họp báo hôm",
        "cuộc họp báo hôm qua",
    ]
    # Lookalikes: a word that is no head starts nothing; a capitalised head counts.
    assert _surfaces(text, ("lễ",)) == []
    assert _surfaces("Cuộc họp kết thúc.", ("cuộc",))[:2] == ["Cuộc", "Cuộc họp"]


def test_candidates_stop_at_clause_marks_and_at_the_longest_extent():
    assert _surfaces("lễ ký kết (hôm qua)", ("lễ",)) == ["lễ", "lễ ký", "lễ ký kết"]
    assert _surfaces("vụ án: bị cáo", ("vụ",)) == ["vụ", "vụ án"]
    long = "hội " + " ".join(["nghị"] * 20)
    assert max(len(s.split()) for s in _surfaces(long, ("hội",))) == MAX_WORDS


def test_heads_are_first_words_of_gold_events_seen_twice():
    text = "cuộc họp và cuộc gặp và lễ khai mạc"
    spans = [_at(text, "cuộc họp"), (12, 20, "EVENT"), _at(text, "lễ khai mạc"), (0, 4, "ORG")]
    assert learn_heads([(text, spans)]) == ["cuộc"]


def test_features_read_the_text_around_and_not_any_suggestion():
    text = "Các bên tiến hành vòng đàm phán thứ hai ngày 5/3 tại Hà Nội."
    words = words_of(text)
    doc = EventDocument(text, words, {})
    cand = next(
        c
        for c in event_candidates(text, words, ("vòng",))
        if text[c.start : c.end] == "vòng đàm phán thứ hai"
    )
    feats = event_features(doc, cand)
    assert {"head=vòng", "prev=hành", "ord-in=thứ", "date-after", "len=5"} <= set(feats)
    assert not any("rules" in f or "EVENT" in f for f in feats)


def _toy_filler(event: str = "cuộc họp") -> EventFiller:
    """Trained on a toy gold where `cuộc họp` after `dự` is an event and `cuộc sống` is not."""
    text = "Ông dự cuộc họp. Bà dự cuộc họp. Cuộc sống vui. Họ dự cuộc họp. Cuộc sống khó."
    text = text.replace("cuộc họp", event).replace("Cuộc", event.split()[0].capitalize())
    starts = [i for i in range(len(text)) if text.startswith(event, i)]
    spans = [(m, m + len(event), "EVENT") for m in starts]
    return EventFiller.from_dict(train_events([(text, spans)] * 3, {}), {})


def test_training_learns_the_toy_events_and_the_filler_adds_only_bare_ones():
    filler = _toy_filler()
    text = "Chị dự cuộc họp. Cuộc sống vui."
    added = filler.propose(text, [])
    assert [(text[s.start : s.end], s.suggester) for s in added] == [("cuộc họp", EVENTS)]
    assert all(THRESHOLD * CONFIDENCE_SCALE <= s.score <= CONFIDENCE_SCALE for s in added)
    # Lookalike: the same stretch already covered by any merged span is left alone.
    start, end, _ = _at(text, "cuộc họp")
    assert filler.propose(text, [(start, end - 3)]) == []


def test_an_unsure_candidate_is_not_added():
    unsure = EventFiller(NameModel((NOTHING, "EVENT"), {"bias": [0.0, 0.0]}), ("cuộc",), {})
    assert unsure.propose("Ông dự cuộc họp.", []) == []


def test_fill_keeps_every_merged_span_as_it_was():
    filler = _toy_filler()
    text = "Chị dự cuộc họp ở Hà Nội."
    merged = [Suggestion(text.index("Hà Nội"), text.index("Hà Nội") + 6, "LOC", "rules", 1.0)]
    out = filler.fill(text, merged)
    assert merged[0] in out and [s.suggester for s in out if s != merged[0]] == [EVENTS]


def test_the_shipped_classifier_names_the_committed_gold_it_was_trained_on():
    """A changed gold file means the classifier must be rebuilt (`make event-model`)."""
    shipped = json.loads(resource_path(*MODEL_FILE).read_text(encoding="utf-8"))
    assert [(x["file"], tuple(x["splits"])) for x in shipped["inputs"]] == list(TRAINING_SETS)
    for item in shipped["inputs"]:
        digest = hashlib.sha256((GOLD / item["file"]).read_bytes()).hexdigest()
        assert digest == item["sha256"], f"{item['file']} changed: run `make event-model`"
    assert shipped["weights_sha256"] == weights_digest(shipped)


def test_the_shipped_classifier_is_sure_of_a_bare_event_and_unsure_of_a_lookalike():
    filler = event_filler()
    assert filler is not None
    text = "Cử tri theo dõi các phiên chất vấn tại Quốc hội."
    assert [text[s.start : s.end] for s in filler.propose(text, [])] == ["phiên chất vấn"]


def test_a_fresh_project_does_not_run_the_event_classifier():
    """Unwired in round 14 (it no longer gained on unseen text): sure as the shipped
    classifier is of a bare `phiên chất vấn`, a fresh project's suggestions leave it."""
    text = "Cử tri theo dõi các phiên chất vấn tại Quốc hội."
    merged = Pipeline(base_model_config((RULES, MODEL))).suggest(text)
    assert not any(s.suggester == EVENTS for s in merged)
    assert ("Quốc hội", "ORG") in {(text[s.start : s.end], s.label) for s in merged}


def test_the_shipped_classifier_leaves_a_market_day_and_a_visit_to_workshops_alone():
    filler = event_filler()
    assert filler is not None
    for text in ("Ông ấy nói về phiên chợ quê.", "Ông đi thăm các phân xưởng của nhà máy."):
        assert filler.propose(text, []) == [], text


def _extent_filler() -> EventFiller:
    """Sure of three words from `đại` (`Đại hội X`), never of a stretch a capital follows."""
    weights = {"bias": [0.0, -3.0], "len=3": [0.0, 6.0], "next-cap": [0.0, -6.0]}
    return EventFiller(NameModel((NOTHING, "EVENT"), weights), ("đại",), {})


def test_a_merged_event_takes_a_clearly_likelier_extent_and_drops_what_it_covers():
    filler = _extent_filler()
    text = "Đại hội X thành công."
    merged = [
        Suggestion(0, len("Đại hội"), "EVENT", "rules", 1.0),
        Suggestion(text.index("X"), text.index("X") + 1, "ORG", "rules", 1.0),
    ]
    out = filler.fill(text, merged)
    assert [(text[s.start : s.end], s.label, s.suggester) for s in out] == [
        ("Đại hội X", "EVENT", EVENTS)
    ]
    # Lookalike: a merged event the model is already surest of stays as it was.
    lone = [Suggestion(0, len("Đại hội X"), "EVENT", "rules", 1.0)]
    assert filler.fill(text, lone) == lone
