"""Credits signed with a spaced initial: `Ảnh: N. Hữu`, and `L. AN` closing an article.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # The next sentence glued on where the line break was lost is not the name.
    ("Khu nhà mới xây Ảnh: [N. Hữu]PER Đại biểu Quốc hội thảo luận.", (("N. Hữu Đại", "PER"),)),
    ("Thợ sửa xe ôtô Ảnh: [N. Dương]PER Trở thành một công ty mạnh.", (("N. Dương Trở", "PER"),)),
    # The author's spaced initial and name in capitals closing the article.
    ("Cơ quan điều tra đã thu giữ nhiều tài liệu. [L. AN]PER", ()),
    # Lookalike: a two-word name ending the credit stays whole.
    ("Quang cảnh buổi lễ. Ảnh: [T. Minh Hoàng]PER", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_spaced_initial_signs_a_credit(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
