"""A body written in sentence case runs on to the place or national body that ends its name.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # The head, lowercase words, then a place or a national body: one ORG.
    (
        "Bà sang làm việc ở [Đại học tổng hợp Melbourne]ORG từ tháng trước.",
        (("Melbourne", "LOC"),),
    ),
    (
        "Hồ sơ đã được chuyển tới [Ủy ban pháp luật Quốc hội]ORG để thẩm tra.",
        (("Ủy ban", "ORG"), ("Quốc hội", "ORG")),
    ),
    ("[Hội nông dân tập thể Việt Nam]ORG vừa tổ chức đại hội.", (("Việt Nam", "LOC"),)),
    (
        "Ông từng theo học [Trường cao đẳng sư phạm Trung ương]ORG trong ba năm.",
        (("Trường cao đẳng sư phạm Trung", "ORG"),),
    ),
    (
        "Dự án được giao cho [Công ty TNHH MTV khai thác thủy lợi Nghệ An]ORG quản lý.",
        (("Nghệ An", "LOC"), ("Công ty TNHH MTV", "ORG")),
    ),
    (
        "Đại diện [Ban quản lý các khu công nghiệp tỉnh Bình Dương]ORG cho biết như vậy.",
        (("Bình Dương", "LOC"),),
    ),
    (
        "Theo [Ủy ban độc lập chống buôn lậu Ma Cao (ICAS)]ORG, số vụ việc đã giảm.",
        (("Ma Cao", "LOC"),),
    ),
    # A post read up to the head takes the whole name.
    (
        "[Phó Chủ nhiệm Ủy ban pháp luật Quốc hội]ROLE [Lê Văn Bình]PER phát biểu.",
        (("Ủy ban pháp luật Quốc hội", "ORG"), ("Phó Chủ nhiệm Ủy ban", "ROLE")),
    ),
    # Lookalikes: a verb after the head, a word the head begins, no place to end it,
    # a post that holds the body.
    ("Ủy ban đã kiến nghị Quốc hội xem xét lại.", (("Ủy ban đã kiến nghị Quốc hội", "ORG"),)),
    (
        "Hội nghị toàn quốc diễn ra ở [Hà Nội]LOC.",
        (("Hội nghị toàn quốc diễn ra ở Hà Nội", "ORG"),),
    ),
    ("Ban hành quy định mới tại [Đà Nẵng]LOC.", (("Ban hành quy định mới tại Đà Nẵng", "ORG"),)),
    ("Trường hợp vi phạm ở [Cần Thơ]LOC sẽ bị xử lý.", (("Trường hợp vi phạm ở Cần Thơ", "ORG"),)),
    (
        "Hội đồng thực hiện nghị quyết Quốc hội.",
        (("Hội đồng thực hiện nghị quyết Quốc hội", "ORG"),),
    ),
    ("Công ty xuất khẩu gạo này làm ăn thua lỗ.", (("Công ty xuất khẩu gạo này", "ORG"),)),
    (
        "Các Ủy ban đứng lên chất vấn các thành viên Chính phủ.",
        (("Ủy ban đứng lên chất vấn các thành viên Chính phủ", "ORG"),),
    ),
    ("Giám đốc Công ty TNHH điện máy Đức Tuấn cho biết.", (("Công ty TNHH điện máy Đức", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_sentence_case_body_runs_on_to_its_place(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
