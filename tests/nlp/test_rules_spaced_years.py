"""A year joined to its month or dashed day by a dash with a space is part of the DATE.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A space after or around the dash: the year still closes the date.
    ("Anh ta ra đầu thú vào [tháng 9 - 2003]DATE tại quê nhà.", (("tháng 9", "DATE"),)),
    ("Đoàn khảo sát đến vào [tháng 11 – 1998]DATE theo hồ sơ.", (("tháng 11", "DATE"),)),
    ("Họ gặp nhau vào [chiều 14-2- 2004]DATE, tại nhà riêng.", (("chiều 14-2", "DATE"),)),
    ("[Sáng 3-8 - 2001]DATE, đoàn đã lên đường.", (("Sáng 3-8", "DATE"),)),
    # Lookalikes: no four-digit year after the dash, or the year already read.
    ("Đội nhà thắng 4 - 2 trong trận cuối.", (("4 - 2", "DATE"),)),
    ("Vào [tháng 12]DATE - 15 người đã ký đơn.", (("tháng 12 - 15", "DATE"),)),
    ("Ông công tác ở đó từ [tháng 3-2004]DATE đến nay.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_spaced_years(rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]) -> None:
    check_marked(rules, line, wrong)
