"""A post in brackets after a name grows to the bracket's end, but not over `kiêm`.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

ASIDES: list[Case] = [
    # Two posts held at once are two ROLEs, in brackets as in a sentence.
    (
        "Bị cáo [Lê Văn Tâm]PER ([Phó bí thư]ROLE kiêm [Chủ tịch UBND xã]ROLE) đã nhận lỗi.",
        (("Phó bí thư kiêm Chủ tịch UBND xã", "ROLE"),),
    ),
    (
        "Ông [Trần Minh Hải]PER ([Phó giám đốc]ROLE kiêm [kế toán trưởng]ROLE) bị tạm giam.",
        (("Phó giám đốc kiêm kế toán trưởng", "ROLE"),),
    ),
    # `kiêm nhiệm` qualifies the post; the aside still runs to its end.
    ("Bà [Ngô Thị Lan]PER ([đại biểu kiêm nhiệm Quốc hội khóa XII]ROLE) phát biểu.", ()),
]


@pytest.fixture(scope="module")
def rules() -> RuleSuggester:
    return RuleSuggester()


@pytest.mark.parametrize(("line", "wrong"), ASIDES)
def test_a_bracketed_post_stops_at_a_second_post(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
