"""Round 22 rules: a zone named after the ward it covers keeps its noun outside.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # Capitalised or not, the zone's noun stays outside its name.
    (
        "Hàng trăm hộ dân ở Khu đô thị [Hòa Xuân]LOC chờ được cấp sổ.",
        (("Khu đô thị Hòa Xuân", "LOC"),),
    ),
    (
        "Tỉnh kêu gọi đầu tư vào Khu kinh tế [Vân Phong]LOC trong năm tới.",
        (("Khu kinh tế Vân Phong", "LOC"),),
    ),
    ("Quy hoạch khu đô thị mới [Tây Nam Hà Nội]LOC được phê duyệt.", ()),
    # Lookalikes: a building's capitalised head starts its name; a zone's
    # board is a body; a zone with no name is no place.
    ("Đại biểu họp tại [Hội trường Ba Đình]LOC sáng nay.", ()),
    ("[Ban Quản lý Khu kinh tế Vân Phong]ORG vừa công bố quy hoạch.", (("Vân Phong", "LOC"),)),
    ("Khu đô thị này sẽ có trường học và bệnh viện.", (("Khu đô thị", "LOC"),)),
    # A headline glued to its zone: the city before it is no person's name.
    (
        "Biệt thự ngoại thành [Hà Nội]LOC Khu đô thị [Hòa Lạc]LOC bỏ hoang.",
        (("Hà Nội Khu", "PER"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_zones_keep_their_noun_outside(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
