"""Round 22 rules: a body's name that closes on its own abbreviation in brackets.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A head, the words of a name in any case, and its abbreviation: one body, which
    # the abbreviation names later on its own.
    (
        "Dự án do [Cơ quan hợp tác quốc tế Hàn Quốc (KOICA)]ORG tài trợ. "
        "Đại diện [KOICA]ORG cho biết thêm.",
        (("Hàn Quốc", "LOC"),),
    ),
    ("[Cao ủy Liên Hợp Quốc về người tị nạn (UNHCR)]ORG kêu gọi hỗ trợ.", ()),
    ("Hai nước cùng tham gia [Diễn đàn Khu vực ASEAN (ARF)]ORG năm nay.", ()),
    # Lookalikes: the name goes on past the bracket, a place or a paper in brackets,
    # a programme's abbreviation, no head at all.
    (
        "[Trung tâm Kiểm soát bệnh tật (CDC) Hà Nam]ORG cho biết.",
        (("Trung tâm Kiểm soát bệnh tật (CDC)", "ORG"),),
    ),
    ("Công nhân Công ty Hoàng Long (TPHCM) nghỉ việc.", (("Công ty Hoàng Long (TPHCM)", "ORG"),)),
    (
        "Thăm công nhân Công ty Hoàng Long (NLĐO)- Sáng 3-2, tại Hà Nội.",
        (("Công ty Hoàng Long (NLĐO)", "ORG"),),
    ),
    ("Tổng sản phẩm trong nước (GDP) tăng 7%.", (("Tổng sản phẩm trong nước (GDP)", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_bodies_closed_by_abbreviations(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
