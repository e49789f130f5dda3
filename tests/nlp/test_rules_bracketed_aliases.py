"""A body's alias in brackets that is no plain acronym stays inside the body; a city does not.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A channel's letters and number.
    (
        "Chương trình được [Đài Truyền hình Việt Nam (VTV3)]ORG phát lại tối qua.",
        (("VTV3", "ORG"), ("Đài Truyền hình Việt Nam", "ORG")),
    ),
    (
        "[Đài Phát thanh - Truyền hình Hà Nội (HN1)]ORG đã đưa tin này.",
        (("HN1", "ORG"),),
    ),
    # A chamber named after the parliament's own name.
    (
        "Dự luật được [Quốc hội Anh (Hạ viện)]ORG thông qua hôm thứ Ba.",
        (("Hạ viện", "ORG"), ("Quốc hội Anh", "ORG")),
    ),
    # A broadcaster whose head is `Đài Tiếng nói`, with its abbreviation.
    (
        "Phóng viên của [Đài Tiếng nói Hoa Kỳ (VOA)]ORG đã có mặt.",
        (("Hoa Kỳ", "LOC"), ("VOA", "ORG")),
    ),
    ("Theo [Đài Tiếng nói Việt Nam]ORG, lễ khai mạc diễn ra sáng nay.", ()),
    # A city in brackets after an outlet or a body is a place of its own.
    (
        "Bài viết trên [Báo Người Lao Động]ORG ([TP.HCM]LOC) gây chú ý.",
        (("Báo Người Lao Động (TP.HCM)", "ORG"),),
    ),
    (
        "[Báo Thanh Niên]ORG ([TPHCM]LOC) đã đăng bài điều tra.",
        (("Báo Thanh Niên (TPHCM)", "ORG"),),
    ),
    # Lookalikes: letters and a number in brackets after no body, a spaced number.
    ("Chiếc máy bay (MH17) bị bắn rơi năm đó.", (("MH17", "ORG"),)),
    (
        "[Tổ chức Y tế Thế giới]ORG ([WHO]ORG 2020) cho biết như vậy.",
        (("Tổ chức Y tế Thế giới (WHO 2020)", "ORG"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_bracketed_alias_stays_with_its_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
