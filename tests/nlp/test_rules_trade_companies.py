"""A company named by the list of its trades runs on to its own name or place.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # The head, trades joined by a comma or `và`, then the company's own name or place.
    (
        "Lô hàng do [Công ty sản xuất, kinh doanh vật tư Hòa Bình]ORG nhập về.",
        (("Công ty sản xuất", "ORG"),),
    ),
    (
        "[Công ty Thương mại, Dịch vụ và Xây dựng Phú Sơn]ORG đã nộp hồ sơ dự thầu.",
        (("Công ty Thương mại", "ORG"),),
    ),
    (
        "Sai phạm xảy ra tại [Công ty Chế biến và Xuất khẩu thủy sản Cà Mau]ORG năm ngoái.",
        (("Cà Mau", "LOC"),),
    ),
    (
        "Hợp đồng được ký với [Xí nghiệp Xây lắp và Tư vấn thiết kế Quảng Trị]ORG hôm qua.",
        (("Quảng Trị", "LOC"),),
    ),
    # Capitalised as a title, the list ends the name where the phrase ends.
    (
        "Nhà máy này thuộc [Tổng công ty Xi măng, vật liệu xây dựng]ORG – [Bộ Xây dựng]ORG.",
        (("Tổng công ty Xi măng", "ORG"),),
    ),
    # A post read up to the head takes the whole name.
    (
        "Ông Hưng, [giám đốc Công ty Vận tải và dịch vụ kỹ thuật Hải Phòng]ROLE, bị bắt.",
        (("Hải Phòng", "LOC"),),
    ),
    # Lookalikes: a sentence about a company, heads counted, capitalised trades after a
    # comma with no name (several companies), a verb before the trades.
    (
        "Công ty sản xuất, kinh doanh trái phép bị phạt nặng.",
        (("Công ty sản xuất, kinh doanh trái phép", "ORG"),),
    ),
    (
        "Các công ty sản xuất, kinh doanh [Việt Nam]LOC cần đổi mới.",
        (("công ty sản xuất, kinh doanh Việt Nam", "ORG"),),
    ),
    (
        "Bê bối đã xảy ra ở nhiều nơi như Tổng công ty Hàng không, Hàng hải, Dầu khí...",
        (("Tổng công ty Hàng không, Hàng hải, Dầu khí", "ORG"),),
    ),
    (
        "Công ty đã sản xuất, kinh doanh xăng dầu từ lâu.",
        (("Công ty đã sản xuất, kinh doanh xăng dầu", "ORG"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_company_named_by_its_trades_runs_on_to_its_name(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
