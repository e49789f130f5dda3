"""A street after a house number and a unit numbered instead of named are places.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A street named after a person, told by the house number before it.
    ("Cơ quan điều tra khám xét nhà số 27 [Lý Thường Kiệt]LOC, quận Hoàn Kiếm.", ()),
    ("Văn phòng công ty đặt ở 112B [Hai Bà Trưng]LOC (số cũ là 90).", (("Hai Bà Trưng", "PER"),)),
    ("Ông thuê một căn nhà tại 5/12 [Phan Đình Phùng]LOC, phường 2.", ()),
    ("Cửa hàng số 8 [Hàng Bài]LOC đóng cửa từ sáng.", ()),
    # Numbered units and roads, the noun inside.
    ("Cán bộ [tổ dân phố 4]LOC đến làm chứng.", ()),
    ("Khu đất thuộc [tiểu khu 72A]LOC của lâm trường.", ()),
    ("Gia đình ông sống ở [khu phố 6]LOC, thị trấn Tân Hiệp.", ()),
    ("Nhà thầu thi công [đường 715]LOC và cầu Rạch Miễu.", ()),
    ("Người dân [ấp 3]LOC, xã Tân Phú kéo đến trụ sở xã.", ()),
    # Lookalikes: a count, a body after a number, a company's number, a sum.
    ("Tuyến đường 4 làn xe được thông xe.", (("đường 4", "LOC"),)),
    ("Ông làm việc ở 3 Bộ trong mười năm.", (("Bộ", "LOC"),)),
    ("Giám đốc Công ty 319 Trần Văn Hòa bị bắt.", (("Trần Văn Hòa", "LOC"),)),
    ("Ông nhận số 1.500 Đô la Mỹ từ công ty.", (("Đô la Mỹ", "LOC"),)),
    ("Vận động viên chạy quãng đường 42km trong ba giờ.", (("đường 42km", "LOC"),)),
    ("Người dân ấp 3 ngày liền không có điện.", (("ấp 3", "LOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_an_address_is_suggested_as_a_place(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
