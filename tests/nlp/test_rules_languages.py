"""A state's name after `tiếng` is its language, no place; after `danh tiếng`, `nổi tiếng` it is not.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Người đàn ông trong video nói tiếng Nga rất rõ.", (("Nga", "LOC"),)),
    ("Bản dịch tiếng Nhật được phát hành tháng sau.", (("Nhật", "LOC"),)),
    ("Tài liệu viết bằng tiếng Ba Lan và tiếng Đức.", (("Ba Lan", "LOC"), ("Đức", "LOC"))),
    ("Ông sống ở [Ukraine]LOC lâu năm nên nói tiếng Ukraine giỏi.", ()),
    # Lookalikes: reputation and fame, a place after them.
    ("Ông trả lời tạp chí danh tiếng [Respekt]ORG của [Séc]LOC.", ()),
    ("Cô là ca sĩ nổi tiếng [Hàn Quốc]LOC.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_language_is_no_place(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


def test_a_place_named_elsewhere_is_no_place_after_tieng(rules: RuleSuggester) -> None:
    text = "Ông sống ở Ukraine nhiều năm.\nÔng nói tiếng Ukraine rất giỏi."
    places = [text[s.start : s.end] for s in rules.suggest(text) if s.label == "LOC"]
    assert places == ["Ukraine"]
