"""Corporations listed by their trades after one head are an ORG each.

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
        "Sai phạm đã xảy ra ở [Tổng công ty Điện lực]ORG, [Viễn thông]ORG, [Hàng hải]ORG...",
        (("Tổng công ty Điện lực, Viễn thông, Hàng hải", "ORG"),),
    ),
    (
        "Những tập đoàn lớn như [Dầu khí]ORG, [Điện lực]ORG, [Viễn thông]ORG đã báo lỗ.",
        (),
    ),
    (
        "Các tổng công ty như [Giấy]ORG, [Xi măng]ORG và [Hàng hải]ORG cũng có vụ việc.",
        (),
    ),
    # Lookalikes: trades in lowercase (what a company does), a trade list with the
    # company's own name after it (one company), a single trade after `như`.
    (
        "Công ty sản xuất, kinh doanh, xuất nhập khẩu đều phải nộp thuế.",
        (("kinh doanh", "ORG"), ("xuất nhập khẩu", "ORG")),
    ),
    (
        "[Tổng công ty Thương mại, Dịch vụ, Xây dựng Hà Nội]ORG cho biết như vậy.",
        (("Dịch vụ", "ORG"), ("Xây dựng Hà Nội", "ORG")),
    ),
    ("Các tập đoàn như Dầu khí cần minh bạch hơn.", (("Dầu khí", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_corporations_listed_by_trade(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
