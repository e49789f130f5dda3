"""A foreign name right after the word that opens its sentence (`Theo`, `Với`, `Còn`).

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

OPENED: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A scholar quoted after `Theo`, his post after the comma.
    (
        "Theo [Kenji Moriyama]PER, [Giám đốc Viện Sakura]ROLE, dự án này quá tốn kém.",
        (("Moriyama", "PER"),),
    ),
    ("Với [Hideaki Tanabe]PER, đây là bước lùi đáng lo ngại.", ()),
    ("Còn [Oskar Lindqvist]PER cho rằng cuộc đàm phán sẽ kéo dài.", ()),
    ("Riêng [Pedro Almeida]PER vẫn giữ quan điểm cũ.", ()),
    # A source after `Theo` is an outlet, not a person.
    ("Theo Reuters, quân đội đã rút khỏi thành phố.", (("Reuters", "PER"),)),
    # `Nhưng` and `Và` open sentences about anything, a company as often as a person.
    ("Nhưng Northwind Systems cũng sẽ không chịu thua.", (("Northwind Systems", "PER"),)),
]


@pytest.mark.parametrize(("line", "wrong"), OPENED)
def test_a_foreign_name_after_a_sentence_opener(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
