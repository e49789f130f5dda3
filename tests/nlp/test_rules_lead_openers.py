"""A name at a headline's end stops before the lead's `Sáng nay`, and stays a name.

So it does before any sentence run into a caption or byline with no full
stop, whose first word is capitalised only for that (`Luật sư Hoàng Minh |
Sau khi ...`, the `lead_openers` list).

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

LEADS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A one-word name after a post, glued to the lead's time of day.
    (
        "Chấp thuận đơn từ chức của [Bộ trưởng]ROLE [Khang]PER Chiều nay, văn phòng đã thông báo.",
        (("Khang Chiều", "PER"),),
    ),
    # A full name glued to the lead.
    (
        "Bắt giam nguyên [giám đốc]ROLE [Trần Văn Lâm]PER Tối nay, cơ quan điều tra khám xét.",
        (("Trần Văn Lâm Tối", "PER"),),
    ),
    # A name whose last syllable is a time word stays whole.
    ("Ông [Nguyễn Văn Sáng]PER cho biết đã nộp đơn.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), LEADS)
def test_a_name_ends_before_the_leads_time(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


OPENERS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    (
        "Ảnh: [Trần Minh Khoa]PER Sau khi nhận đơn, cơ quan đã xác minh.",
        (("Trần Minh Khoa Sau", "PER"),),
    ),
    (
        "Người cầm cân [Roberto Bellini]PER Từ lâu, dư luận đã bàn tán.",
        (("Roberto Bellini Từ", "PER"),),
    ),
    ("Ảnh: [Lê Hà Vy]PER Trở thành đơn vị dẫn đầu, công ty mở rộng.", (("Lê Hà Vy Trở", "PER"),)),
    # A given name that is the opener's first word, with no opener after it, stays.
    ("Ông [Nguyễn Văn Sau]PER cho biết đã nộp đơn.", ()),
    # The opener's later words must be lowercase: a capitalised word goes on the name.
    ("Bà [Phạm Thị Trước Khi]PER phát biểu.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), OPENERS)
def test_a_name_ends_before_a_sentence_opener(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
