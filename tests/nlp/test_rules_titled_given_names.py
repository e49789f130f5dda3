"""A title before the given name of the article's person, where that name is also a country.

Each text is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # The article names the person in full first; the title and the given name later.
    (
        "Ông [Trần Văn Đức]PER bị kiểm điểm.\n[Thứ trưởng]ROLE [Đức]PER nhận trách nhiệm.",
        (("Thứ trưởng Đức", "ROLE"),),
    ),
    # Lookalikes: no person of that name, or a foreign person's name after the country.
    ("[Thứ trưởng Đức]ROLE đến Hà Nội.", (("Đức", "PER"),)),
    (
        "Ông [Lê Minh Đức]PER dự họp.\n[Thủ tướng Đức]ROLE [Olaf Scholz]PER phát biểu.",
        (("Đức", "PER"),),
    ),
]


@pytest.mark.parametrize(("text", "wrong"), CASES)
def test_a_title_before_the_article_persons_given_name_is_split(
    rules: RuleSuggester, text: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, text, wrong)
