"""A span the source glued to the next list item's number ends before the number.

The editor's tokens cut a word from a list number glued to it (`Luật hối
phiếu3.`, `core.glued_numbers`), so the gold marks such spans and the rules
suggest them, never grown over the number. Each sentence is written here,
not copied from an article; `[surface]LABEL` marks a span the rules must
suggest, `wrong` lists (surface, label) pairs they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A post glued to the number of the next item ends before it.
    (
        "1. [Trần Văn Bình]PER - [Bộ trưởng Bộ Ngoại giao]ROLE2. [Lê Thị Hoa]PER - [Thứ trưởng]ROLE",
        (("Bộ trưởng Bộ Ngoại giao2", "ROLE"),),
    ),
    (
        "3. [Phạm Minh Tâm]PER - [Đại tướng]ROLE, [Chủ nhiệm Tổng cục Hậu cần]ROLE4. Ngô Văn Lộc",
        (("Chủ nhiệm Tổng cục Hậu cần4", "ROLE"),),
    ),
    # Names in a list of candidates, each glued to the next number.
    (
        "Danh sách đề cử:1. Ông [Trần Văn Kim]PER2. Bà [Lê Thị Hồng Nhung]PER3. Ông [Phạm Quang Vinh]PER",
        (("Trần Văn Kim2", "PER"), ("Lê Thị Hồng Nhung3", "PER")),
    ),
    # Bills by name: each ends before the next number, the country closing a name
    # included; an amending law of two laws is one bill.
    (
        "Sẽ thông qua:\n1. [Luật hàng không dân dụng Việt Nam]DOC2. [Luật kinh doanh bất "
        "động sản]DOC3. [Luật sửa đổi, bổ sung một số điều của Luật thuế thu nhập cá nhân "
        "và Luật thuế tài nguyên]DOC4. [Luật trẻ em]DOC.",
        (
            ("Việt Nam", "LOC"),
            ("Luật hàng", "DOC"),
            ("Luật thuế tài nguyên", "DOC"),
            ("Luật kinh doanh bất động sản3", "DOC"),
        ),
    ),
    # Two laws of different kinds after an amending law are two bills.
    (
        "Chính phủ sẽ trình hai dự án: [Luật sửa đổi, bổ sung một số điều của Luật đất "
        "đai]DOC và [Luật bảo vệ, chăm sóc và giáo dục trẻ em]DOC.",
        (),
    ),
    # Lookalikes: a post before a comma stays; a code of capitals and digits is whole.
    ("[Thứ trưởng Bộ Y tế]ROLE, [Nguyễn Văn Hải]PER, phát biểu.", ()),
    ("Ông [Đỗ Văn Tú]PER làm việc ở [PMU18]ORG từ năm 2001.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_span_glued_to_a_list_number_ends_before_it(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
