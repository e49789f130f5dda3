"""Round 19 ROLE shapes that carry to unseen text: heads of many bodies, and posts
of a village.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

HEADS: list[Case] = [
    # The head of bodies or levels in the plural is a kind of office holder, no post.
    (
        "Cần làm rõ trách nhiệm của người đứng đầu các cấp ủy Đảng, chính quyền.",
        (("người đứng đầu các cấp", "ROLE"),),
    ),
    (
        "Người đứng đầu các cơ quan phải chịu trách nhiệm.",
        (("Người đứng đầu các cơ quan", "ROLE"),),
    ),
    # Lookalike: the head of one named body is a post.
    ("Thành phố sẽ kỷ luật [người đứng đầu UBND quận Hải An]ROLE.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), HEADS)
def test_the_head_of_many_bodies_is_no_post(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


VILLAGES: list[Case] = [
    # The head of a village or hamlet is a listed title, a post wherever it stands.
    ("Cử tri lấy phiếu tín nhiệm đối với [trưởng thôn]ROLE mỗi năm.", ()),
    ("Các chức danh của [HĐND]ORG và [trưởng ấp]ROLE đều được đánh giá.", ()),
    # Lookalikes: growth, and a head noun that ends another word.
    ("Tốc độ tăng trưởng bản địa của ngành du lịch rất cao.", (("trưởng bản", "ROLE"),)),
    ("Kinh tế tăng trưởng nhanh ở nông thôn.", (("trưởng", "ROLE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), VILLAGES)
def test_the_head_of_a_village_is_a_post(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
