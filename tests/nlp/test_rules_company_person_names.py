"""A capitalised `Công ty` + legal form keeps the name after it, even one that reads like a person's.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label. Each marked case of `NAMED` fails with the capitalised head
left to the body reading alone (the legal-form reading for lowercase only).
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from annotator.nlp.rules.companies import legal_forms
from annotator.nlp.rules.companies import names as company_names
from annotator.nlp.rules.lines import Line
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

NAMED: list[Case] = [
    (
        "Sau đó ông lập [Công ty TNHH Lê Khôi]ORG, Hùng thuê người làm giám đốc.",
        (("Lê Khôi", "PER"), ("Công ty TNHH", "ORG")),
    ),
    (
        "Ông góp vốn vào [Công ty TNHH Phạm Khang]ORG và làm giám đốc.",
        (("Công ty TNHH", "ORG"),),
    ),
]
HEADED: list[Case] = [
    # A later mention with the capitalised head keeps the head inside its span.
    (
        "Ông lập Công ty TNHH Lê Khôi năm 2001. Sau đó [Công ty Lê Khôi]ORG vay thêm tiền.",
        (("Lê Khôi", "ORG"),),
    ),
]
KINDS: list[Case] = [
    ("Các Công ty TNHH trong tỉnh đều nộp thuế.", (("Công ty TNHH", "ORG"),)),
]


@pytest.fixture(scope="module")
def rules() -> RuleSuggester:
    return RuleSuggester()


@pytest.mark.parametrize(("line", "wrong"), NAMED + HEADED + KINDS)
def test_company_names_after_a_legal_form(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), NAMED)
def test_each_name_needs_the_capitalised_head_read(
    monkeypatch: pytest.MonkeyPatch,
    rules: RuleSuggester,
    line: str,
    wrong: tuple[tuple[str, str], ...],
) -> None:
    lowercase_only = legal_forms.company_at

    def company_at(line: Line, i: int) -> int:
        return lowercase_only(line, i) if line.lower(i) else -1

    monkeypatch.setattr(legal_forms, "company_at", company_at)
    with pytest.raises(AssertionError):
        check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), HEADED)
def test_each_headed_mention_needs_the_head_taken_in(
    monkeypatch: pytest.MonkeyPatch,
    rules: RuleSuggester,
    line: str,
    wrong: tuple[tuple[str, str], ...],
) -> None:
    monkeypatch.setattr(company_names, "_head_before", lambda line, i: i)
    with pytest.raises(AssertionError):
        check_marked(rules, line, wrong)
