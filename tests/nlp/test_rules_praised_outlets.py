"""A paper's name after a press word and a word of praise, or written as a capitalised address, is an ORG.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Ông trả lời tạp chí danh tiếng [Respekt]ORG của [Séc]LOC hôm qua.", ()),
    ("Theo tờ báo uy tín [Le Monde]ORG, ông sẽ từ chức.", ()),
    ("Bài viết đăng trên [KINHTEDOTHI.VN]ORG sáng nay.", ()),
    # Lookalikes: praise with no name after it, a country after the press word.
    ("Đây là tạp chí nổi tiếng nhất nước.", (("nhất", "ORG"),)),
    ("Các tờ báo danh tiếng [Nhật Bản]LOC đều đưa tin.", (("Nhật Bản", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_praised_or_addressed_outlet_is_a_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
