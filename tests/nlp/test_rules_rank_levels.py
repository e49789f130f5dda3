"""`từ cấp thứ trưởng trở lên`: a post after lowercase `cấp` is a rank, a ROLE.

A post after a lowercase `ban` names a board (`ban giám đốc`), and a board's
function after `cấp` a level of command (`cấp chỉ huy`, `cấp lãnh đạo`): no
ROLE. But `cấp` before a post held by one person ranks officials by it (`từ
cấp thứ trưởng trở lên`, `đối với cấp bộ trưởng`, `lương cấp thứ trưởng`),
and the gold marks the post (news20 ×2, news21 ×5). `cấp ủy viên` is a
member of a party committee (`cấp ủy`), no rank. Lines are written here, not
copied from an article.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Từ cấp [thứ trưởng]ROLE trở lên được dùng xe riêng.", ()),
    ("Theo quy định, từ cấp [phó chủ tịch tỉnh]ROLE trở lên mới có xe.", ()),
    ("Đối với cấp [bộ trưởng]ROLE thì vẫn được trang bị xe.", ()),
    ("Lương cấp [thứ trưởng]ROLE sẽ khoảng mười triệu đồng.", ()),
    # Lookalikes: a level of command, a board, a member of a party committee.
    ("Khi nổ súng cần có lệnh của cấp chỉ huy.", (("chỉ huy", "ROLE"),)),
    ("Đảng ủy và ban giám đốc đã họp.", (("giám đốc", "ROLE"),)),
    ("Giám sát cấp ủy viên cùng cấp.", (("ủy viên cùng cấp", "ROLE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_post_after_cap_is_a_rank(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
