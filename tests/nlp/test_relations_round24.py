"""Round 24 relations: names listed after one post share it.

Each sentence is written here, not copied from an article; its spans are
marked `[surface]LABEL`. Every test pairs a sentence the construction must
read with a lookalike it must leave, so each fails with the construction
taken out.
"""

from __future__ import annotations

import pytest

from tests.nlp.marked import suggested_pairs

# (a list after one post, what its later names hold; a lookalike, its pairs).
SHARED_POST = [
    # A list after `;` closes at the next post: `; [Chủ tịch nước]` is the next person's.
    (
        "Dự lễ có nguyên [Tổng Bí thư]ROLE [Lê Văn Ba]PER, [Trần Năm]PER; "
        "[Chủ tịch nước]ROLE [Hà Văn Tư]PER.",
        {("Lê Văn Ba", "Tổng Bí thư"), ("Trần Năm", "Tổng Bí thư"), ("Hà Văn Tư", "Chủ tịch nước")},
        # Lookalike: a name with an honorific after a comma opens a clause of its own.
        "Còn với [Bộ trưởng]ROLE [Lê Văn Ba]PER, bà [Trần Thị Năm]PER cho rằng đây là việc khó.",
        {("Lê Văn Ba", "Bộ trưởng")},
    ),
    (
        "[Đại biểu]ROLE [Lê Văn Ba]PER và [Trần Năm]PER cũng đồng tình với dự thảo.",
        {("Lê Văn Ba", "Đại biểu"), ("Trần Năm", "Đại biểu")},
        # Lookalike: each later name carries its own post in a bracket.
        "Có [Phó thủ tướng]ROLE [Lê Văn Ba]PER, [Trần Năm]PER (UVBCT), [Hà Văn Tư]PER (UVBCT).",
        {("Lê Văn Ba", "Phó thủ tướng")},
    ),
    (
        "Nguyên [tổng thống]ROLE [Lê Văn Ba]PER và [Trần Năm]PER đã gửi thư tới "
        "[Chủ tịch nước]ROLE [Hà Văn Tư]PER.",
        {
            ("Lê Văn Ba", "tổng thống"),
            ("Trần Năm", "tổng thống"),
            ("Hà Văn Tư", "Chủ tịch nước"),
        },
        # Lookalike: a post after the name and a comma, naming no one, is his own.
        "[Đại biểu]ROLE [Lê Văn Ba]PER, [Trần Năm]PER, [giám đốc Sở Tư pháp]ROLE, đã phát biểu.",
        {("Lê Văn Ba", "Đại biểu"), ("Trần Năm", "giám đốc Sở Tư pháp")},
    ),
    (
        "Tham dự có [Bộ trưởng]ROLE [Lê Văn Ba]PER; nguyên [Thủ tướng]ROLE [Trần Năm]PER, "
        "[Hà Văn Tư]PER; các đại biểu.",
        {("Lê Văn Ba", "Bộ trưởng"), ("Trần Năm", "Thủ tướng"), ("Hà Văn Tư", "Thủ tướng")},
        # Lookalike: items of posts and names split by commas; the last bare name is one.
        "Tham dự có [Bộ trưởng]ROLE [Lê Văn Ba]PER, [Thủ tướng]ROLE [Trần Năm]PER và "
        "[Hà Văn Tư]PER.",
        {("Lê Văn Ba", "Bộ trưởng"), ("Trần Năm", "Thủ tướng")},
    ),
]


@pytest.mark.parametrize(
    ("line", "expected", "lookalike", "its_pairs"),
    SHARED_POST,
    ids=[
        "next-post-after-semicolon",
        "bracketed-own-posts",
        "post-of-the-next-person",
        "items-of-posts-and-names",
    ],
)
def test_names_listed_after_one_post_share_it_up_to_a_name_with_its_own(
    line: str, expected: set[tuple[str, str]], lookalike: str, its_pairs: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "HOLDS") == expected
    assert suggested_pairs(lookalike, "HOLDS") == its_pairs
