"""Merging rule, model and stock NER suggestions into one non-overlapping list."""

from __future__ import annotations

from annotator.nlp.base import Suggestion
from annotator.nlp.merge import merge_suggestions
from annotator.nlp.rules import RuleSuggester

TEXT = "Chủ tịch UBND tỉnh Quảng Nam Lê Trí Thanh làm việc với Công ty Minh Phát tại Tam Kỳ."


def _at(surface: str, label: str, who: str, text: str = TEXT) -> Suggestion:
    start = text.index(surface)
    return Suggestion(start, start + len(surface), label, who)


def _spans(out: list[Suggestion]) -> list[tuple[str, str, str]]:
    return [(TEXT[s.start : s.end], s.label, s.suggester) for s in out]


def test_rules_win_over_overlapping_ner_spans() -> None:
    rules = [_at("Chủ tịch UBND tỉnh Quảng Nam", "ROLE", "rules")]
    ner = [_at("Quảng Nam", "LOC", "underthesea"), _at("Nam Lê Trí", "PER", "underthesea")]
    assert _spans(merge_suggestions(rules, ner, [], TEXT)) == [
        ("Chủ tịch UBND tỉnh Quảng Nam", "ROLE", "rules")
    ]


def test_identical_spans_are_kept_once_from_the_rules() -> None:
    rules = [_at("Lê Trí Thanh", "PER", "rules")]
    ner = [_at("Lê Trí Thanh", "PER", "underthesea")]
    assert _spans(merge_suggestions(rules, ner, [], TEXT)) == [("Lê Trí Thanh", "PER", "rules")]


def test_ner_fills_gaps_only_with_name_shaped_spans() -> None:
    ner = [
        _at("Công ty Minh Phát", "ORG", "underthesea"),
        _at("Tam Kỳ", "LOC", "underthesea"),
        _at("làm việc", "LOC", "underthesea"),
    ]
    got = _spans(merge_suggestions([], ner, [], TEXT))
    assert got == [
        ("Công ty Minh Phát", "ORG", "underthesea"),
        ("Tam Kỳ", "LOC", "underthesea"),
    ]


def test_without_text_only_ner_persons_fill_gaps() -> None:
    ner = [_at("Tam Kỳ", "LOC", "underthesea"), _at("Lê Trí Thanh", "PER", "underthesea")]
    assert _spans(merge_suggestions([], ner, [])) == [("Lê Trí Thanh", "PER", "underthesea")]


def test_model_comes_after_rules_and_before_ner() -> None:
    rules = [_at("Lê Trí Thanh", "PER", "rules")]
    model = [_at("Trí Thanh", "PER", "model"), _at("Công ty Minh Phát", "ORG", "model")]
    ner = [_at("Công ty Minh", "ORG", "underthesea"), _at("Tam Kỳ", "LOC", "underthesea")]
    assert _spans(merge_suggestions(rules, ner, model, TEXT)) == [
        ("Lê Trí Thanh", "PER", "rules"),
        ("Công ty Minh Phát", "ORG", "model"),
        ("Tam Kỳ", "LOC", "underthesea"),
    ]


def test_result_is_sorted_and_never_overlaps() -> None:
    rules = RuleSuggester().suggest(TEXT)
    ner = [Suggestion(i, i + 7, "LOC", "underthesea") for i in range(0, len(TEXT) - 7, 3)]
    out = merge_suggestions(rules, ner, [], TEXT)
    assert out == sorted(out, key=lambda s: (s.start, s.end))
    assert all(a.end <= b.start for a, b in zip(out, out[1:], strict=False))
    assert [s for s in out if s.suggester == "rules"] == rules


def test_empty_and_degenerate_inputs() -> None:
    assert merge_suggestions([], [], []) == []
    empty = Suggestion(3, 3, "PER", "model")
    assert merge_suggestions([], [], [empty]) == []


def test_the_pipeline_merges_with_the_text_so_name_shaped_ner_places_are_kept() -> None:
    from annotator.nlp.pipeline import Pipeline, PipelineConfig

    text = "Ông Nguyễn Văn An làm việc tại Quảng Nam."
    pipeline = Pipeline(PipelineConfig(names=("underthesea",)))
    run = pipeline.run(text)
    assert ("Quảng Nam", "LOC") in {(text[s.start : s.end], s.label) for s in run["underthesea"]}
    merged = {(text[s.start : s.end], s.label, s.suggester) for s in pipeline.suggest(text)}
    assert ("Quảng Nam", "LOC", "underthesea") in merged
    assert pipeline.suggest(text) == merge_suggestions([], run["underthesea"], [], text)


def test_a_model_that_validated_better_leads_and_rules_are_not_added_back() -> None:
    rules = [_at("Lê Trí Thanh", "PER", "rules"), _at("Tam Kỳ", "LOC", "rules")]
    model = [_at("Trí Thanh", "PER", "model")]
    ner = [_at("Công ty Minh Phát", "ORG", "underthesea"), _at("Tam Kỳ", "LOC", "underthesea")]
    assert _spans(merge_suggestions(rules, ner, model, TEXT, model_leads=True)) == [
        ("Trí Thanh", "PER", "model"),
        ("Công ty Minh Phát", "ORG", "underthesea"),
        ("Tam Kỳ", "LOC", "underthesea"),
    ]


HOLIDAY = "Đợt đặc xá dịp Quốc khánh 2-9 năm nay có 8.600 phạm nhân."


def test_a_holiday_alone_is_closed_to_the_model_and_stock_ner() -> None:
    rules = RuleSuggester()
    found = rules.suggest(HOLIDAY)
    assert ("2-9", "DATE") in [(HOLIDAY[s.start : s.end], s.label) for s in found]
    blocked = rules.blocked(HOLIDAY)
    assert [HOLIDAY[s:e] for s, e in blocked] == ["Quốc khánh"]
    model = [_at("Quốc khánh", "ORG", "model", HOLIDAY)]
    ner = [_at("Quốc khánh 2-9", "ORG", "underthesea", HOLIDAY)]
    merged = merge_suggestions(found, ner, model, HOLIDAY, blocked=blocked)
    assert all(s.suggester == "rules" for s in merged)
    # A model that leads (trained on the user's own articles) decides for itself.
    led = merge_suggestions(found, ner, model, HOLIDAY, model_leads=True, blocked=blocked)
    assert ("Quốc khánh", "ORG") in [(HOLIDAY[s.start : s.end], s.label) for s in led]


def test_an_anniversary_of_a_holiday_is_an_event_and_closes_nothing() -> None:
    text = "Lễ kỷ niệm 60 năm Quốc khánh diễn ra tại Hà Nội."
    rules = RuleSuggester()
    assert ("Lễ kỷ niệm 60 năm Quốc khánh", "EVENT") in [
        (text[s.start : s.end], s.label) for s in rules.suggest(text)
    ]
    assert rules.blocked(text) == []
