"""A foreign-shaped run that ends in an English body's head is no person.

Each line is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A fund, a foundation or a university named after people keeps them inside.
    (
        "Quỹ từ thiện (Carter Obama Relief Fund) gửi thư cảm ơn.",
        (("Carter Obama Relief Fund", "PER"),),
    ),
    ("Học bổng do Rockefeller Foundation tài trợ.", (("Rockefeller Foundation", "PER"),)),
    ("Ông học tại Stanford University nhiều năm.", (("Stanford University", "PER"),)),
    # Lookalike: the people themselves are still persons.
    ("Cựu tổng thống [Jimmy Carter]PER phát biểu.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_an_english_body_named_after_people_is_no_person(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
