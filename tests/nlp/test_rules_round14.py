"""Kinds of error that recurred in three or more blind sets (news3 … news11), round 14.

Each sentence is written here, not copied from an article: each pattern must
hold for places, bodies and names the gold never saw, and its lookalikes
(the same words where the pattern must not fire) sit beside it.
`[surface]LABEL` marks a span the rules must suggest; `wrong` lists
surfaces that must not be suggested with that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

ABBREVIATIONS_BEFORE_ASIDES: list[Case] = [
    # A body's abbreviation in brackets stays with its name before a spaced dash aside.
    (
        "Hiện [Tập đoàn Dầu khí Việt Nam (PVN)]ORG - doanh nghiệp lớn nhất - bị thanh tra.",
        (("PVN", "ORG"),),
    ),
    ("Sau đó [Ngân hàng Thế giới (WB)]ORG - nhà tài trợ chính - rút vốn.", (("WB", "ORG"),)),
    ("[Quỹ Nhi đồng Liên Hợp Quốc (UNICEF)]ORG – cơ quan chuyên trách – cho biết.", ()),
    # Without the aside, as before.
    ("Ông nói [Tổng cục Thống kê (GSO)]ORG đã công bố.", (("GSO", "ORG"),)),
    # An outlet's signature glued to its dash is no body's abbreviation.
    (
        "Bí thư Thành ủy thăm công nhân [Công ty Dệt Thành Công]ORG ([NLĐ]ORG)- Sáng 3-2, đoàn tới.",
        (),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), ABBREVIATIONS_BEFORE_ASIDES)
def test_an_abbreviation_in_brackets_stays_with_its_body_before_an_aside(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


PROPER_TAILS: list[Case] = [
    # A body described by its field alone is finished by the proper name after it.
    ("Mỹ tài trợ cho [Trung tâm Nghiên cứu Kessler]ORG - một phòng thí nghiệm ở Kenya.", ()),
    ("Hồ sơ do [Công ty Tư vấn xây dựng Nikken]ORG ([Nhật Bản]LOC) lập.", ()),
    (
        "Mẫu được gửi tới [Viện Nghiên cứu Y khoa Louis Pasteur (IMLP)]ORG để xét nghiệm.",
        (("Louis Pasteur", "PER"),),
    ),
    ("Ông từng học ở [Học viện Kỹ thuật Mát-xcơ-va]ORG, sau đó về nước.", ()),
    ("Hợp đồng giao cho [Công ty Thiết kế Obayashi Gumi]ORG thực hiện.", ()),
    # A body already named ends where it is: the name after it is a person's.
    ("Theo [Hạ viện Mỹ]ORG Tom Harkin, dự luật sẽ qua.", (("Hạ viện Mỹ Tom Harkin", "ORG"),)),
    ("Ông [Lê Văn Hưng]PER, [Trung tâm Nghiên cứu Việt Nam]ORG, nói.", ()),
    # Two foreign words after a body that is no company, with no abbreviation: a person.
    (
        "Đại diện Viện Nghiên cứu Hòa bình Peter Wallensteen cho biết.",
        (("Viện Nghiên cứu Hòa bình Peter Wallensteen", "ORG"),),
    ),
    # A Vietnamese word or a place after the body is no foreign name.
    ("Ông làm việc tại [Viện Nghiên cứu Kinh tế Trung ương]ORG từ lâu.", ()),
    ("[Trung tâm Nghiên cứu Đông Nam Á]ORG vừa ra báo cáo.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), PROPER_TAILS)
def test_a_generic_body_takes_the_proper_name_that_ends_it(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
