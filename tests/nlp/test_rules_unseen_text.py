"""Kinds of expression found wrong on long articles no gold covers (round 10), with lookalikes.

Each sentence is written here, not copied from an article. `[surface]LABEL`
marks a span the rules must suggest; `wrong` lists (surface, label) pairs that
must not be suggested.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

# An act named in general (`việc` + the act, forms of work) is no EVENT; one
# anchored by a person, a date or a number in its clause is.
GENERIC_ACTS: list[Case] = [
    (
        "Đa số đại biểu cho rằng việc bỏ phiếu tín nhiệm đối với một [bộ trưởng]ROLE "
        "là chuyện bình thường.",
        (("bỏ phiếu tín nhiệm", "EVENT"),),
    ),
    (
        "[Ủy ban thường vụ Quốc hội]ORG xem xét về việc lấy phiếu tín nhiệm đối với "
        "người giữ chức vụ do [Quốc hội]ORG bầu.",
        (("lấy phiếu tín nhiệm", "EVENT"),),
    ),
    (
        "Nếu không có cơ chế thì cả nhiệm kỳ cũng không áp dụng được việc bỏ phiếu tín nhiệm.",
        (("bỏ phiếu tín nhiệm", "EVENT"),),
    ),
    (
        "Hai bên cần phát huy các hình thức điện đàm, hội nghị trực tuyến để trao đổi.",
        (("điện đàm", "EVENT"), ("hội nghị trực tuyến", "EVENT")),
    ),
    (
        "Bộ duy trì nhiều hình thức hội nghị trực tuyến và điện đàm với địa phương.",
        (("điện đàm", "EVENT"), ("hội nghị trực tuyến", "EVENT")),
    ),
    # Anchored to one occasion: a person, a date or a number in the clause.
    (
        "Cơ quan điều tra thực hiện việc [khởi tố bị can]EVENT đối với ông [Lê Văn An]PER.",
        (),
    ),
    ("Ngân hàng trình cổ đông về việc [bầu bổ sung 1 thành viên HĐQT]EVENT.", ()),
    ("Ông cho biết việc [lấy phiếu tín nhiệm]EVENT diễn ra vào [ngày 20/5]DATE.", ()),
    ("[Quốc hội]ORG tiến hành [bỏ phiếu tín nhiệm]EVENT [sáng nay]DATE.", ()),
    ("Hai bên [hội đàm]EVENT theo hình thức trực tuyến.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), GENERIC_ACTS)
def test_an_act_named_in_general_is_no_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# A person's given name that is also a city's stays the person's where no place
# word stands before it; a nickname in quotes after it is part of the name.
GIVEN_PLACES: list[Case] = [
    (
        "Bị cáo [Dương Quang Vinh]PER trả lời thẩm vấn. Tại tòa, [Vinh]PER thừa nhận "
        "đã thuê người. Vật liệu được [Vinh]PER đi thu gom.",
        (("Vinh", "LOC"),),
    ),
    (
        "Bị can [Nguyễn Thị Huế]PER bị [bắt]EVENT. Sau đó [Huế]PER khai nhận toàn bộ.",
        (("Huế", "LOC"),),
    ),
    (
        "Bị can [Tôn Anh Dũng]PER ([Dũng “Huế”]PER) đã về nước. "
        "[Dũng “Huế”]PER gửi thư từ [Thái Lan]LOC.",
        (("Huế", "LOC"), ("Dũng", "PER")),
    ),
    (
        'Ông [Lê Văn Hùng]PER ("[Hùng "Sài Gòn"]PER") bị bắt giữ.',
        (("Sài Gòn", "LOC"),),
    ),
    # A place word before it, or no person of that name: the city.
    ("Ông [Nguyễn Văn Vinh]PER về thăm [Vinh]LOC.", ()),
    ("Ông [Nguyễn Văn Vinh]PER sinh ở [Vinh]LOC, lớn lên tại [Huế]LOC.", ()),
    ("Bà [Trần Thị Huế]PER là người [Huế]LOC.", ()),
    ("Đoàn công tác đến [Vinh]LOC, [Nghệ An]LOC làm việc.", ()),
    ("[Vinh]LOC là thành phố lớn của miền Trung.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), GIVEN_PLACES)
def test_a_given_name_that_is_a_city_stays_the_persons(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# `trở thành ủy viên`: the verb, not a city party committee (`Thành ủy`).
BECOMING: list[Case] = [
    (
        "Ông sẽ làm gì nếu trở thành [ủy viên T.Ư Đảng]ROLE?",
        (("thành ủy viên T.Ư Đảng", "ROLE"),),
    ),
    (
        "Bà trở thành [Ủy viên Bộ Chính trị]ROLE [năm 2016]DATE.",
        (("thành Ủy viên Bộ Chính trị", "ROLE"),),
    ),
    (
        "Ông biến thành [ủy viên thường vụ]ROLE chỉ sau một năm.",
        (("thành ủy viên thường vụ", "ROLE"),),
    ),
    # A member of the city committee is one.
    ("Ông [Lê Văn An]PER, [Thành ủy viên]ROLE, [Bí thư Quận ủy]ROLE, phát biểu.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), BECOMING)
def test_becoming_a_member_is_no_city_committee(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# Foreign titles of one piece, and a foreign minister's name after the ministry.
FOREIGN_POSTS: list[Case] = [
    (
        "[Thượng tướng]ROLE [Ngụy Phượng Hòa]PER, [Ủy viên Quốc vụ]ROLE, "
        "[Bộ trưởng Bộ Quốc phòng Trung Quốc]ROLE sang thăm.",
        (("Quốc", "PER"),),
    ),
    ("[Ủy viên Quốc vụ]ROLE kiêm [Ngoại trưởng]ROLE [Vương Nghị]PER tới [Hà Nội]LOC.", ()),
    (
        "[Quốc vụ khanh Bộ Ngoại giao Anh]ROLE [Nigel Adams]PER thăm [Việt Nam]LOC.",
        (("Quốc vụ khanh Bộ Ngoại giao Anh Nigel Adams", "ROLE"),),
    ),
    (
        "[Bộ trưởng Bộ Quốc phòng Trung Quốc]ROLE [Ngụy Phượng Hòa]PER cảm ơn "
        "[Bộ trưởng]ROLE [Phan Văn Giang]PER.",
        (),
    ),
    (
        "[Bộ trưởng Bộ Ngoại giao Anh]ROLE [Nigel Adams]PER phát biểu.",
        (("Bộ trưởng Bộ Ngoại giao Anh Nigel Adams", "ROLE"),),
    ),
    # A unit named after its head keeps its lowercase name; a ministry its state.
    ("[Đội trưởng Đội đo đạc bản đồ]ROLE [Lê Văn Tám]PER có mặt.", ()),
    ("[Bộ trưởng Bộ Quốc phòng Việt Nam]ROLE chủ trì [lễ đón]EVENT.", ()),
    ("[Quốc vụ viện Trung Quốc]ORG ra thông báo.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), FOREIGN_POSTS)
def test_a_foreign_post_is_one_title_before_its_holder(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# An arrest of a named person is an EVENT in either voice, the verb alone.
ARRESTS: list[Case] = [
    ("Ông [Nguyễn Việt Tiến]PER bị [bắt]EVENT vào [ngày 4-4]DATE.", ()),
    ("Ông không chỉ đạo việc [bắt giữ]EVENT [Bùi Tiến Dũng]PER.", ()),
    ("Công an đã [bắt khẩn cấp]EVENT bị can [Lê Văn Bình]PER.", ()),
    ("Cảnh sát [bắt giữ]EVENT ông [Trần Văn An]PER tại nhà.", ()),
    # Catching things or people not named, and being counted, are no arrest.
    ("Lực lượng chức năng bắt giữ 3 tàu cá.", (("bắt giữ", "EVENT"),)),
    ("Những kẻ bắt giữ con tin đã bỏ chạy.", (("bắt giữ", "EVENT"),)),
    ("Ba người bị bắt vào tù.", (("bắt", "EVENT"),)),
    ("Đội bóng bắt đầu tập luyện vào ngày 4-4.", (("bắt", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), ARRESTS)
def test_an_arrest_of_a_named_person_is_an_event_in_either_voice(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# A body's name written partly in lowercase ends before a modal or a verb of
# resolve, and before the ordinal of its meeting.
BODY_ENDS: list[Case] = [
    ("Trong thời gian tới, [Hội Nhà văn]ORG phấn đấu có thêm tác phẩm hay.", ()),
    ("Ông cho rằng [Hội Nhà văn]ORG nên thành lập một trường đào tạo.", ()),
    ("[Hội Người cao tuổi]ORG quyết tâm hoàn thành chỉ tiêu.", ()),
    ("[Hội Chữ thập đỏ]ORG kêu gọi ủng hộ đồng bào.", ()),
    ("[Đại hội Hội Nhà văn lần thứ VII]EVENT khai mạc.", ()),
    # Names that go on in lowercase keep their words.
    ("[Hội Cựu chiến binh]ORG tổ chức gặp mặt.", ()),
    ("[Viện Khoa học Xã hội]ORG công bố báo cáo.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), BODY_ENDS)
def test_a_body_name_ends_before_a_modal_or_its_meetings_ordinal(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# `chính thức` before a verb of opening or closing is its adverb, outside the EVENT.
OFFICIALLY: list[Case] = [
    (
        "[Đại hội Đảng bộ tỉnh lần thứ XX]EVENT chính thức khai mạc.",
        (("Đại hội Đảng bộ tỉnh lần thứ XX chính thức", "EVENT"),),
    ),
    ("[Hội nghị lần thứ 4]EVENT chính thức bế mạc [chiều nay]DATE.", ()),
    ("[Đại hội Hội Nhà văn lần VII]EVENT chính thức diễn ra trong hai ngày.", ()),
    # A visit named official keeps the word.
    ("[Thủ tướng]ROLE có [chuyến thăm chính thức]EVENT [Nhật Bản]LOC.", ()),
    ("[Chuyến thăm chính thức]EVENT được dư luận chú ý.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), OFFICIALLY)
def test_officially_before_a_verb_stays_outside_the_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# Joint statements and the South China Sea instruments are documents known by name.
STATEMENTS: list[Case] = [
    (
        "Hai bên triển khai [Tuyên bố tầm nhìn chung]DOC về hợp tác quốc phòng đến [năm 2025]DATE.",
        (),
    ),
    ("Các bên thực hiện [Tuyên bố về ứng xử của các bên ở Biển Đông]DOC.", ()),
    ("Hai nước ra [Tuyên bố chung]DOC sau [hội đàm]EVENT.", ()),
    ("Các bên sớm đạt được [Bộ quy tắc ứng xử ở Biển Đông]DOC.", ()),
    # The verb `tuyên bố` is no document.
    ("Ông tuyên bố chung cuộc đội chủ nhà thắng.", (("tuyên bố chung", "DOC"),)),
    ("Người phát ngôn tuyên bố về ứng xử của các bên.", (("tuyên bố về ứng xử", "DOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), STATEMENTS)
def test_joint_statements_and_sea_instruments_are_documents(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# A company described in lowercase keeps the nouns its description holds
# (`công trình`, `thăm dò`, `cho thuê`, `dự báo`), the region it serves and its number.
COMPANIES: list[Case] = [
    (
        "Công ty ký với [Tổng công ty xây dựng công trình giao thông 6]ORG để thi công.",
        (("Tổng công ty xây dựng", "ORG"),),
    ),
    ("Hợp đồng với [Công ty thăm dò khai thác dầu khí]ORG đã hết hạn.", ()),
    ("Ông làm việc ở [Công ty cho thuê tài chính]ORG nhiều năm.", ()),
    ("Theo [Trung tâm dự báo khí tượng thủy văn]ORG, mưa lớn kéo dài.", ()),
    (
        "Công ty ký với [Công ty tư vấn thiết kế giao thông vận tải phía nam]ORG để khảo sát.",
        (("Công ty tư vấn thiết kế giao thông vận tải", "ORG"),),
    ),
    ("Ông làm ở [Công ty xăng dầu khu vực phía Bắc]ORG.", ()),
    ("Gói thầu giao cho [Công ty xây dựng số 4]ORG thực hiện.", ()),
    # A verb, an amount or a size after it ends the name.
    ("[Bộ Công an]ORG trình [Chính phủ]ORG dự thảo.", ()),
    ("[Công ty xây dựng]ORG trình hồ sơ.", (("Công ty xây dựng trình", "ORG"),)),
    ("Ông đầu tư vào [Công ty xây dựng]ORG 5 tỷ đồng.", (("Công ty xây dựng 5", "ORG"),)),
    ("[Công ty xây dựng]ORG 2 công trình lớn.", (("Công ty xây dựng 2", "ORG"),)),
    ("Ông làm việc ở một số Tổng công ty lớn.", (("Tổng công ty lớn", "ORG"),)),
    ("[Bộ Công an]ORG ở phía Nam có nhiều đơn vị.", (("Bộ Công an ở phía Nam", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), COMPANIES)
def test_a_company_described_in_lowercase_keeps_its_nouns_region_and_number(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# Initials signing a photo without a colon or closing the article are a name;
# a doctor of science's degree stays outside the name after it.
SIGNED: list[Case] = [
    ("Bị cáo trả lời thẩm vấn. Ảnh [Ng.Thạnh]PER ([NLĐO]ORG)", ()),
    ("Lỗ thủng ở đầu cầu. Ảnh [T.Hà]PER", ()),
    ("Người đọc cần được giới thiệu trên báo chí. [Y.Anh]PER", ()),
    ("Cầu lại xuất hiện sự cố mới… [Ng. Thạnh]PER", ()),
    ("GS.TSKH [Nguyễn Xuân Hãn]PER được cử đi học.", (("GS.TSKH", "ROLE"),)),
    ("Theo PGS.TSKH [Trần Văn Bình]PER, việc này khó.", (("PGS.TSKH Trần Văn Bình", "PER"),)),
    # Places and bodies in initials are not signatures.
    ("Hội nghị diễn ra tại [TP.HCM]LOC", ()),
    ("Đoàn đã về làm việc. [TP.HCM]LOC", (("TP.HCM", "PER"),)),
]


@pytest.mark.parametrize(("line", "wrong"), SIGNED)
def test_initials_signing_a_photo_or_an_article_are_a_name(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# `(District, Province)` after a commune or a resident: the district is a LOC too.
DISTRICTS: list[Case] = [
    ("Đất công ở xã [Thạnh Tân]LOC ([Tân Phước]LOC, [Tiền Giang]LOC) bị chia.", ()),
    ("Ông [Lê Văn An]PER ([Quỳnh Lưu]LOC, [Nghệ An]LOC) cho biết.", ()),
    ("Cô giáo trường Mầm non xã [Đồn Xá]LOC ([Bình Lục]LOC, [Hà Nam]LOC) kể lại.", ()),
    # A source, a post or a person's name in the bracket is no district.
    ("Chị [Mai]PER ([Tuổi Trẻ]ORG, [Hà Nội]LOC) cho biết.", (("Tuổi Trẻ", "LOC"),)),
    ("Ông [Bình]PER ([Giám đốc]ROLE, [Hà Nội]LOC) nói.", (("Giám đốc", "LOC"),)),
    ("Anh [Tuấn]PER ([Nguyễn Văn Tuấn]PER, [Hà Nội]LOC) nói.", (("Nguyễn Văn Tuấn", "LOC"),)),
    ("Ông [Bình]PER (Quỳnh Lưu, nay đã nghỉ hưu) nói.", (("Quỳnh Lưu", "LOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), DISTRICTS)
def test_a_district_bracketed_with_its_province_is_a_place(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
