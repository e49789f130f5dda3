"""A company's lowercase head joins the name the rules found after it: one ORG.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label. Each joined case fails with `companies_with_heads` switched off.
"""

from __future__ import annotations

import pytest

import annotator.nlp.rules as rules_module
from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

JOINED: list[Case] = [
    ("Lô hàng do [công ty Zuellig Pharma]ORG nhập khẩu.", (("Zuellig Pharma", "ORG"),)),
    ("Ông đã ký hợp đồng với [tập đoàn Intel]ORG tuần trước.", (("Intel", "ORG"),)),
]
KEPT: list[Case] = [
    # Companies in general, and an English name that names its own kind.
    ("Các công ty [EU]ORG có thể bị phạt nặng.", (("công ty EU", "ORG"),)),
    (
        "Ông gặp đại diện công ty [Canadian Wheat Board]ORG ở Ottawa.",
        (("công ty Canadian Wheat Board", "ORG"),),
    ),
]


@pytest.fixture(scope="module")
def rules() -> RuleSuggester:
    return RuleSuggester()


@pytest.mark.parametrize(("line", "wrong"), JOINED + KEPT)
def test_a_company_head_joins_its_name(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), JOINED)
def test_each_join_needs_the_pass(
    monkeypatch: pytest.MonkeyPatch,
    rules: RuleSuggester,
    line: str,
    wrong: tuple[tuple[str, str], ...],
) -> None:
    monkeypatch.setattr(rules_module, "companies_with_heads", lambda line, spans: spans)
    with pytest.raises(AssertionError):
        check_marked(rules, line, wrong)
