"""Round 10 dates that unseen outlets write: cycle years, dotted ranges, staged periods.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A year of the sexagenary cycle after `Tết`, `Xuân` or `năm` names one year.
    ("Giá cả tăng mạnh trong dịp [Tết Bính Tuất]DATE vừa qua.", ()),
    ("Chợ hoa mở cửa đón [Xuân Canh Tý 2020]DATE ở phố cổ.", ()),
    ("Ông sinh [năm Nhâm Dần]DATE ở một làng ven biển.", ()),
    ("Đoàn đi chúc tết [mùng 4 Tết Quý Mão]DATE tại xã.", ()),
    ("[Tết Kỷ Tị]DATE năm ấy rét đậm.", ()),
    # Lookalikes: a stem that is a given name, a pair of the wrong parity, Tết alone.
    ("Ông [Nguyễn Xuân Bính]PER và ông Xuân Tân cùng dự.", (("Xuân Tân", "DATE"),)),
    ("Dịp Tết Bính Sửu nào cũng vui.", (("Tết Bính Sửu", "DATE"),)),
    ("Dịp Tết, chợ đông người.", (("Tết", "DATE"),)),
    # Dotted days in a range are dates: with their years, or in brackets of their own.
    (
        "kỷ niệm 31 năm ngày giải phóng ([30.4.1975 - 30.4.2006]DATE), chào mừng ngày lễ.",
        (),
    ),
    ("Sau tám ngày làm việc ([3.5-10.5]DATE), hội nghị bế mạc.", ()),
    ("Đoàn công tác ([2.6.2004 – 9.6.2004]DATE) về nước.", ()),
    # Lookalikes: decimal ranges, a dotted pair alone, a range not in brackets of its own.
    ("Giá tăng 2.5-3.5 lần so với năm trước.", (("2.5-3.5", "DATE"),)),
    ("Chỉ số đạt 1.5 (tăng nhẹ).", (("1.5", "DATE"),)),
    ("Tỷ lệ từ 1.2-3.4 phần trăm.", (("1.2-3.4", "DATE"),)),
    # A tally of votes in brackets is no day; a day in brackets after an event is.
    ("Khi biểu quyết ngang nhau (7/7), ý kiến người đứng đầu quyết định.", (("7/7", "DATE"),)),
    ("Nghị quyết được thông qua (12/12) ngay.", (("12/12", "DATE"),)),
    ("[Hội nghị]EVENT khai mạc ([7/7]DATE) tại [Huế]LOC.", ()),
    # A day with its year after `từ` is no share; a share after `lên` is no day.
    ("Luật có hiệu lực từ [1/7/2004]DATE trên cả nước.", ()),
    ("Tỷ lệ tăng từ 1/3 lên 1/2 số hộ.", (("1/2", "DATE"), ("1/3", "DATE"))),
    # A dotted day after a holiday; a dashed day after a relative day.
    ("Mít tinh chào mừng ngày Quốc tế Lao động [1.5]DATE tại quảng trường.", ()),
    ("Ông phải có mặt [ngày mai 5-4]DATE tại trụ sở.", ()),
    ("Tăng 1.5 lần so với ngày thường.", (("1.5", "DATE"),)),
    # A stage counted in years keeps its count: `giai đoạn năm năm 2006-2010`.
    ("Mục tiêu [giai đoạn năm năm 2006- 2010]DATE của tỉnh đã rõ.", ()),
    ("Các chỉ tiêu [giai đoạn 5 năm 2021-2025]DATE được thông qua.", ()),
    # Lookalikes: a count of years without a range, a plan counted in years.
    ("Trong giai đoạn 5 năm tới, tỉnh sẽ đầu tư.", (("giai đoạn 5 năm tới", "DATE"),)),
    ("Kế hoạch 5 năm [2021-2025]DATE đã xong.", (("5 năm 2021-2025", "DATE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_the_date_is_suggested_and_its_lookalikes_are_not(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
