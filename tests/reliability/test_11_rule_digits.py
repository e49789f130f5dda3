"""Item 11: a superscript or any Unicode digit never crashes a rule.

`'10²'.isdigit()` is true but `int('10²')` raises, so one such character
cost a whole document its suggestions.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.nlp.rules import RuleSuggester

DIGITS = "0123456789²³¹⁴⁵⁰₂①⑴٣۵߂३৪੮໙༢၃០᠕１９𝟘𝟗"
WORDS = ["ngày", "tháng", "năm", "quý", "sáng", "-", "/", ".", "khóa", "Nghị", "quyết", "số"]


@pytest.fixture(scope="module")
def rules() -> RuleSuggester:
    return RuleSuggester()


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 10² tháng 4, Hội đồng nhân dân tỉnh họp.",
        "ngày 3² tháng 4 năm 2021",
        "ngày 2 - 3²/4/2021",
        "tháng ² năm 2021",
        "ngày ①/4",
        "ngày ٣ tháng ٤ năm ٢٠٢١",
    ],
)
def test_unusual_digits_in_dates_do_not_crash(rules: RuleSuggester, text: str) -> None:
    for s in rules.suggest(text):
        assert 0 <= s.start < s.end <= len(text)


digit_words = st.text(alphabet=st.sampled_from(DIGITS + "/.-"), min_size=1, max_size=6)
tokens = st.one_of(st.sampled_from(WORDS), digit_words, st.text(max_size=6))


@settings(max_examples=300, deadline=None)
@given(st.lists(tokens, max_size=14).map(" ".join))
def test_every_rule_survives_arbitrary_text(rules: RuleSuggester, text: str) -> None:
    for s in rules.suggest(text):
        assert 0 <= s.start < s.end <= len(text)
