"""A nickname in brackets after a full name (`Trần Văn Lệ (Lệ mập)`) and its later
mentions (`Lệ Mập`).

Each line is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Đường dây do [Chu Đức Hải]PER ([Hải cướp]PER) cầm đầu.", (("Hải", "PER"),)),
    ("Bị cáo [Trần Văn Lệ]PER ([Lệ mập]PER) khai. Sau đó [Lệ Mập]PER bỏ trốn.", ()),
    ("Anh đến nhà [Nguyễn Sơn Hải]PER ([Tám Hải]PER) nhận hàng.", ()),
    # Near misses: a delegate's province, a year, a relative in brackets.
    ("ĐB Nguyễn Văn Bình (Bình Dương) phát biểu.", (("Bình Dương", "PER"),)),
    ("Bị cáo Nguyễn Thị Sáu (1962) khai.", (("1962", "PER"),)),
    ("Bà Nguyễn Thanh Tuyền (mẹ ruột Cường) cho biết.", (("mẹ ruột", "PER"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_bracket_nicknames(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
