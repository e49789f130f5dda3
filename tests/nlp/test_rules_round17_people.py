"""Round 17 PER and ROLE kinds seen on unseen text in three or more once-blind sets.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

HMONG_NAMES: list[Case] = [
    # A Hmong name (middle name `A`) closing a post is the person, not the post's body.
    ("[Chủ tịch Hội đồng Dân tộc]ROLE [Trang A Pao]PER rất tán thành.", ()),
    ("[Phó Chủ tịch UBND tỉnh]ROLE [Giàng A Chu]PER phát biểu tại hội nghị.", ()),
    ("[Bí thư Huyện ủy Mù Cang Chải]ROLE [Lý A Sáng]PER cho biết.", ()),
    # Lookalikes: a unit named `A` with a place after it is the body's name.
    ("[Đội trưởng Đội A Hà Nội]ROLE báo cáo kết quả.", (("A Hà Nội", "PER"),)),
]


@pytest.mark.parametrize(("line", "wrong"), HMONG_NAMES)
def test_a_hmong_name_after_a_post_is_a_person(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
