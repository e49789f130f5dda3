"""A post whose committee is named by two activities joined with `và` takes both.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

POSTS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # Two listed activities joined by `và`, with the holder's name after.
    (
        "Ông Lý Minh, [Chủ nhiệm Ủy ban Cải cách và Phát triển Kinh tế]ROLE, phát biểu.",
        (("Chủ nhiệm Ủy ban Cải cách", "ROLE"),),
    ),
    (
        "[Phó chủ tịch Hội đồng Nghiên cứu và Tư vấn Chính sách]ROLE [Trần Văn Long]PER dự họp.",
        (("Phó chủ tịch Hội đồng Nghiên cứu", "ROLE"),),
    ),
    # Lookalike: two posts side by side stay two.
    ("[Thứ trưởng Quốc phòng]ROLE và [Thứ trưởng Công an]ROLE cùng dự.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), POSTS)
def test_a_post_takes_a_committee_named_by_two_activities(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
