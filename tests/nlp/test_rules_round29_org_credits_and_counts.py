"""Round 29 ORG rules: a photo credit in capitals, a count after a body's name, a party bloc,
a case's task force.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CAPITAL_CREDITS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A credit in capitals that runs on into the next sentence is the agency alone.
    (
        "Thủ tướng tại buổi lễ. Ảnh: [BLOOMTIX]ORG Báo chí nước này cho biết ông sẽ về.",
        (("BLOOMTIX Báo", "PER"),),
    ),
    (
        "Bị can bị đưa lên xe. Ảnh: [NEWSVIET]ORG Ông Hải bị khởi tố hôm qua.",
        (("NEWSVIET Ông Hải", "ORG"),),
    ),
    ("Các đại biểu bỏ phiếu - Ảnh: [VTNN]ORG Thưa ông, kết quả ra sao?", (("VTNN Thưa", "PER"),)),
    # Lookalikes: a photographer's name in capitals stays a person, a foreign two-word
    # agency stays whole.
    ("Ảnh: [QUANG ĐỊNH]PER", (("QUANG", "ORG"),)),
    ("Một người lính bị bắt. Ảnh: [NY Post]ORG. Sau đó ông được thả.", (("NY", "ORG"),)),
]

BODY_COUNTS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A number before what it counts is no part of the body before it.
    (
        "Sau đó công ty mua của [Công ty Tân Thành]ORG 12 máy phát điện.",
        (("Công ty Tân Thành 12", "ORG"),),
    ),
    ("Tôi hứa sẽ mua trả cho [Sở]ORG 3 xe khác.", (("Sở 3", "ORG"),)),
    ("Mỗi gia đình được [Bộ]ORG 2 lô đất.", (("Bộ 2", "ORG"),)),
    ("Trong khi [Bệnh viện Nhi]ORG 400 biên chế vẫn thiếu người.", (("Bệnh viện Nhi 400", "ORG"),)),
    # Lookalikes: a district's own number, a company's number before a year.
    ("Hôm qua [Công an quận 7]ORG người đã đến hiện trường.", (("Công an quận", "ORG"),)),
    ("Ông làm ở [Công ty 319]ORG năm 2001.", (("Công ty", "ORG"),)),
]


PARTY_BLOCS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A bloc named by a lowercase field ends at the centre; the government's bloc at its place.
    (
        "Hôm qua [Đảng ủy khối cơ quan văn hóa Trung ương]ORG đã ra quyết định.",
        (("Đảng ủy khối", "ORG"),),
    ),
    (
        "Sáng nay [Đảng ủy khối chính quyền tỉnh Nam Định]ORG tổ chức lễ.",
        (("Đảng ủy khối", "ORG"),),
    ),
    ("Chiều 3-2, [Đảng bộ khối chính quyền TP Cần Thơ]ORG mít tinh.", (("Đảng bộ khối", "ORG"),)),
    # Lookalikes: the bloc's kind alone, lowercase words that name no centre.
    ("Các đảng viên [Đảng ủy khối]ORG chính quyền đã họp.", (("Đảng ủy khối chính quyền", "ORG"),)),
    (
        "[Đảng ủy khối]ORG cơ quan nhận bằng khen của tỉnh.",
        (("Đảng ủy khối cơ quan nhận bằng khen", "ORG"),),
    ),
]


TASK_FORCES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A case's task force written as a name is one body, alone or with its owner.
    ("Sáng mai [Ban chuyên án]ORG sẽ triệu tập các bị can.", (("Ban", "ORG"),)),
    ("Hiện [Ban chuyên án]ORG đã thu giữ nhiều tài liệu.", (("Ban", "ORG"),)),
    # Lookalike: in lowercase it is whichever task force handles the case.
    ("Các cán bộ trong ban chuyên án đã khám xét nhà.", (("ban chuyên án", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CAPITAL_CREDITS)
def test_a_credit_in_capitals_ends_before_the_next_sentence(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), BODY_COUNTS)
def test_a_count_after_a_body_stays_outside_it(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), PARTY_BLOCS)
def test_a_party_bloc_keeps_its_field_and_place(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), TASK_FORCES)
def test_a_task_force_written_as_a_name_is_a_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
