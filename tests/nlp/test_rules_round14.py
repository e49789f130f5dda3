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


POSTS_OVER_UNITS: list[Case] = [
    # A post of the local bodies of `các` + levels takes the levels in.
    ("Bộ giao [Chủ tịch UBND các quận, huyện]ROLE rà soát lại.", ()),
    ("[Phó Chủ tịch UBND các xã, phường, thị trấn]ROLE phải có mặt.", ()),
    ("[Chủ tịch HĐND các huyện]ROLE đã được mời.", (("Chủ tịch HĐND", "ROLE"),)),
    # Levels followed by their names: the names are places.
    (
        "[Chủ tịch UBND]ROLE các tỉnh [Lạng Sơn]LOC, [Cao Bằng]LOC đã tới.",
        (("Chủ tịch UBND các tỉnh", "ROLE"),),
    ),
    # The bodies alone in the plural, or a post of no local body: nothing taken.
    ("Ông đề nghị UBND các tỉnh, thành phố chủ động.", (("UBND các tỉnh, thành phố", "ORG"),)),
    ("[Giám đốc Sở Y tế]ROLE các tỉnh đã họp.", (("Giám đốc Sở Y tế các tỉnh", "ROLE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), POSTS_OVER_UNITS)
def test_a_post_of_local_bodies_takes_the_levels_it_holds(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


TERMS_OF_BODIES: list[Case] = [
    # A body's term right after it is inside it, a bare `Trung ương` too.
    ("Việc này phải được [Trung ương khóa XII]ORG xem xét.", (("khóa XII", "DATE"),)),
    ("[Trung ương khoá X]ORG đã cho ý kiến.", (("khoá X", "DATE"),)),
    # A state organ named with its formal state keeps the state and the term.
    (
        "1997: [Phó Chủ tịch Quốc hội nước Cộng hòa Xã hội chủ nghĩa Việt Nam khóa X]ROLE.",
        (("Cộng hòa Xã hội chủ nghĩa Việt Nam", "LOC"), ("khóa X", "DATE")),
    ),
    (
        "[Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII]ORG đã thông qua.",
        (("khóa XIII", "DATE"),),
    ),
    # A term apart from the body, or with no body, stays a DATE.
    ("[đại biểu Quốc hội]ROLE đương nhiệm [khóa XIV]DATE", ()),
    ("[Nhiệm kỳ khóa IX]DATE đã qua.", (("Nhiệm kỳ khóa IX", "ORG"),)),
    # A visit to a republic: the state stays a place.
    ("[Thủ tướng]ROLE thăm nước [Cộng hòa Pháp]LOC.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), TERMS_OF_BODIES)
def test_a_body_keeps_its_term_and_its_state(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


NUMBERED_PAPERS: list[Case] = [
    # A paper that is never a verb, known by its number, `số` left out.
    ("Ông đã ký [công văn 052]DOC gửi ngân hàng.", ()),
    ("Nội dung [công điện 17]DOC kể trên được gửi đi ngay.", ()),
    ("Theo [tờ trình 214]DOC, dự án cần thêm vốn.", ()),
    # A contract with its number and code.
    ("Hai bên đã có [hợp đồng thi công số 318/HĐXD-BQL]DOC từ năm ngoái.", ()),
    ("Công ty ký [hợp đồng số 07/2021/HĐ-KT]DOC với đối tác.", ()),
    # A number that counts, a verb before a number, a contract with no code: no paper.
    ("Bộ đã gửi công văn 12 trang cho tỉnh.", (("công văn 12", "DOC"),)),
    ("Quốc hội cần quyết định 2 kế hoạch lớn.", (("quyết định 2", "DOC"),)),
    ("Bộ gửi công văn 2 lần.", (("công văn 2", "DOC"),)),
    ("Hai bên đàm phán hợp đồng số lượng lớn.", (("hợp đồng số lượng", "DOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), NUMBERED_PAPERS)
def test_a_paper_known_by_its_number_is_a_doc(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


LISTED_SUBJECTS: list[Case] = [
    # What a document is about goes on over short items after a comma.
    ("Tỉnh đã có [Nghị quyết về bảo vệ rừng, phòng cháy chữa cháy]DOC, nhưng chưa làm.", ()),
    ("Ông báo cáo việc thực hiện [Nghị quyết của HĐND về giáo dục, y tế, văn hóa]DOC; sau đó.", ()),
    ("Chính phủ ban hành [Nghị quyết về phát triển du lịch, dịch vụ]DOC.", ()),
    # A grammar word or a verb after the comma, or a long clause: the subject ends.
    (
        "Bộ ban hành [Nghị quyết về phòng chống dịch]DOC, đồng thời yêu cầu các tỉnh báo cáo.",
        (("Nghị quyết về phòng chống dịch, đồng thời", "DOC"),),
    ),
    (
        "Sau khi có [Nghị quyết về cải cách tiền lương]DOC, cán bộ công chức rất mong chờ.",
        (("Nghị quyết về cải cách tiền lương, cán bộ công chức", "DOC"),),
    ),
    # A document that opens a sentence's adverbial: the comma closes the adverbial.
    (
        "Theo [Nghị quyết về cải cách hành chính]DOC, người dân hài lòng.",
        (("Nghị quyết về cải cách hành chính, người dân hài lòng", "DOC"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), LISTED_SUBJECTS)
def test_a_documents_subject_goes_on_over_short_listed_items(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


DOTTED_DATELINES: list[Case] = [
    # A dotted day, month and four-digit year is a date with no day word before it.
    ("Tin thời sự [05.03.2023]DATE, trang chủ", ()),
    ("Cập nhật [12.11.2021]DATE lúc 10 giờ.", ()),
    ("Ông sinh [8.3.1952]DATE, quê Nghệ An.", ()),
    # Amounts and counts keep their thousands dots; a month over twelve is no date.
    ("Số tiền 12.500.000 đồng đã được trả.", (("12.500.000", "DATE"),)),
    ("Mã hàng 21.14.2022 bị thu hồi.", (("21.14.2022", "DATE"),)),
    ("Phiên bản 2.1 ra mắt.", (("2.1", "DATE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), DOTTED_DATELINES)
def test_a_dotted_full_date_is_a_date_alone(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


SERVICE_HEADS: list[Case] = [
    # A post office or an old provincial service with its place or field is a body.
    ("Vụ việc xảy ra tại [Bưu điện Đà Nẵng]ORG năm ngoái.", (("Đà Nẵng", "LOC"),)),
    ("Ông là [giám đốc Bưu điện tỉnh Nghệ An]ROLE.", ()),
    ("1970-1975: cán bộ [Ty Giáo dục Hà Bắc]ORG.", (("Hà Bắc", "LOC"),)),
    ("Phó Ty rồi [Trưởng Ty Thủy lợi tỉnh Nghĩa Bình]ROLE.", ()),
    # `rồi` between two posts ends the first.
    (
        "[Giám đốc Công ty Xây dựng Thủy lợi]ROLE rồi [Trưởng ty Thủy lợi tỉnh Hà Tuyên]ROLE.",
        (("Giám đốc Công ty Xây dựng Thủy lợi rồi", "ROLE"),),
    ),
    # The nouns alone, or a company's `ty`, name no body by themselves.
    ("Bưu điện đã chuyển thư tới nơi.", (("Bưu điện", "ORG"),)),
    ("[Công ty Thủy lợi Hà Nam]ORG đã nhận.", (("Thủy lợi Hà Nam", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), SERVICE_HEADS)
def test_a_post_office_or_a_provincial_service_is_a_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


GUARDS_OF_STATES: list[Case] = [
    # `lực lượng` + a guard + its state is the state's force.
    ("Quân đội Nga và [lực lượng vệ binh Dagestan]ORG đã tiến vào.", (("Dagestan", "LOC"),)),
    ("Hôm qua [lực lượng vệ binh quốc gia Belarus]ORG tập trận.", ()),
    # A guard with no state names no force.
    ("Lực lượng vệ binh đã tới hiện trường.", (("Lực lượng vệ binh", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), GUARDS_OF_STATES)
def test_a_guard_with_its_state_is_the_states_force(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


OUTLETS_BY_SHAPE: list[Case] = [
    # A capitalised site address is an outlet wherever it stands.
    ("Trang [Gazeta.ru]ORG dẫn lời một quan chức.", ()),
    ("Sau đó hãng truyền thông [Nga]LOC [NTV.ru]ORG đã phát đoạn phim.", ()),
    ("Theo [Zingnews.vn]ORG, ca sĩ đã xin lỗi.", ()),
    # A country's media, then the outlet's name.
    ("Các phương tiện truyền thông [Pháp]LOC [Mediapart]ORG đưa tin.", ()),
    # `theo` + a title with the English article or a press word, its country in brackets.
    ("Tuy nhiên, theo [The Hindu]ORG ([Ấn Độ]LOC), vụ việc đã xong.", ()),
    ("Theo [Bangkok Post]ORG ([Thái Lan]LOC), cuộc họp bị hoãn.", ()),
    # A person's name in the same slot stays a person.
    ("Theo Boris Johnson ([Anh]LOC), điều đó sai.", (("Boris Johnson", "ORG"),)),
    # No address: a glued sentence or a capitalised domain of no list stays out.
    ("Ông sinh ở [Bắc Cạn]LOC.Vào năm 1963 ông về Hà Nội.", (("Cạn.Vào", "ORG"),)),
    ("Họ đến Washington.DC [hôm qua]DATE.", (("Washington.DC", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), OUTLETS_BY_SHAPE)
def test_an_outlet_by_its_address_or_its_source_slot(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


BRIDGES_AND_ROADS: list[Case] = [
    # A bridge's name after a lowercase `cầu`, the noun outside, a number inside.
    ("Xe tải đi qua cầu [Chương Dương]LOC lúc nửa đêm.", (("cầu Chương Dương", "LOC"),)),
    ("Dự án cầu [Bình Triệu 2]LOC đã khởi công.", ()),
    # `cầu` inside another word, or before a body or a person, names no bridge.
    ("Thủ tướng yêu cầu [Bộ Xây dựng]ORG báo cáo.", (("Bộ Xây dựng", "LOC"),)),
    ("Ông yêu cầu [Trần Văn Lâm]PER nộp tiền.", (("Trần Văn Lâm", "LOC"),)),
    ("Nhu cầu Vốn tăng cao.", (("Vốn", "LOC"),)),
    # A numbered road keeps its branch letter, spaced or glued.
    ("Xe chạy trên [quốc lộ 20 A]LOC rồi rẽ.", ()),
    ("Đoạn [quốc lộ 1A]LOC qua tỉnh bị ngập.", ()),
    ("Dọc [quốc lộ 14]LOC [Bình Phước]LOC có nhiều trạm.", (("quốc lộ 14 Bình", "LOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), BRIDGES_AND_ROADS)
def test_a_bridge_or_a_numbered_road_is_a_place(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


REGIONS: list[Case] = [
    # A region of Vietnam is one LOC, `miền` and a lowercase `bộ` inside.
    ("Mưa lớn kéo dài ở [miền Trung]LOC suốt tuần.", ()),
    ("Hàng hóa được chuyển ra [miền Bắc]LOC, vào [miền Nam]LOC.", ()),
    ("Dịch bệnh lan rộng ở các tỉnh [Nam bộ]LOC và [Tây Nguyên]LOC.", ()),
    ("Giá lúa ở [Đông Nam bộ]LOC tăng.", (("Nam", "LOC"),)),
    # A side of a foreign state keeps the side outside.
    ("Quân đội tiến vào miền Nam [Ukraine]LOC.", (("miền Nam", "LOC"),)),
    ("Bão đổ bộ vào miền Bắc nước [Mỹ]LOC.", (("miền Bắc", "LOC"),)),
    # Inside an anniversary's name, or a direction in lower case, no region alone.
    ("Lễ kỷ niệm 40 năm giải phóng hoàn toàn miền Nam đã diễn ra.", (("miền Nam", "LOC"),)),
    ("Họ sống ở miền núi phía bắc.", (("miền núi", "LOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), REGIONS)
def test_a_region_of_vietnam_is_one_place(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


THE_PARTY_AND_THE_CENTRE: list[Case] = [
    # `Đảng` alone is the Party wherever it stands, before `những` too.
    ("Mặt trận giới thiệu cho [Đảng]ORG những người ưu tú.", ()),
    # Parties counted, or a party cell, name no one body.
    ("Quan hệ giữa hai Đảng, hai nước ngày càng tốt.", (("Đảng", "ORG"),)),
    ("Cán bộ sai phạm mà tổ chức Đảng không phát hiện.", (("Đảng", "ORG"),)),
    # `trung ương` acting or asked is the Central Committee.
    ("Ông đã được [trung ương]ORG giới thiệu ứng cử.", ()),
    ("Tôi đề nghị [Trung ương]ORG, [Chính phủ]ORG sớm kết luận.", ()),
    ("Cần rõ việc phân cấp giữa [Trung ương]ORG và tỉnh.", ()),
    # As a level or an adjective it is none.
    ("Ý kiến từ Trung ương đến địa phương đều thống nhất.", (("Trung ương", "ORG"),)),
    ("Các bộ, ngành trung ương đã vào cuộc.", (("trung ương", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), THE_PARTY_AND_THE_CENTRE)
def test_the_party_and_the_centre_alone_are_bodies(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
