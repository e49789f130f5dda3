"""A confrontation with a side or asked for is an EVENT; in a list of procedure it is not.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with that
label. Each marked case fails with `find_confrontations` switched off.
"""

from __future__ import annotations

import pytest

import annotator.nlp.rules as rules_module
from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

CONFRONTATIONS: list[Case] = [
    ("Bị cáo đề nghị được [đối chất]EVENT với người làm chứng.", ()),
    ("Ông muốn [đối chất]EVENT trước cơ quan điều tra.", ()),
    ("Hai người đã [đối chất]EVENT với nhau suốt buổi chiều.", ()),
]
PROCEDURE: list[Case] = [
    ("Điều tra viên phải lấy lời khai, đối chất, thực nghiệm điều tra.", (("đối chất", "EVENT"),)),
]


@pytest.fixture(scope="module")
def rules() -> RuleSuggester:
    return RuleSuggester()


@pytest.mark.parametrize(("line", "wrong"), CONFRONTATIONS + PROCEDURE)
def test_confrontations(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), CONFRONTATIONS)
def test_each_confrontation_needs_the_finder(
    monkeypatch: pytest.MonkeyPatch,
    rules: RuleSuggester,
    line: str,
    wrong: tuple[tuple[str, str], ...],
) -> None:
    monkeypatch.setattr(rules_module, "find_confrontations", lambda line: [])
    with pytest.raises(AssertionError):
        check_marked(rules, line, wrong)
