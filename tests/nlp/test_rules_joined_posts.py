"""Two posts joined by `và` are two ROLEs: a body's lowercase fields stop before a post.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    (
        "Bộ trưởng yêu cầu [tổng cục trưởng Tổng cục Cảnh sát]ROLE và "
        "[giám đốc Công an TP Hà Nội]ROLE báo cáo.",
        (("tổng cục trưởng Tổng cục Cảnh sát và giám đốc Công an TP Hà Nội", "ROLE"),),
    ),
    (
        "Công văn gửi [viện trưởng Viện Khảo cổ học]ROLE và [giám đốc Sở Văn hóa Huế]ROLE.",
        (("viện trưởng Viện Khảo cổ học và giám đốc Sở Văn hóa Huế", "ROLE"),),
    ),
    # Lookalikes: fields of one body joined by `và` stay in its name.
    (
        "[Viện nghiên cứu xã hội, kinh tế và môi trường]ORG vừa công bố báo cáo.",
        (("Viện nghiên cứu xã hội", "ORG"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_two_posts_joined_by_and_are_two(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
