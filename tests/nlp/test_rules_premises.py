"""A business named after its owner is no mention of the owner.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # The owner's name carried after a shop or a small business names the business.
    (
        "Bị can [Nguyễn Thị Hương Xuân]PER bỏ trốn. Quán karaoke Hương Xuân bị đóng cửa.",
        (("Hương Xuân", "PER"),),
    ),
    (
        "Bà [Trần Thị Kiều Oanh]PER ký hợp đồng. Doanh nghiệp tư nhân Kiều Oanh bán hàng.",
        (("Kiều Oanh", "PER"),),
    ),
    # Lookalike: elsewhere the carried name is still the person.
    ("Bị can [Nguyễn Thị Hương Xuân]PER bỏ trốn. [Hương Xuân]PER được chồng giúp.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_business_named_after_its_owner_is_not_the_owner(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
