"""Round 21 rules: a gathering keeps its members and its spelled number in the series.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # The number spelled after `lần thứ`, a capitalised head, an opening session.
    ("Đây là [hội nghị cán bộ toàn quốc lần thứ hai]EVENT của ngành.", ()),
    (
        "Sau [kỳ họp]EVENT, [Hội nghị đại biểu Hội đồng nhân dân chuyên trách lần thứ hai]EVENT"
        " sẽ thảo luận dự án.",
        (),
    ),
    ("Phát biểu tại [buổi khai mạc hội nghị nhà báo toàn quốc]EVENT, ông nói rõ.", ()),
    # Lookalikes: a weekday (`thứ tư`) is no number; a name after members is the speaker.
    ("[Hội nghị cán bộ]EVENT diễn ra vào thứ tư.", (("Hội nghị", "EVENT"),)),
    ("Tại hội nghị đại biểu Nguyễn Văn Hùng phát biểu.", (("hội nghị đại biểu Nguyễn", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_meetings_keep_members_and_number(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
