"""Round 14: an affair named by the people counted in it and what they did or suffered.

Invented sentences of the construction `vụ` + a count + people + what happened;
lookalikes: incidents counted, a count of affairs.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]


AFFAIRS: list[Case] = [
    # An affair named by people counted and what they did or suffered (news4 0422 form).
    ("Công an làm rõ [vụ 22 chiến sĩ Công an Hà Nội đánh bạc]EVENT.", ()),
    ("Sau [vụ ba du khách tử vong]EVENT ở [Đà Nẵng]LOC, thành phố siết chặt quản lý.", ()),
    ("Tháng này xảy ra [vụ 2 người thiệt mạng]EVENT.", ()),
    ("Dư luận quan tâm đến [vụ 5 học sinh bị đánh]EVENT tại trường.", ()),
    # Lookalikes: incidents counted, a count of affairs.
    (
        "Năm nay có 15 vụ tai nạn khiến 20 người chết.",
        (("vụ tai nạn khiến 20 người chết", "EVENT"),),
    ),
    ("Ông phụ trách 2 vụ 3 người bị bắt.", (("vụ 3 người bị bắt", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), AFFAIRS)
def test_an_affair_of_people_counted_is_one_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


TITLES: list[Case] = [
    # `vụ trưởng`, `vụ phó` are a department head's titles, not an affair about a person
    # (news20 0208 read `[vụ trưởng Lương Cao Khải]` as an affair).
    (
        "Theo [vụ trưởng]ROLE [Lương Cao Khải]PER, dự luật đã xong.",
        (("vụ trưởng Lương Cao Khải", "EVENT"),),
    ),
    # Lookalike: an affair named by its person stays one.
    ("Dư luận quan tâm đến [vụ ông Mai Văn Dâu]EVENT.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), TITLES)
def test_a_department_heads_title_before_a_name_is_no_affair(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
