"""A port or airport in lowercase leaves its noun outside the place; a sea by its colour is one place.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A port, airport or spaceport by its name: the name alone.
    ("Ba con tàu vẫn nằm ở cảng [Klaipeda]LOC chờ sửa chữa.", ()),
    ("Máy bay hạ cánh xuống sân bay [Tân Sơn Nhất]LOC lúc 9 giờ.", ()),
    ("Đoàn được đón tại sân bay quốc tế [Nội Bài]LOC.", (("sân bay quốc tế Nội Bài", "LOC"),)),
    ("Tên lửa được phóng từ sân bay vũ trụ [Baikonur]LOC ở Kazakhstan.", ()),
    ("Hàng trăm hộ dân quanh sân bay [Cà Mau]LOC phải di dời.", (("sân bay Cà Mau", "LOC"),)),
    # A sea by its colour, with a lowercase or a capitalised noun; a foreign name
    # after a lowercase `biển` keeps the noun outside, capitalised inside.
    ("Tàu hàng đi qua [biển Đỏ]LOC để tới châu Âu.", ()),
    ("Tình hình trên [biển Đen]LOC vẫn căng thẳng.", ()),
    ("Quân đội kiểm soát lối ra [Biển Azov]LOC từ tháng 3.", ()),
    ("Thành phố nằm bên bờ biển [Azov]LOC.", (("biển Azov", "LOC"),)),
    # Lookalikes: an aircraft carrier, a port authority, water or wind.
    ("Hải quân điều tàu sân bay USS Nimitz tới vùng biển này.", (("USS Nimitz", "LOC"),)),
    ("Đại diện [Cảng vụ hàng không miền Bắc]ORG cho biết sân bay vẫn mở.", ()),
    ("Gió biển Bắc thổi mạnh làm mặt biển đen ngòm.", (("biển Bắc", "LOC"), ("Bắc", "LOC"))),
    ("Yêu cầu các sân bay, bến cảng tăng cường kiểm tra.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_port_or_sea_by_its_name_is_a_place(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
