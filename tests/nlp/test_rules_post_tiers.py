"""A post over a list of local levels of one tier is one ROLE; across tiers, two posts.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # Communes, wards and townships are one tier: the post is the same in each.
    (
        "Đơn được gửi tới [chủ tịch UBND xã, phường, thị trấn]ROLE, người đứng đầu cơ quan.",
        (("chủ tịch UBND xã", "ROLE"),),
    ),
    ("Các [Chủ tịch xã, phường]ROLE phải kê khai tài sản hằng năm.", ()),
    ("Nghị quyết giao [Chủ tịch UBND thị xã, huyện]ROLE rà soát lại.", ()),
    # A ward is inside a district: two posts, the first one kept.
    (
        "Nếu chưa có [Phó chủ tịch UBND quận]ROLE, phường thì cấp trên cử người.",
        (("Phó chủ tịch UBND quận, phường", "ROLE"),),
    ),
    # A level followed by its name is a place, not part of the list.
    ("[Chủ tịch xã]ROLE, phường [Tân Định]LOC đã ký.", (("Chủ tịch xã, phường", "ROLE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_post_takes_the_levels_of_its_tier(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
