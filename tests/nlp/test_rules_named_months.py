"""Months named in words (`hồi tháng hai`), plural decades written in full
(`Trong những năm 1970`) and `TQ`, `Trung Quốc lục địa` for (mainland) China.

Each line is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Ông mất trong một tai nạn hồi [tháng hai]DATE.", ()),
    ("Nhất là vào [tháng chín năm ngoái]DATE, hai bên đã ký.", ()),
    ("Iran sẽ trả lời vào [đầu tháng hai này]DATE và tháo niêm phong.", ()),
    ("Hội nghị họp từ [ngày 5 tháng tư năm 2005]DATE tại Hà Nội.", ()),
    # Near misses: the same words as a count or as "months and years".
    ("Mỗi tháng hai lần ông về quê.", (("tháng hai", "DATE"),)),
    ("Bao nhiêu tháng năm đã trôi qua.", (("tháng năm", "DATE"),)),
    ("Lương tháng ba triệu đồng.", (("tháng ba", "DATE"),)),
    # A decade or year after `những` written in full keeps `những`; a range stays as it was.
    ("Trong [những năm 1970]DATE, khi Iran còn thân Mỹ.", ()),
    ("Thực ra, từ [những năm 1999]DATE công an đã điều tra.", ()),
    ("Họ quen nhau từ những [năm 1945 - 1946]DATE ở chiến khu.", (("những năm 1945", "DATE"),)),
    ("Chế độ áp dụng từ những [năm 60-70 của thế kỷ trước]DATE.", ()),
    # `TQ`, the press's short form of Trung Quốc.
    ("Nga và [TQ]LOC đang khuyên bảo [Iran]LOC.", ()),
    ("Ủy ban MTTQ xã họp.", (("TQ", "LOC"),)),
    # Mainland China beside Taiwan.
    ("Căng thẳng giữa [Đài Loan]LOC và [Trung Quốc lục địa]LOC tăng lên.", ()),
    ("Đài Bắc khẳng định một nước [Trung Hoa]LOC.", ()),
    ("Hiệp định phân định thềm lục địa được ký.", (("lục địa", "LOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_named_months_decades_and_tq(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
