"""Street corners, routes with a glued dash, and lists of places after one unit noun.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CORNERS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A corner is named by the streets crossing there, a person's name included.
    ("Nhà ông ở ngay ngã tư [Hai Bà Trưng]LOC – [Võ Thị Sáu]LOC, quận 3.", ()),
    ("Xe buýt dừng ở ngã ba [Cầu Giấy]LOC - [Xuân Thủy]LOC.", (("Xuân Thủy", "PER"),)),
    ("Cây đổ tại giao lộ [Nguyễn Trãi]LOC - [Lê Văn Sỹ]LOC sáng nay.", ()),
    # A section joined by a dash glued on both sides.
    ("Mở rộng quốc lộ 1 đoạn [Phan Rang]LOC-[Cà Ná]LOC trong năm nay.", ()),
    # Lookalikes: a corner without names, a dash glued on one side only.
    ("Cảnh sát đứng ở ngã tư, Trần Văn Nam - tổ trưởng - nói.", (("Trần Văn Nam", "LOC"),)),
    ("Tuyến Hà Nội -2 chiều đã mở.", (("Hà Nội -2", "LOC"),)),
]

LISTS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # Siblings of one unit noun up to the clause's end.
    ("Ranh quy hoạch chưa chạm phường [Tân An]LOC, [Tân Hòa]LOC.", ()),
    ("Nước ngập các xã [Phú Lộc]LOC, [Phú Mỹ]LOC và [Phú Tân]LOC.", ()),
    # Lookalike: a person named after the place starts a new clause.
    ("Về xã [Phú Lộc]LOC, Minh Tâm kể lại chuyện cũ.", (("Minh Tâm", "LOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CORNERS + LISTS)
def test_places_a_corner_route_or_list_joins_are_suggested(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
