"""A foreign company named by itself, its name ending in a company's own word.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with that
label. Each company fails with `corporate_names` switched off.
"""

from __future__ import annotations

import pytest

import annotator.nlp.rules as rules_module
import annotator.nlp.rules.people.given_names as given_module
from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

COMPANIES: list[Case] = [
    ("Ảnh vệ tinh do [Planet Labs]ORG công bố hôm qua.", (("Planet Labs", "PER"),)),
    ("Hình ảnh được [Maxar Technologies]ORG cung cấp.", ()),
    ("Ông từng làm việc cho [Goldman Sachs Group]ORG nhiều năm.", ()),
    # No business word before it: after `công ty viễn thông` the trade names it too.
    ("Hợp đồng ký với [Bell Telecom]ORG đã hết hạn.", ()),
]
# Its head noun in capitals makes one body of it, and no person is cut from its end.
HEADED: list[Case] = [
    ("[Công ty Lockheed Martin Corp]ORG sẽ giao tên lửa.", (("Martin Corp", "PER"),)),
]
# A person's name, and a Vietnamese name, are no company.
PEOPLE: list[Case] = [
    ("Ông [John Smith]PER cho biết như vậy.", ()),
    ("Ông [Nguyễn Văn Group]PER cho biết.", (("Nguyễn Văn Group", "ORG"),)),
]


@pytest.fixture(scope="module")
def rules() -> RuleSuggester:
    return RuleSuggester()


@pytest.mark.parametrize(("line", "wrong"), COMPANIES + HEADED + PEOPLE)
def test_companies_by_their_end_word(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), COMPANIES)
def test_each_company_needs_the_finder(
    monkeypatch: pytest.MonkeyPatch,
    rules: RuleSuggester,
    line: str,
    wrong: tuple[tuple[str, str], ...],
) -> None:
    monkeypatch.setattr(rules_module, "corporate_names", lambda line: [])
    with pytest.raises(AssertionError):
        check_marked(rules, line, wrong)


def test_a_company_keeps_its_last_word_from_a_given_name(
    monkeypatch: pytest.MonkeyPatch, rules: RuleSuggester
) -> None:
    monkeypatch.setattr(given_module, "ends_company", lambda line, i: False)
    with pytest.raises(AssertionError):
        check_marked(rules, *HEADED[0])
