"""Round 19 DATE shapes: days and years next to the article's, and stretches of days.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

STRETCHES: list[Case] = [
    # A count before `hôm nay` / `hôm qua` makes a stretch of days, no one day.
    ("Hai hôm nay, các đại biểu chất vấn sôi nổi.", (("hôm nay", "DATE"),)),
    ("Hội thảo tổ chức ở Huế mấy hôm nay đã đi đến kết luận.", (("hôm nay", "DATE"),)),
    ("Trời mưa vài hôm qua nên đường ngập.", (("hôm qua", "DATE"),)),
    # Lookalikes: the article's day itself, and a clock time before it.
    ("Các đại biểu [hôm nay]DATE tiếp tục thảo luận.", ()),
    ("Phiên họp bắt đầu lúc [16 giờ 30 hôm qua]DATE tại hội trường.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), STRETCHES)
def test_counted_days_are_a_stretch(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


BEFORE: list[Case] = [
    # The year or day before the article's, bare, as `năm ngoái` and `tuần trước` are.
    ("Những cam kết [năm trước]DATE của bộ trưởng chưa được thực hiện.", ()),
    ("So với [hôm trước]DATE, các bộ trưởng trả lời thẳng thắn hơn.", ()),
    ("Kim ngạch tăng 12% so với [cuối năm trước]DATE.", ()),
    # Lookalikes: counted or plural years, a day before another time, two days contrasted.
    ("Ngôi nhà được xây dựng 30 năm trước.", (("năm trước", "DATE"),)),
    ("Tình hình đã tốt hơn những năm trước.", (("năm trước", "DATE"),)),
    ("Đường vừa làm xong hôm trước, hôm sau đã bị đào lên.", (("hôm trước", "DATE"),)),
    ("Ông đến Hà Nội vài hôm trước khi hội nghị khai mạc.", (("hôm trước", "DATE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), BEFORE)
def test_the_year_or_day_before_is_a_date(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


SITTINGS: list[Case] = [
    # `này` after a sitting's time points at the sitting: the period is this year's.
    ("Trong [kỳ họp]EVENT [cuối năm]DATE này, Quốc hội sẽ giám sát chuyên đề.", ()),
    ("Tại [hội nghị]EVENT [đầu năm]DATE này, tỉnh đề ra nhiều chỉ tiêu.", ()),
    # Lookalike: `cuối năm này` with no sitting before it points at a year named earlier.
    ("Năm 1998 khó khăn, đến cuối năm này công ty mới có lãi.", (("cuối năm", "DATE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), SITTINGS)
def test_a_sitting_closed_by_a_deictic_keeps_its_period(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
