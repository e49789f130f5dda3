"""Dates the once-blind sets news21–news30 showed the rules missing or cutting:
a year opening a bracket, a term named by its order, a decade written with its
four-digit year, a tally of two years before their range.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs they
must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

BRACKETED_YEARS: list[Case] = [
    ("Bị cáo gồm [Lê Văn Hòa]PER ([1961]DATE) và [Trần Minh Đức]PER ([1958]DATE).", ()),
    ("Ông [Karl Huber]PER ([1942]DATE, quốc tịch [Đức]LOC) bị bắt.", ()),
    ("Ngay từ những năm đầu tiếp nhận ODA ([1993]DATE), Chính phủ đã cam kết.", ()),
    # A share or a count in brackets is no year, nor an edition after a common noun.
    ("Họ hứa chia (1/3) lãi và nộp (2000 đồng) phí.", (("2000", "DATE"),)),
    ("Bảng giá (2021) được niêm yết tại cửa hàng.", (("2021", "DATE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), BRACKETED_YEARS)
def test_a_year_opening_a_bracket_is_a_date(rules: RuleSuggester, line: str, wrong) -> None:
    check_marked(rules, line, wrong)


ORDERED_TERMS: list[Case] = [
    ("Chính sách ấy đổi trong [nhiệm kỳ hai]DATE của ông.", ()),
    ("Ông sẽ làm hết [nhiệm kỳ tổng thống thứ 2]DATE của mình.", (("tổng thống", "ROLE"),)),
    # A length, and a bare ordinal term won in a campaign, stay out.
    ("Hội đồng hoạt động với nhiệm kỳ hai năm.", (("nhiệm kỳ hai", "DATE"),)),
    ("Ông Bush thắng cử nhiệm kỳ thứ hai.", (("nhiệm kỳ thứ hai", "DATE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), ORDERED_TERMS)
def test_a_term_named_by_its_order_is_a_date(rules: RuleSuggester, line: str, wrong) -> None:
    check_marked(rules, line, wrong)


DECADES: list[Case] = [
    ("Họ điều tra tội ác chiến tranh [thập kỷ 1990]DATE trong quân đội.", ()),
    ("Ông là trùm giang hồ [thập niên 1980]DATE, từng ngồi tù.", ()),
    ("Ông tốt nghiệp luật. [Những năm 1950]DATE, ông mở văn phòng.", (("năm 1950", "DATE"),)),
    # After a word the decade starts at `năm`; a count before it is a length.
    ("Quy định áp dụng từ những [năm 60-70 của thế kỷ trước]DATE.", ()),
    ("Sau hai thập kỷ 1990 và 2000 kinh tế đổi khác.", (("thập kỷ 1990", "DATE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), DECADES)
def test_a_decade_with_its_year_is_a_date(rules: RuleSuggester, line: str, wrong) -> None:
    check_marked(rules, line, wrong)


TALLIES: list[Case] = [
    ("Chỉ tính riêng hai [năm 2002 – 2003]DATE, có 6.000 xe được mua.", ()),
    ("Thành phố tăng thu trong 2 [năm 2004-2005]DATE; năm nay chậm lại.", ()),
    # A five-year stretch names a plan period and keeps its count.
    ("Trong [5 năm 2001-2005]DATE, tỉnh đạt nhiều kết quả.", (("năm 2001-2005", "DATE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), TALLIES)
def test_a_tally_of_two_years_leaves_its_count_out(rules: RuleSuggester, line: str, wrong) -> None:
    check_marked(rules, line, wrong)


WEEKDAYS: list[Case] = [
    ("Ông nhập viện [hôm thứ sáu tuần trước]DATE, do mạch máu có vấn đề.", ()),
    ("Ông nhập viện [tối thứ sáu]DATE, sau khi phát hiện bệnh.", ()),
    ("Phiên tòa sẽ tiếp tục làm việc vào [thứ hai]DATE.", ()),
    # A night or a place counted in order is no weekday.
    ("Vào đêm thứ ba trong chiến dịch, quân đội rút lui.", (("đêm thứ ba", "DATE"),)),
    ("Đội bóng vào thứ hai của bảng xếp hạng.", (("thứ hai", "DATE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), WEEKDAYS)
def test_a_weekday_with_its_part_of_day_or_week_is_a_date(
    rules: RuleSuggester, line: str, wrong
) -> None:
    check_marked(rules, line, wrong)


LISTED_YEARS: list[Case] = [
    ("So với [năm 2002]DATE và [2003]DATE, số vụ án giảm.", ()),
    ("Trong các [năm 1996]DATE, [2000]DATE và gần đây, căng thẳng tăng.", ()),
    # A number of people after the second is no year.
    ("Dân số [năm 2005]DATE và 2006 người chuyển đến.", (("2006", "DATE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), LISTED_YEARS)
def test_bare_years_listed_after_a_year_are_dates(rules: RuleSuggester, line: str, wrong) -> None:
    check_marked(rules, line, wrong)
