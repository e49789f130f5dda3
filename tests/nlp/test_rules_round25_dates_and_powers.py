"""Round 25 rules: centuries and decades placed in time, a day's named year, lunar months
by name, a weekday after `hôm`, and an act after a power or a legal time limit (no event).

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

ERAS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A century or decade after a word that places a time, or with its edge.
    ("Nhà máy này được xây từ [thập niên 90]DATE ở ngoại ô.", ()),
    ("Hai nước sẽ mở rộng hợp tác trong [thế kỷ XXI]DATE.", ()),
    ("Chính phủ sẽ chi thêm ngân sách trong [thập kỷ này]DATE cho giáo dục.", ()),
    ("Con đê được đắp vào [đầu thế kỷ 20]DATE.", ()),
    ("Phong trào bắt đầu vào [cuối những năm 1970]DATE.", (("năm 1970", "DATE"),)),
    ("Quy trình vẫn áp dụng từ những [năm 50-60 của thế kỷ trước]DATE.", ()),
    # Lookalikes: lengths of time, a quality of a noun, the stretch up to now.
    ("Ngôi chùa đã tồn tại gần một thế kỷ qua.", (("thế kỷ qua", "DATE"),)),
    ("Trong nhiều thập kỷ tới, dân số sẽ tăng.", (("thập kỷ tới", "DATE"),)),
    ("Trường dạy kỹ năng thế kỷ 21 cho học sinh.", (("thế kỷ 21", "DATE"),)),
    ("Trong thập kỷ qua, sản lượng lúa tăng đều.", (("thập kỷ qua", "DATE"),)),
    ("Những năm 80 tuổi, ông vẫn viết sách.", (("năm 80", "DATE"),)),
]

DAYS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A day and month without a year take the year named after them.
    ("Mức lương mới áp dụng từ [ngày 1/9 năm nay]DATE.", (("ngày 1/9", "DATE"),)),
    ("Theo kế hoạch, [15/3 năm sau]DATE công trình khởi công.", (("15/3", "DATE"),)),
    # The lunar months called by name, and the edge of a named lunar year.
    ("Lễ hội diễn ra vào [giữa tháng giêng]DATE hằng năm.", ()),
    ("Ông mất ngày 3-2 (tức [mùng 5 tháng chạp âm lịch]DATE).", ()),
    ("Chùa đông khách trong dịp [đầu năm Giáp Thân]DATE này.", (("đầu năm", "DATE"),)),
    # `hôm` before a weekday names one day.
    ("Bộ trưởng [hôm thứ tư]DATE cho biết sẽ từ chức.", ()),
    ("Quân đội rút khỏi thành phố [hôm thứ 6]DATE.", ()),
    # Lookalikes: a year of its own, `tới` after a day (most gold files leave it out),
    # an ordinal day.
    ("Hội nghị họp [ngày 2/3/2004]DATE năm nay không đổi.", ()),
    ("Từ [ngày 1/9]DATE tới, mức phí sẽ tăng.", (("ngày 1/9 tới", "DATE"),)),
    ("Giá vàng giảm hôm thứ hai liên tiếp.", (("hôm thứ hai", "DATE"),)),
    ("Đó là hôm thứ ba của chuyến đi.", (("hôm thứ ba", "DATE"),)),
]

POWERS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A power to act and the legal time limit of an act name the act in general.
    ("Ông hỏi về quyền khởi tố vụ án hành chính.", (("khởi tố vụ án", "EVENT"),)),
    ("Luật quy định thời hạn khởi tố vụ án là hai tháng.", (("khởi tố vụ án", "EVENT"),)),
    ("Đến khi đã hết thời hạn khám xét, đoàn rút đi.", (("khám xét", "EVENT"),)),
    ("Tòa có thể gia hạn thời hạn chuẩn bị xét xử thêm một tháng.", (("xét xử", "EVENT"),)),
    ("Chánh án gia hạn thời gian chuẩn bị xét xử tối đa một tháng.", (("xét xử", "EVENT"),)),
    # Lookalikes: the authorities act, and a step of a named person stays.
    ("Hôm qua chính quyền [bắt giữ]EVENT ông Nguyễn Văn Hải.", ()),
    ("Ông Trần Văn Minh bị [khởi tố]EVENT vì nhận hối lộ.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), ERAS)
def test_a_century_or_decade_placed_in_time_is_a_date(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), DAYS)
def test_a_day_keeps_its_named_year_and_hom_names_a_weekday(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), POWERS)
def test_an_act_after_a_power_or_a_time_limit_is_no_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
