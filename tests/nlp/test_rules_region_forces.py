"""A foreign region's government or force takes the region with its unit noun; a few
closed-class names a state's inspector general and armed groups abroad go by.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A government or force, the region's unit noun, its name: one ORG.
    ("[Chính quyền vùng Kursk]ORG đã sơ tán người dân.", (("Kursk", "LOC"),)),
    ("[Chính quyền bang Texas]ORG cho biết như vậy.", (("Texas", "LOC"),)),
    ("[Chính quyền tiểu bang Oregon]ORG đã phản đối.", (("Oregon", "LOC"),)),
    (
        "[Lực lượng phòng không vùng Rostov]ORG đã bắn hạ hai máy bay.",
        (("Rostov", "LOC"),),
    ),
    ("[Lực lượng phòng không Nga]ORG đã bắn hạ hai máy bay.", (("Nga", "LOC"),)),
    # Lookalikes: where a force is, a unit noun with no name, the kind with no state.
    ("[Lực lượng Nga]ORG trong khu vực [Kharkov]LOC đã rút.", (("khu vực Kharkov", "ORG"),)),
    ("Chính quyền vùng đã họp tại [Kursk]LOC.", (("Chính quyền vùng", "ORG"),)),
    ("Lực lượng phòng không đã hoạt động liên tục.", (("Lực lượng phòng không", "ORG"),)),
    # The state inspector general of the years before 2008, in either case.
    (
        "Theo [Tổng thanh tra Nhà nước]ROLE [Quách Văn Hòa]PER, tình trạng này kéo dài.",
        (("Nhà", "PER"), ("Tổng thanh tra", "ROLE")),
    ),
    ("Quốc hội nghe [tổng thanh tra nhà nước]ROLE báo cáo.", (("tổng thanh tra", "ROLE"),)),
    # A state's inspection in general is no body.
    (
        "Cấp xã không có tổ chức thanh tra nhà nước.",
        (("thanh tra nhà nước", "ORG"), ("thanh tra nhà nước", "ROLE")),
    ),
    # Armed groups abroad by their own names.
    ("Trùm [Al-Qaeda]ORG vẫn chưa chết.", (("Al-Qaeda", "PER"),)),
    ("Phong trào [Hezbollah]ORG tuyên bố ngừng bắn.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_region_force_or_a_listed_name(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
