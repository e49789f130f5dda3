"""A market, temple or pagoda after a lowercase site noun is a place, the noun outside.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A site named after a person reads as a place, not a person.
    ("Đoàn đại biểu dâng hương tại đền thờ [Trần Hưng Đạo]LOC.", (("Trần Hưng Đạo", "PER"),)),
    ("Người dân đến đền [Lý Thái Tổ]LOC từ sáng sớm.", (("Lý Thái Tổ", "PER"),)),
    # A market or pagoda no rule knew.
    ("Bà đi chợ [Bình Tây]LOC mua vải.", ()),
    ("Lễ hội diễn ra ở chùa [Phật Tích]LOC, tỉnh Bắc Ninh.", ()),
    ("Tiểu thương chợ [Đồng Xuân]LOC họp bàn.", ()),
    # Lookalikes: a capitalised noun starts a name, a feast day, a body.
    # A lake or reservoir, a refinery by its kind: the name alone.
    ("Cá chết hàng loạt ở lòng hồ [Thác Bà]LOC.", (("lòng hồ Thác Bà", "LOC"),)),
    ("Du khách dạo quanh hồ [Tây Đô]LOC buổi sáng.", ()),
    ("Mực nước hồ thủy điện [Hòa Bình]LOC xuống thấp.", ()),
    ("Tiến độ dự án lọc dầu [Nghi Sơn]LOC bị chậm.", ()),
    ("Anh đeo chiếc đồng hồ Seiko đã cũ.", (("Seiko", "LOC"),)),
    ("Câu trả lời còn mơ hồ Bộ trưởng nói.", (("Bộ trưởng", "LOC"),)),
    ("Hội chợ Thương mại Quốc tế khai mạc.", (("Thương mại Quốc tế", "LOC"),)),
    ("Không khí chợ Tết tấp nập.", (("Tết", "LOC"),)),
    # The noun as the second half of another word: a family, a fair.
    ("Mỗi hộ nhận một lô, gia đình Ngọc Lan được hai lô.", (("Ngọc Lan", "LOC"),)),
    ("Doanh nghiệp tham gia hội chợ Vietnam Expo.", (("Vietnam Expo", "LOC"),)),
    ("Ông là phó giám đốc Công ty quản lý chợ Bến Thành.", (("Bến Thành", "LOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_site_after_its_noun_is_a_place(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
