"""Round 17 PER and ROLE kinds seen on unseen text in three or more once-blind sets.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

HMONG_NAMES: list[Case] = [
    # A Hmong name (middle name `A`) closing a post is the person, not the post's body.
    ("[Chủ tịch Hội đồng Dân tộc]ROLE [Trang A Pao]PER rất tán thành.", ()),
    ("[Phó Chủ tịch UBND tỉnh]ROLE [Giàng A Chu]PER phát biểu tại hội nghị.", ()),
    ("[Bí thư Huyện ủy Mù Cang Chải]ROLE [Lý A Sáng]PER cho biết.", ()),
    # Lookalikes: a unit named `A` with a place after it is the body's name.
    ("[Đội trưởng Đội A Hà Nội]ROLE báo cáo kết quả.", (("A Hà Nội", "PER"),)),
]


@pytest.mark.parametrize(("line", "wrong"), HMONG_NAMES)
def test_a_hmong_name_after_a_post_is_a_person(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


MEMBER_STATUS: list[Case] = [
    # A member's full status closes the post.
    ("Đại hội bầu 160 [ủy viên trung ương chính thức]ROLE và 21 dự khuyết.", ()),
    ("Danh sách [ủy viên BCH TƯ chính thức]ROLE (gồm 160 người) đã được công bố.", ()),
    ("Ông là [ủy viên Trung ương Đảng chính thức]ROLE từ năm 2001.", ()),
    # Lookalikes: `chính thức` as the adverb of an act, or after another post.
    ("[Thủ tướng]ROLE chính thức ký quyết định.", (("Thủ tướng chính thức", "ROLE"),)),
    (
        "Bà Lan, [ủy viên Ban Thường vụ]ROLE chính thức nhận nhiệm vụ.",
        (("ủy viên Ban Thường vụ chính thức", "ROLE"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), MEMBER_STATUS)
def test_a_members_full_status_closes_the_post(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


BARE_BODIES_BEFORE_VERBS: list[Case] = [
    # A post keeps the bare noun of its body before a verb too.
    ("Hóa đơn được [giám đốc công ty]ROLE duyệt ngay trong ngày.", ()),
    ("Theo lời kể, [chủ tịch hội]ROLE đã đứng ra bảo lãnh.", ()),
    ("Khi đó [phó giám đốc chi nhánh]ROLE cho biết sẽ hoàn trả.", ()),
    # Lookalikes: any head of an agency, company heads in the plural, a named company.
    (
        "Người đứng đầu cơ quan phải chịu trách nhiệm.",
        (("Người đứng đầu cơ quan", "ROLE"),),
    ),
    ("Các giám đốc công ty đều có mặt.", (("giám đốc công ty", "ROLE"),)),
    ("Ông là thành viên ban giám đốc công ty.", (("giám đốc công ty", "ROLE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), BARE_BODIES_BEFORE_VERBS)
def test_a_post_keeps_its_bare_body_before_a_verb(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


REMITS: list[Case] = [
    # A unit's head keeps the unit and its lowercase remit, to a pause or the predicate.
    ("Bà Hoa, nguyên [phó trưởng phòng quản lý nhà]ROLE cũng bị khởi tố.", ()),
    ("Theo TS Lê Minh, [Chủ nhiệm bộ môn luật hình sự]ROLE, dự luật còn nhiều chỗ hở.", ()),
    ("Ông Nam ([trưởng phòng kinh doanh 2]ROLE) đã nộp lại tiền.", ()),
    ("Bà Thu, [giám đốc dự án nâng cấp đô thị]ROLE, cho biết tiến độ chậm.", ()),
    # Lookalikes: a verb after the post, a clause with no pause, a unit with no remit.
    ("Ông Tuấn, [trưởng phòng]ROLE cho biết như vậy.", (("trưởng phòng cho biết", "ROLE"),)),
    (
        "[Trưởng phòng]ROLE ký giấy phép cho công ty.",
        (("Trưởng phòng ký giấy phép", "ROLE"),),
    ),
    ("[Chủ tịch Hạ viện]ROLE dẫn đầu đoàn.", (("Chủ tịch Hạ viện dẫn đầu", "ROLE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), REMITS)
def test_a_units_head_keeps_its_remit(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


ROSTERS: list[Case] = [
    # A short name in a roster where each person has a post or a body beside them.
    (
        "Dự họp có [Trần Văn Lâm]PER, [Bí thư Tỉnh ủy]ROLE; [Hữu Thọ]PER, [Phó trưởng ban]ROLE.",
        (),
    ),
    (
        "Trả lời chất vấn có [Lê Văn Ba]PER ([Bộ Tư pháp]ORG), [Y Mửi]PER ([Ủy ban Dân tộc]ORG).",
        (),
    ),
    # Lookalikes: a place in the roster, a short run with no post or body beside it.
    (
        "Dự họp có [Lê Văn Ba]PER, [Chủ tịch UBND tỉnh]ROLE; [Quảng Nam]LOC, nơi ông sinh ra.",
        (("Quảng Nam", "PER"),),
    ),
    ("Ông [Lê Văn Ba]PER, [Chủ tịch tỉnh]ROLE, và Minh Long đều có mặt.", (("Minh Long", "PER"),)),
]


@pytest.mark.parametrize(("line", "wrong"), ROSTERS)
def test_a_short_name_in_a_roster_is_a_person(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
