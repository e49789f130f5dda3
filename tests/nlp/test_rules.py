"""The rule suggester on hand-written political sentences (tests/fixtures/rules)."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.nlp.base import Suggestion
from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import parse_marked


def _cases() -> list[str]:
    path = Path(__file__).resolve().parents[1] / "fixtures" / "rules" / "annotated.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [x for x in lines if x.strip() and not x.startswith("#")]


def _spans(suggestions: list[Suggestion]) -> set[tuple[int, int, str]]:
    return {(s.start, s.end, s.label) for s in suggestions}


@pytest.mark.parametrize("line", _cases())
def test_annotated_sentence(rules: RuleSuggester, line: str) -> None:
    text, expected = parse_marked(line)
    got = _spans(rules.suggest(text))
    rendered = {(text[s:e], label) for s, e, label in got ^ expected}
    assert got == expected, f"differences: {sorted(rendered)}"


def test_suggestions_carry_the_suggester_name_and_are_sorted(rules: RuleSuggester) -> None:
    text = "Bí thư Tỉnh ủy Phan Việt Cường chủ trì hội nghị sáng 23.2."
    out = rules.suggest(text)
    assert out and all(s.suggester == "rules" for s in out)
    assert [s.start for s in out] == sorted(s.start for s in out)
    assert all(a.end <= b.start for a, b in zip(out, out[1:], strict=False))


def test_roles_in_a_list_are_separate_spans(rules: RuleSuggester) -> None:
    text = "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Lê Văn Dũng dự họp."
    got = {(text[s.start : s.end], s.label) for s in rules.suggest(text)}
    assert ("Phó Bí thư Thường trực Tỉnh ủy", "ROLE") in got
    assert ("Chủ tịch HĐND tỉnh", "ROLE") in got
    assert ("Lê Văn Dũng", "PER") in got


def test_honorific_and_unit_noun_stay_outside(rules: RuleSuggester) -> None:
    text = "Ông Trần Minh Hoàng về thăm huyện Krông Nô, tỉnh Đắk Nông."
    got = {(text[s.start : s.end], s.label) for s in rules.suggest(text)}
    assert got == {("Trần Minh Hoàng", "PER"), ("Krông Nô", "LOC"), ("Đắk Nông", "LOC")}


def test_tone_placement_variants_match_the_same_entry(rules: RuleSuggester) -> None:
    old = "Chủ tịch UBND tỉnh Khánh Hòa"
    new = "Chủ tịch UBND tỉnh Khánh Hoà"
    for text in (old, new):
        (span,) = rules.suggest(text)
        assert (span.start, span.end, span.label) == (0, len(text), "ROLE")


def test_d_lookalike_matches_without_changing_offsets(rules: RuleSuggester) -> None:
    text = "Nghị quyết của \u00d0ảng đã đi vào cuộc sống."
    spans = {(text[s.start : s.end], s.label) for s in rules.suggest(text)}
    assert ("\u00d0ảng", "ORG") in spans


def test_later_mentions_of_a_name_are_found(rules: RuleSuggester) -> None:
    text = "Bí thư Thành ủy Đinh Tiến Dũng phát biểu.\nSau đó, Đinh Tiến Dũng thăm cơ sở."
    names = [text[s.start : s.end] for s in rules.suggest(text) if s.label == "PER"]
    assert names == ["Đinh Tiến Dũng", "Đinh Tiến Dũng"]


def test_durations_and_vague_times_are_not_dates(rules: RuleSuggester) -> None:
    text = "Cùng ngày, Quốc hội làm việc trong 11 ngày và ít tháng tới sẽ họp tiếp."
    assert not [s for s in rules.suggest(text) if s.label == "DATE"]


def test_khoa_after_a_body_stays_inside_and_alone_is_a_date(rules: RuleSuggester) -> None:
    text = "Quốc hội khóa XV họp phiên đầu. Người ứng cử (khóa XV) đã nộp hồ sơ."
    got = {(text[s.start : s.end], s.label) for s in rules.suggest(text)}
    assert ("Quốc hội khóa XV", "ORG") in got
    assert ("khóa XV", "DATE") in got


def test_a_numbered_district_keeps_its_unit_noun(rules: RuleSuggester) -> None:
    text = "Người dân quận 2 và quận Bình Thạnh đi bầu cử."
    got = {(text[s.start : s.end], s.label) for s in rules.suggest(text)}
    assert ("quận 2", "LOC") in got
    assert ("Bình Thạnh", "LOC") in got
