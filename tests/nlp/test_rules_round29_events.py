"""Round 29 rules: EVENT extents that recur cut short on once-blind sets.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists (surface, label) pairs they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

AWARD_CEREMONIES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    (
        "Đảng ủy phường tổ chức [lễ trao tặng huy hiệu 60 năm tuổi Đảng]EVENT cho cụ Tám.",
        (("lễ trao tặng huy hiệu", "EVENT"),),
    ),
    (
        "Cụ bà xúc động tại [buổi lễ nhận Huy hiệu 55 năm tuổi Đảng]EVENT sáng qua.",
        (("buổi lễ", "EVENT"),),
    ),
    (
        "Hội báo xuân khép lại bằng [lễ trao giải thưởng báo chí quốc gia năm 2006]EVENT.",
        (("lễ trao giải", "EVENT"),),
    ),
    (
        "Huyện chi 500 triệu đồng cho [lễ đón huân chương lao động hạng Ba]EVENT.",
        (),
    ),
    # Whom an award is given to is no part of its name.
    (
        "Nhân dịp này, tỉnh trao bằng khen các tập thể xuất sắc năm 2006.",
        (("bằng khen các tập thể xuất sắc năm 2006", "EVENT"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), AWARD_CEREMONIES)
def test_an_award_ceremony_keeps_what_names_the_award(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
