"""A company named once with its head noun is an ORG in its bare mentions too.

Each text is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # Bare mentions before and after the one with its head noun.
    (
        "Khách hàng của [Naftogaz]ORG từ chối. [Công ty Naftogaz]ORG ngừng bơm khí. "
        "[Naftogaz]ORG cho biết sẽ kiện.",
        (),
    ),
    ("[Tập đoàn Rosatom]ORG ký hợp đồng. Sau đó [Rosatom]ORG xây nhà máy.", ()),
    # Lookalikes: a word of a person's name, a Vietnamese-spelled name, and a name
    # that starts a longer capitalised run.
    ("Ông [Peter Smith]PER gặp đại diện Công ty Smith.", (("Smith", "ORG"),)),
    ("Công ty Hòa Bình báo lãi. Hòa Bình là tên một tỉnh.", (("Hòa Bình", "ORG"),)),
    ("[Công ty Naftogaz]ORG báo lỗ. Naftogaz Trading là công ty con.", (("Naftogaz", "ORG"),)),
]


@pytest.mark.parametrize(("text", "wrong"), CASES)
def test_a_company_named_once_is_an_organisation_when_bare(
    rules: RuleSuggester, text: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, text, wrong)
