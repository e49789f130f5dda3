"""A council in sentence case, `Hội đồng` + its lowercase task, is one ORG.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label. Each marked case of `COUNCILS` fails with `sentence_case_councils`
switched off.
"""

from __future__ import annotations

import pytest

import annotator.nlp.rules as rules_module
from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

COUNCILS: list[Case] = [
    ("Sau khi khảo sát, [Hội đồng định giá tài sản]ORG căn cứ vào bảng giá mới.", ()),
    ("Danh sách do [Hội đồng tuyển chọn tân binh]ORG gửi lên huyện hôm qua.", ()),
    (
        "Tháng sau, [Hội đồng thi hành án phạt tù]ORG ra quyết định hoãn.",
        (("Hội đồng thi hành án phạt tù ra", "ORG"),),
    ),
]
KINDS: list[Case] = [
    # Counted, a council is a kind of body, no one body.
    ("Các Hội đồng tuyển chọn tân binh đều đã họp.", (("Hội đồng tuyển chọn tân binh", "ORG"),)),
    # A standing council's function is read with its place or owner elsewhere.
    ("Quyền đó thuộc Hội đồng nhân dân địa phương.", (("Hội đồng nhân dân địa phương", "ORG"),)),
]


@pytest.fixture(scope="module")
def rules() -> RuleSuggester:
    return RuleSuggester()


@pytest.mark.parametrize(("line", "wrong"), COUNCILS + KINDS)
def test_councils_in_sentence_case(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), COUNCILS)
def test_each_council_needs_the_finder(
    monkeypatch: pytest.MonkeyPatch,
    rules: RuleSuggester,
    line: str,
    wrong: tuple[tuple[str, str], ...],
) -> None:
    monkeypatch.setattr(rules_module, "sentence_case_councils", lambda line: [])
    with pytest.raises(AssertionError):
        check_marked(rules, line, wrong)
