"""The name of a body after a post is the post's, not a person's.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # An acronym right after a post is the body it heads.
    ("Ông Robert Hale, [Giám đốc NSA]ROLE, cho biết như vậy.", (("Giám đốc", "ROLE"),)),
    ("Theo [Phó Cục trưởng C47]ROLE [Lê Văn Tâm]PER, vụ việc đang được làm rõ.", ()),
    # An acronym taken for the start of a name: the post takes it, the full name stays.
    ("[Tổng giám đốc KDX]ROLE [Phạm Văn Lộc]PER bị bắt.", (("KDX Phạm Văn Lộc", "PER"),)),
    ("Khởi tố [tổng giám đốc OSC Việt Nam]ROLE.", (("OSC Việt Nam", "PER"),)),
    # A company the article names alone, or after its lowercase head, is no person
    # after a post, nor elsewhere; after a post it is the post's body.
    (
        "Ông Tâm ký với [công ty Velmora]ORG. Sau đó [giám đốc Velmora]ROLE duyệt, "
        "rồi [Velmora]ORG bán 50 tấn hàng.",
        (("Velmora", "PER"),),
    ),
    # Lookalikes: a Roman numeral of a term, a byline in capitals.
    ("Ông Nam là [Ủy viên Bộ Chính trị khóa IX]ROLE.", ()),
    ("Ảnh: [LAN HƯƠNG]PER", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_body_after_a_post_is_the_posts(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
