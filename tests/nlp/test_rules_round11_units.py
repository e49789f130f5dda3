"""Round 11 kinds unseen outlets write, continued: documents, units, commanders, forces, dates.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

DOCUMENTS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A resolution named by the count of its congress or plenum, the party inside.
    ("Toàn ngành thực hiện [Nghị quyết lần thứ XI của Đảng]DOC.", ()),
    ("Tỉnh triển khai [Nghị quyết Trung ương lần thứ 4 khóa XII]DOC.", ()),
    # A numbered annex with the document it belongs to.
    ("Tòa được lập theo [Phụ lục 7 của Công ước Liên Hợp Quốc về Luật Biển]DOC.", ()),
    # Lookalikes: a meeting counted, a body after a numbered document, a lowercase annex.
    ("[Hội nghị lần thứ 4]EVENT đã bế mạc.", (("Hội nghị lần thứ 4", "DOC"),)),
    ("[Quyết định số 12]DOC của [Thủ tướng Chính phủ]ROLE đã nêu.", ()),
    ("Xem bảng số liệu ở phụ lục 2 cuối bài.", (("phụ lục 2", "DOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), DOCUMENTS)
def test_counted_resolutions_and_annexes_are_documents(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


UNITS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A unit's kind in lowercase, then its foreign name: one ORG; the name alone later too.
    ("[Tiểu đoàn tiễu phạt Aidar]ORG: họ là ai? [Aidar]ORG là một đơn vị tình nguyện.", ()),
    ("[Sư đoàn bộ binh Kantemirovskaya]ORG tiến vào thành phố.", ()),
    # Lookalikes: a state after the kind, a place a unit withdrew to.
    ("Tiểu đoàn đặc nhiệm [Nga]LOC tấn công.", (("Tiểu đoàn đặc nhiệm Nga", "ORG"),)),
    (
        "[Tiểu đoàn Azov]ORG rút về nhà máy luyện kim [Azovstal]LOC. Nga vây [Azovstal]LOC.",
        (("Azovstal", "ORG"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), UNITS)
def test_a_unit_by_kind_and_foreign_name_is_one_body_named_alone_later(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


PLATFORMS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # Social networks and messaging services are ORGs wherever they are written.
    ("Trong loạt ảnh đăng trên [Telegram]ORG, ông chia sẻ.", ()),
    ("Video được đăng trên [YouTube]ORG và [TikTok]ORG.", ()),
    ("Ông nhắn qua [Zalo]ORG cho phóng viên.", ()),
    # Lookalike: a lowercase word is no platform.
    ("Ông gửi một bức điện tín (telegram) về nhà.", (("telegram", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), PLATFORMS)
def test_social_networks_are_bodies(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


INQUIRY: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # Russia's Investigative Committee, with its state after `của` or in its name.
    ("Tối qua, [Ủy ban điều tra]ORG của [Nga]LOC công bố video.", ()),
    ("[Ủy ban Điều tra Nga]ORG đã mở vụ án hình sự.", ()),
    # Lookalike: a committee of inquiry to be set up, in lower case.
    ("[Quốc hội]ORG sẽ lập ủy ban điều tra vụ việc.", (("ủy ban điều tra", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), INQUIRY)
def test_the_investigative_committee_is_a_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


OPENED_NAMES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A full name after a word that opens the sentence, capitalised only for that.
    ("Hai người bị bắt. Riêng [Phạm Văn Đức]PER được tại ngoại.", (("Đức", "PER"),)),
    ("Còn [Trần Văn Hùng]PER thì vắng mặt.", ()),
    # Lookalike: a street named after someone after a house number.
    ("Nhà số 5 [Lê Văn Lương]LOC bị cháy.", (("Lê Văn Lương", "PER"),)),
]


@pytest.mark.parametrize(("line", "wrong"), OPENED_NAMES)
def test_a_name_after_a_sentence_opener_is_whole(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


COMMANDERS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A commander's post keeps the force he leads, named by its kind in lowercase.
    ("Ông Orlov, [chỉ huy lực lượng đặc nhiệm]ROLE, bị thương.", ()),
    ("Họ liên lạc với [chỉ huy dân quân của Luhansk]ROLE để mở hành lang.", ()),
    # Lookalike: `chỉ huy` as the verb after its subject.
    ("Ông chỉ huy lực lượng cứu hộ tại chỗ.", (("chỉ huy lực lượng cứu hộ", "ROLE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), COMMANDERS)
def test_a_commander_keeps_the_force_he_leads(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


MINISTER_RANK: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A minister's rank right before the head of a body at that rank is one post.
    ("Thủ tướng giao [Bộ trưởng Chủ nhiệm Văn phòng Chính phủ]ROLE chủ trì.", ()),
    ("Ông Khái, [Bộ trưởng Tổng Thanh tra Chính phủ]ROLE, cho biết.", ()),
    # Lookalikes: after a comma the two posts stay apart; two ministers in a row.
    ("[Bộ trưởng]ROLE, [Chủ nhiệm Ủy ban Dân tộc]ROLE dự họp.", ()),
    ("Ông [Bộ trưởng Bộ Y tế]ROLE phát biểu.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), MINISTER_RANK)
def test_a_ministers_rank_before_a_head_of_body_is_one_post(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


DELEGATIONS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A visiting delegation of a body: the body is the ORG, no deputy's post.
    ("Ông tiếp đoàn đại biểu [Quốc hội]ORG do [Phó Chủ tịch Quốc hội]ROLE dẫn đầu.", ()),
    (
        "Tiếp theo là đoàn đại biểu [HĐND tỉnh Nghệ An]ORG.",
        (("đại biểu HĐND tỉnh Nghệ An", "ROLE"),),
    ),
    # Lookalikes: the standing provincial delegation, a deputy's post.
    ("Ông thuộc [Đoàn đại biểu Quốc hội tỉnh Thanh Hóa]ORG.", ()),
    ("Ông Lâm, [đại biểu Quốc hội tỉnh Nghệ An]ROLE, phát biểu.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), DELEGATIONS)
def test_a_visiting_delegation_names_its_body_not_a_post(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


GROUNDS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # Grounds of a seat of government abroad are places.
    ("Đoàn thăm [Vườn Hồng]LOC của [Nhà Trắng]ORG.", ()),
    ("Hai nhà lãnh đạo hội đàm tại [Trại David]LOC.", ()),
    # Lookalike: a garden of roses in lower case.
    ("Khu vườn hồng nhà bà Lan rất đẹp.", (("vườn hồng", "LOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), GROUNDS)
def test_grounds_of_a_seat_of_government_are_places(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


LONG_STATE_NAMES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A state's long name capitalised only at both ends is the state, its letters inside.
    ("Lực lượng của nước [Cộng hòa nhân dân Luhansk (LPR)]LOC tự xưng.", ()),
    ("Đại sứ nước [Cộng hòa dân chủ nhân dân Lào]LOC tới dự.", (("Lào", "LOC"),)),
    # Lookalike: a two-word place in lower case after its first word stays unread.
    ("Ông bàn về hà nội hóa các đô thị.", (("hà nội", "LOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), LONG_STATE_NAMES)
def test_a_long_state_name_capitalised_at_both_ends_is_the_state(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


FIELD_LISTS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # Ministries listed by field after one plural `Bộ`: each field is an ORG.
    ("Lãnh đạo 4 Bộ: [Tư pháp]ORG (chủ trì), [Nội vụ]ORG, [Tài chính]ORG và [Y tế]ORG họp.", ()),
    ("Đại diện các [Bộ Tài chính]ORG, [Kế hoạch và Đầu tư]ORG, [Công Thương]ORG dự họp.", ()),
    # Lookalikes: ministries in general, a plural without fields, one ministry.
    ("Các Bộ, ngành đã vào cuộc.", (("Bộ", "ORG"),)),
    ("[Bộ Y tế]ORG, [Bộ Công an]ORG đều có mặt.", ()),
    ("Hai Bộ cùng ký văn bản.", (("Bộ", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), FIELD_LISTS)
def test_ministries_listed_by_field_after_one_bo_are_each_a_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


FORCES_IN_GENERAL: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # The police of some level, after `lực lượng`, is the force in general.
    ("Sau đó, lực lượng công an phường được huy động đến.", (("công an phường", "ORG"),)),
    ("Lực lượng công an xã đã có mặt.", (("công an xã", "ORG"),)),
    # Lookalike: the police of a level as the subject, one body.
    ("[Công an phường]ORG đã lập biên bản.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), FORCES_IN_GENERAL)
def test_the_police_of_a_level_after_luc_luong_is_the_force_in_general(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


PARTS_OF_A_YEAR: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # The rest or an end of one year, named before the year, is one DATE.
    ("Trong [những tháng còn lại của năm 2006]DATE, tỉnh tập trung giải ngân.", ()),
    ("[Những ngày cuối năm 2004]DATE, giá vàng tăng.", ()),
    ("Tăng trưởng chậm trong [các tháng đầu năm nay]DATE.", ()),
    # Lookalikes: a part without its year, years in general.
    ("Thực hiện ngay từ những ngày đầu, tháng đầu.", (("những ngày đầu", "DATE"),)),
    ("Những năm qua, tỉnh phát triển.", (("Những năm qua", "DATE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), PARTS_OF_A_YEAR)
def test_the_rest_or_an_end_of_a_year_is_one_date(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
