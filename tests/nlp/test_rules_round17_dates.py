"""Round 17 DATE kinds seen on unseen text in three or more once-blind sets.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

BUDGETS: list[Case] = [
    # A year right after a budget's name is the budget's year.
    ("Hội đồng nhân dân phê chuẩn quyết toán ngân sách [2003]DATE của tỉnh.", ()),
    ("Bộ Tài chính trình dự toán ngân sách nhà nước [2006]DATE lên Chính phủ.", ()),
    ("Việc phân bổ NSTW [2007]DATE cho các bộ đã hoàn tất.", ()),
    ("Các địa phương phải giao dự toán chi NSNN [2006]DATE trước ngày 31-12.", ()),
    ("Theo báo cáo, thu NS [2004]DATE vượt dự toán 9%.", ()),
    # A fiscal year is one DATE with its year.
    ("Lầu Năm Góc xin thêm 5 tỷ USD cho [năm tài chính 2007]DATE.", ()),
    ("Trong [năm ngân sách 2005]DATE, Nhật Bản cắt giảm viện trợ.", ()),
    # Lookalikes: an amount written like a year, a budget with no year, finance alone.
    ("Tỉnh dành ngân sách 2000 tỷ đồng cho đường giao thông nông thôn.", (("2000", "DATE"),)),
    ("Ngân sách 1500 triệu được chi cho trường học.", (("1500", "DATE"),)),
    ("Bộ Tài chính 2005 đã có nhiều cải cách.", (("2005", "DATE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), BUDGETS)
def test_the_year_of_a_budget_is_a_date(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


WEEKDAYS: list[Case] = [
    # Sunday has no ordinal but is a weekday like `thứ Năm`: a byline's dateline, a dated day.
    (
        "Nga cắt khí đốt cho Ba Lan . [Minh Châu]PER - [Chủ nhật, 08/05/2022 07:40]DATE (GMT+7)",
        (),
    ),
    ("[Thanh Bình]PER - [Thứ bảy, 12/03/2022 09:15]DATE (GMT+7) Sáng nay, quân đội rút.", ()),
    ("Đoàn đến Huế vào [hôm Chủ nhật (14/5)]DATE và ở lại hai ngày.", ()),
    ("Hội nghị khai mạc [Chủ nhật]DATE, [ngày 20/7]DATE tại Hà Nội.", ()),
    # Lookalikes: Sunday with no date, a chairman.
    ("Công nhân tăng ca cả ngày thứ 7 và chủ nhật.", (("chủ nhật", "DATE"),)),
    ("Chủ tịch nước dự lễ khánh thành.", (("Chủ tịch", "DATE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), WEEKDAYS)
def test_sunday_is_a_weekday_of_a_dateline(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


MONTH_PARTS: list[Case] = [
    # The start or end of this month or week after a word of time, nothing after it.
    ("Moskva đã đưa ra đề nghị này hồi [đầu tháng]DATE.", ()),
    ("Vào [cuối tuần]DATE, đoàn công tác sẽ về lại Hà Nội.", ()),
    ("Giá xăng tăng ba lần từ [giữa tháng]DATE đến nay.", ()),
    # A new year named with its number.
    ("Nhân dịp [đầu năm mới 2007]DATE, Chủ tịch nước thăm Bộ Quốc phòng.", ()),
    ("[Đầu năm mới 2008]DATE, giá vàng trong nước tăng mạnh.", ()),
    # Lookalikes: a weekly ceremony, a named month, a new year with no number.
    ("Lễ chào cờ đầu tuần được tổ chức tại trụ sở phường.", (("đầu tuần", "DATE"),)),
    ("Cuộc họp giao ban đầu tháng diễn ra sáng nay.", (("đầu tháng", "DATE"),)),
    ("Nhân dịp năm mới, Thủ tướng gửi thư chúc Tết.", (("năm mới", "DATE"),)),
    ("Ông về nước vào [đầu tháng 5]DATE.", (("đầu tháng", "DATE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), MONTH_PARTS)
def test_a_bare_part_of_this_month_is_a_date(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


SHARES: list[Case] = [
    # A number written like a day after a verb of how much is cut, needed or lost: a share.
    ("Nga đồng ý giảm 1/3 giá khí đốt bán cho Ukraine.", (("1/3", "DATE"),)),
    ("Nếu đất nước chỉ cần 1/10 ý chí ấy thì đã khác.", (("1/10", "DATE"),)),
    ("Quân đội mất 1/4 số xe tăng trong tháng đầu.", (("1/4", "DATE"),)),
    # Lookalikes: a day after a comma, a verb or a day word stays a date.
    ("Dự án cần hoàn thành trước [1/10 năm nay]DATE.", ()),
    ("Giá xăng giảm mạnh [hôm 1/10]DATE.", ()),
    ("Luật có hiệu lực từ [ngày 1/7]DATE.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), SHARES)
def test_a_share_after_a_verb_of_quantity_is_no_date(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
