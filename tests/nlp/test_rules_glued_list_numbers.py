"""A span the source glued to the next list item's number is left out, as the gold does.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A post glued to the number of the next item: neither cut nor grown.
    (
        "1. [Trần Văn Bình]PER - Bộ trưởng Bộ Ngoại giao2. [Lê Thị Hoa]PER - [Thứ trưởng]ROLE",
        (("Bộ trưởng Bộ Ngoại giao2", "ROLE"), ("Bộ trưởng Bộ Ngoại giao", "ROLE")),
    ),
    (
        "3. [Phạm Minh Tâm]PER - [Đại tướng]ROLE, Chủ nhiệm Tổng cục Hậu cần4. Ngô Văn Lộc",
        (("Chủ nhiệm Tổng cục Hậu cần4", "ROLE"),),
    ),
    # Lookalikes: a post before a comma stays; a code of capitals and digits is whole.
    ("[Thứ trưởng Bộ Y tế]ROLE, [Nguyễn Văn Hải]PER, phát biểu.", ()),
    ("Ông [Đỗ Văn Tú]PER làm việc ở [PMU18]ORG từ năm 2001.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_span_glued_to_a_list_number_is_left_out(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
