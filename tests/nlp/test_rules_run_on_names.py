"""A full name that ran on into the next sentence's first word ends before it.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

RUN_ON: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A headline's name glued to the lead; the article names him alone later.
    (
        "Những thủ đoạn của trùm buôn lậu [Phạm Minh Khôi]PER Chỉ trong ba tháng, "
        "hắn đã lừa hàng chục người. Ông [Phạm Minh Khôi]PER bị bắt hôm qua.",
        (("Phạm Minh Khôi Chỉ", "PER"),),
    ),
    (
        "Đề nghị kỷ luật [Giám đốc Sở Xây dựng]ROLE [Lê Văn Tám]PER Đơn vị nào cũng có "
        "người đứng đầu. Ông [Lê Văn Tám]PER chưa lên tiếng.",
        (("Lê Văn Tám Đơn", "PER"),),
    ),
    # A real four-syllable name before a verb keeps its last syllable.
    (
        "Bà [Lã Thị Kim Oanh]PER sử dụng trái phép số tiền này. Sau đó, [Lã Thị Kim Oanh]PER bỏ trốn.",
        (("Lã Thị Kim", "PER"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), RUN_ON)
def test_a_name_ends_before_the_next_sentence(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
