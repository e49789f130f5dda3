"""A lowercase government named by its leader or acted on as one body is an ORG.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with that
label. Each marked case fails with `governments_of_leaders` switched off.
"""

from __future__ import annotations

import pytest

import annotator.nlp.rules as rules_module
from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

GOVERNMENTS: list[Case] = [
    ("Phe đối lập chỉ trích [chính phủ]ORG của ông [Orban]PER hôm qua.", ()),
    ("Nghị viện bỏ phiếu bất tín nhiệm [chính phủ]ORG vào tuần trước.", ()),
    ("Tổng thống đã bất ngờ [giải tán]EVENT [chính phủ]ORG trước bầu cử.", ()),
    ("Họ âm mưu lật đổ [chính phủ]ORG của Tổng thống [Morales]PER.", ()),
]
IN_GENERAL: list[Case] = [
    # Overthrown, the government is one body, the overthrow no event.
    ("Họ muốn lật đổ [chính phủ]ORG của ông [Maduro]PER.", (("lật đổ", "EVENT"),)),
    ("Các đảng phải liên minh để thành lập chính phủ mới.", (("chính phủ", "ORG"),)),
    ("Ông giải thích cách chính phủ của ông đang cải cách.", (("chính phủ", "ORG"),)),
    ("Nhiều tổ chức phi chính phủ đã tham gia.", (("chính phủ", "ORG"),)),
]


@pytest.fixture(scope="module")
def rules() -> RuleSuggester:
    return RuleSuggester()


@pytest.mark.parametrize(("line", "wrong"), GOVERNMENTS + IN_GENERAL)
def test_governments_named_or_acted_on(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), GOVERNMENTS)
def test_each_government_needs_the_finder(
    monkeypatch: pytest.MonkeyPatch,
    rules: RuleSuggester,
    line: str,
    wrong: tuple[tuple[str, str], ...],
) -> None:
    monkeypatch.setattr(rules_module, "governments_of_leaders", lambda line: [])
    with pytest.raises(AssertionError):
        check_marked(rules, line, wrong)
