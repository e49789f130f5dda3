"""A post runs on through its department and `của` + its body, as one ROLE.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A unit's head, a lowercase department with a number or a code, then its body.
    ("Ông Lâm, nguyên [trưởng phòng kỹ thuật 2 (KT2) của Tổng công ty Sông Đà]ROLE, bị bắt.", ()),
    ("Bà Hạnh là [phó phòng kế hoạch đầu tư của Sở Xây dựng]ROLE.", ()),
    ("Triệu tập [phó phòng quản lý dự án 5 (P5) của Bộ Giao thông]ROLE.", ()),
    # A bare post before `của` and a body.
    ("Cơ quan điều tra mời [trưởng phòng của Cục Đường bộ]ROLE lên làm việc.", ()),
    # Lookalikes: a post of no unit, a verb, a person, a comma in between.
    ("[Bộ trưởng]ROLE nghe báo cáo của [Bộ Y tế]ORG.", ()),
    ("[Thủ tướng]ROLE đã phê duyệt đề án của [Bộ Tài chính]ORG.", ()),
    ("[Giám đốc]ROLE [Trần Văn Hòa]PER của [Sở Nội vụ]ORG phát biểu.", ()),
    ("Ông là [trưởng phòng]ROLE, đại diện của [Sở Tư pháp]ORG.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_post_runs_on_to_its_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
