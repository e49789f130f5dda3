"""A given name that is also a part of day (`Sáng` of `Lầu Lý Sáng`) is carried to its
bare mentions where no date follows it; one that is also a listed word is the person
after a title (`Thứ trưởng Khu` after `Bùi Xuân Khu`).

Each line is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Bị cáo [Nguyễn Văn Sáng]PER bị bắt. [Sáng]PER khai nhận đã chung chi.", ()),
    ("Bị cáo [Lầu Lý Sáng]PER bị phạt 5 năm tù, các thuộc cấp của [Sáng]PER lãnh án treo.", ()),
    # Near misses: the part of day dating something stays a DATE, or nothing.
    ("Bị cáo [Nguyễn Văn Sáng]PER bị bắt. [Sáng 22-3]DATE, tòa xử tiếp.", (("Sáng", "PER"),)),
    ("Bị cáo [Nguyễn Văn Sáng]PER bị bắt. [Sáng nay]DATE tòa xử.", (("Sáng", "PER"),)),
    ("Ông Phạm Văn Dũng bị bắt. Sáng cùng ngày, tòa họp.", (("Sáng", "PER"),)),
    ("Sáng khai nhận tội, tòa giảm án.", (("Sáng", "PER"),)),
    (
        "Thứ trưởng Bộ Công nghiệp [Bùi Xuân Khu]PER kết luận. [Thứ trưởng]ROLE [Khu]PER yêu cầu EVN.",
        (("Thứ trưởng Khu", "ROLE"),),
    ),
    ("Chủ tọa [Nguyễn Quốc Hội]PER phân tích. [Thẩm phán]ROLE [Hội]PER cho biết thêm.", ()),
    # Near miss: without a person of that name the association is the post's body.
    ("Chủ tịch Hội cho biết năm nay hội có 300 hội viên.", (("Hội", "PER"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_time_word_given_names(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
