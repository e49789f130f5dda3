"""Round 11 kinds of bodies, posts, places and dates that unseen outlets write.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CLOCKS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A clock time after a word of a point in time is a time of the article's day.
    ("Đến [17h]DATE, hết giờ làm việc, mọi người ra về.", ()),
    ("Khoảng [9h]DATE, đoàn xe tới cổng tỉnh.", ()),
    ("Từ [8h]DATE đến [11h30]DATE, các tổ thảo luận.", ()),
    ("Phiên họp bắt đầu vào [14 giờ]DATE tại hội trường.", ()),
    ("Người dân phải rời đi trước [18h]DATE.", ()),
    ("Khoảng [18 giờ 20]DATE, thấy chiếc xe lạ.", ()),
    # Lookalikes: durations and times after `sau`.
    ("Cuộc tranh luận kéo dài trong 2h liền.", (("2h", "DATE"),)),
    ("Sau 2h thương lượng, hai bên nhất trí.", (("2h", "DATE"),)),
    ("Đoàn đi mất khoảng 3h mới tới nơi.", (("3h", "DATE"),)),
    ("Xe chạy hơn 80km/h đến chân đèo.", (("80km/h", "DATE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CLOCKS)
def test_a_clock_time_after_a_point_word_is_a_date(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


GLUED_VN: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # An abbreviated body with `VN` glued on is the body, alone and after a post.
    ("Sáng 1-5, [Tổng LĐLĐVN]ORG và [Thành ủy]ORG tổ chức gặp mặt.", ()),
    ("Bà Trần Thị Hoa, [Chủ tịch TLĐLĐVN]ROLE, trao quà.", ()),
    ("Ông Lê Văn Bình - [chủ tịch MTTQVN TP Cần Thơ]ROLE - cho biết.", (("MTTQVN", "PER"),)),
    ("Đại diện [Hội LHPNVN]ORG phát biểu tại buổi lễ.", ()),
    ("Bà Hà Thị Khiết, [Chủ tịch HLHPNVN]ROLE, dự lễ.", ()),
    # Lookalikes: `VN` written apart is the country; glued to no body's abbreviation it
    # is no body.
    ("Ông là người [VN]LOC, sống ở [Pháp]LOC.", (("VN", "ORG"),)),
    ("Đội tuyển U23VN thắng đậm.", (("U23VN", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), GLUED_VN)
def test_an_abbreviated_body_with_vn_glued_on_is_the_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


BY_FUNCTION: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # An investigating agency named by its function alone is no one body.
    ("Cơ quan điều tra đang làm rõ nguồn tiền.", (("Cơ quan điều tra", "ORG"),)),
    (
        "Sau đó, Cơ quan cảnh sát điều tra đã triệu tập ông Hải.",
        (("Cơ quan cảnh sát điều tra", "ORG"),),
    ),
    ("Cơ quan điều tra hình sự đã vào cuộc.", (("Cơ quan điều tra hình sự", "ORG"),)),
    # Lookalikes: with its owner after it, or named with capitals, it is one body.
    ("[Cơ quan điều tra - Công an Hải Phòng]ORG đã khởi tố bị can.", ()),
    ("[Cơ quan CSĐT Công an tỉnh Thanh Hóa]ORG cho biết.", ()),
    ("Ông bị [Cơ quan An ninh Điều tra]ORG đề nghị truy tố.", ()),
    # A body followed by `địa phương` is the local one, wherever.
    ("Tòa yêu cầu UBND địa phương phục hồi quyền lợi cho ông.", (("UBND", "ORG"),)),
    ("[UBND tỉnh Lào Cai]ORG và các địa phương khác đã họp.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), BY_FUNCTION)
def test_a_body_by_function_or_local_is_no_one_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


PLANTS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A works of a heavy-industry or arms kind in lower case: the name after it is the place.
    ("Lữ đoàn rút về nhà máy luyện kim [Illich]LOC ở phía tây.", ()),
    ("Binh sĩ cố thủ trong nhà máy hóa chất [Azot]LOC suốt hai tuần.", ()),
    ("Tên lửa đánh trúng nhà máy sản xuất vũ khí [Artem]LOC ở [Kiev]LOC.", ()),
    ("Khu vực nhà máy lọc hóa dầu [Nghi Sơn]LOC được bảo vệ.", ()),
    # Lookalikes: a bare `nhà máy` before a company, a consumer plant named by its company.
    ("[Samsung]ORG mở thêm nhà máy ở [Thái Nguyên]LOC.", ()),
    ("Nhà máy mới của hãng sẽ hoạt động vào tháng 6.", (("Nhà máy mới", "LOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), PLANTS)
def test_the_name_after_a_plant_of_a_heavy_kind_is_a_place(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


ASIDES_AND_NAMES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # An occupation alone in brackets right after a name is the person's post.
    ("Ba bị cáo: [Ngô Văn Hải]PER ([bác sĩ]ROLE), [Lý Thị Hồng]PER ([kế toán]ROLE).", ()),
    ("Nhóm gồm [Phan Văn Lộc]PER ([thủ quỹ]ROLE) và [Hà Văn Tâm]PER ([luật sư]ROLE).", ()),
    # Lookalikes: staff by kind, a place in brackets, the trade bare in a sentence.
    ("[Vũ Văn Hoàng]PER (nhân viên) và [Đỗ Văn Tú]PER (cán bộ địa chính) bị khởi tố.", ()),
    ("[Trần Văn Nam]PER ([Hà Nội]LOC) cho biết.", (("Hà Nội", "ROLE"),)),
    ("Công ty làm sai nghiệp vụ kế toán nhiều năm.", (("kế toán", "ROLE"),)),
    # A woman's name with the middle name `Thị` is a name whatever her family name.
    ("Hội đồng gồm: [Thái Thị Lan]PER ([phó chủ tịch]ROLE), [Lê Văn Hòa]PER.", ()),
    ("Tham dự có [Đinh Thị Hồng Nhung]PER và [Cù Thị Hậu]PER.", ()),
    (
        "Đại diện nữ công nhân, CN [Lê Thị Thanh Mai]PER, phát biểu.",
        (("CN Lê Thị Thanh Mai", "PER"),),
    ),
    # Lookalikes: `Thị` of a town or a town's area.
    ("Ông về Thị xã Sơn Tây nhậm chức.", (("Thị xã Sơn", "PER"),)),
    ("Khu Đô Thị Mới sẽ mở rộng.", (("Đô Thị Mới", "PER"),)),
]


@pytest.mark.parametrize(("line", "wrong"), ASIDES_AND_NAMES)
def test_occupations_in_brackets_and_names_with_thi(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


POSTS_AND_STANDING: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A post keeps the body it belongs to after `của`, a company or an outlet too.
    ("Ông Hải - [trưởng phòng kế hoạch của Vinaconex 2]ROLE - được triệu tập.", ()),
    ("Ông Lâm, [trưởng phòng kế hoạch Sở Y tế]ROLE, cho biết.", ()),
    ("Đây là ý kiến của [Bộ trưởng của Bộ Y tế]ROLE.", ()),
    # Lookalikes: a numbered plan after `ban` is no section; a body after a comma
    # stands alone.
    ("[Trưởng ban]ROLE kế hoạch 107 đã ký.", (("Trưởng ban kế hoạch 107", "ROLE"),)),
    ("Ý kiến của [Bộ trưởng]ROLE, của [Bộ Tài chính]ORG đều thống nhất.", ()),
    # The standing members of a body are that body's ORG, lower case too.
    ("Tại buổi làm việc với [thường trực Chính phủ]ORG, các đại biểu đặt câu hỏi.", ()),
    ("[Thường trực Đảng ủy xã]ORG đã họp.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), POSTS_AND_STANDING)
def test_a_post_keeps_its_owner_and_standing_members_are_a_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


SPELLED: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A name whose initials spell the abbreviation in brackets after it is one body.
    ("Tỉnh xây mới [Bệnh viện Phục hồi chức năng (PHCN)]ORG năm nay.", ()),
    ("Nhóm cực hữu [Ukrainian Patriotic Front (UPF)]ORG bị cấm.", ()),
    ("Hai nhóm [Right Sector (RS)]ORG và [National Corps (NC)]ORG tham chiến.", ()),
    # A dotted abbreviation in brackets, then the term, stay in the body.
    ("Người được [Ban chấp hành Trung ương (BCHT.Ư) khóa X]ORG giới thiệu.", ()),
    # Lookalikes: a spelled Vietnamese phrase without a head of bodies, initials that
    # do not spell it.
    (
        "Xã cấp giấy chứng nhận quyền sử dụng (GCNQSD) cho dân.",
        (("quyền sử dụng (GCNQSD)", "ORG"),),
    ),
    ("Họ bàn về trí tuệ nhân tạo (TTNT) hôm qua.", (("trí tuệ nhân tạo (TTNT)", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), SPELLED)
def test_a_name_spelling_its_bracketed_abbreviation_is_one_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


AMPERSANDS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # `&` or an escaped `&amp;` for `và` inside a ministry's or department's field.
    ("Ông Sơn ([phó Phòng Lao động - thương binh &amp; xã hội huyện Kỳ Anh]ROLE).", ()),
    ("Ông Hà, [Giám đốc Sở Tài nguyên & Môi trường tỉnh Lào Cai]ROLE, cho biết.", ()),
    ("[Bộ Văn hóa, Thể thao &amp; Du lịch]ORG vừa có văn bản.", ()),
    # Lookalike: the district inside the post is no place of its own.
    ("Bà Lan ([trưởng Phòng Tài nguyên & Môi trường huyện Kỳ Sơn]ROLE).", (("Kỳ Sơn", "LOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), AMPERSANDS)
def test_an_ampersand_stands_for_va_inside_a_field(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


ARMS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # Lowercase after soldiers or an unnumbered unit, an arm says what kind of
    # soldiers: the state stays a LOC.
    (
        "Hàng trăm binh sĩ thủy quân lục chiến [Nga]LOC đổ bộ.",
        (("thủy quân lục chiến Nga", "ORG"),),
    ),
    ("Cả tiểu đoàn hải quân [Ukraine]LOC rút khỏi cảng.", (("hải quân Ukraine", "ORG"),)),
    # After `lực lượng` the force is one ORG with it; capitalised the arm names the force.
    ("Hôm qua, [lực lượng vệ binh quốc gia Belarus]ORG tập trận.", ()),
    ("[Không quân Israel]ORG đã không kích.", ()),
    ("Tàu của [Hải quân Mỹ]ORG cập cảng.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), ARMS)
def test_an_arm_with_its_state_is_a_force_or_soldiers_of_the_state(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


NUMBERED_COMPANIES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A member company keeps its number before a verb too.
    ("Các gói thầu do [Vinaconex 2]ORG làm nhà thầu đã bị dừng.", ()),
    ("[Cienco 4]ORG đã trúng thầu đoạn tuyến này.", ()),
    # Lookalikes: a number that counts years or money.
    ("[Viettel]ORG 5 năm liền đứng đầu.", (("Viettel 5", "ORG"),)),
    ("[Vinaconex]ORG 3 tỷ đồng được chi.", (("Vinaconex 3", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), NUMBERED_COMPANIES)
def test_a_member_company_keeps_its_number_before_a_verb(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


SUB_UNITS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A lowercase unit with a name of its own, then its parent body or province: one ORG.
    ("Ông được chuyển về [đội cảnh sát giao thông Công an huyện Gia Lâm]ORG.", ()),
    ("Bà Hoa, cán bộ [phòng PID2 - PMU18]ORG, được triệu tập.", ()),
    ("Họ nguyên là cán bộ [hội đồng giám định y khoa tỉnh Nghệ An]ORG.", ()),
    ("[Lê Văn Tư]PER (cán bộ [chi nhánh Công ty Vật tư Nam Định]ORG) bị bắt.", ()),
    # Lookalikes: the verb `phòng chống`, a unit without a name, a team of sport.
    ("Công tác phòng chống tham nhũng của [Bộ Công an]ORG được đẩy mạnh.", ()),
    ("Ông làm ở văn phòng [Tỉnh ủy Gia Lai]ORG.", (("văn phòng Tỉnh ủy Gia Lai", "ORG"),)),
    ("Anh về đội bóng [Hải Phòng]LOC năm ngoái.", (("đội bóng Hải Phòng", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), SUB_UNITS)
def test_a_lowercase_unit_before_its_parent_is_one_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


ASSOCIATION: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A body named inside a post or an event makes its bare capitalised head that body
    # later, and right after a post the post's body.
    (
        "Ông Lâm làm [Chủ tịch Hội Nông dân Việt Nam]ROLE. Ông Lâm được bầu làm"
        " [Chủ tịch Hội]ROLE, nhiệm kỳ mới. Năm tới [Hội]ORG sẽ mở thêm chi hội.",
        (),
    ),
    (
        "[Đại hội đại biểu Hội Cựu chiến binh tỉnh]EVENT bế mạc. Mọi hoạt động của"
        " [Hội]ORG đều công khai.",
        (),
    ),
    # Lookalikes: no body named before, a word it starts, a name it ends.
    ("Khi ấy Hội mới có 300 hội viên, ông Lâm làm Chủ tịch Hội.", (("Hội", "ORG"),)),
    (
        "Ông Lâm làm [Chủ tịch Hội Nông dân Việt Nam]ROLE. Tại [Hội nghị]EVENT, ông phát biểu.",
        (("Hội", "ORG"),),
    ),
    (
        "Ông là [Chủ tịch Hội Khuyến học tỉnh]ROLE. Ông [Trần Văn Hội]PER phát biểu.",
        (("Hội", "ORG"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), ASSOCIATION)
def test_a_bare_head_of_a_body_named_in_a_post_is_that_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


PEOPLE_OF_A_TRADE: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A bare trade of courts and police after a plural, or a bare post after the
    # classifier `viên`, names people, no post.
    ("Ông Hải sẽ được các điều tra viên hỏi thêm.", (("điều tra viên", "ROLE"),)),
    ("Những kiểm sát viên trẻ được tập huấn.", (("kiểm sát viên", "ROLE"),)),
    ("Trong video, viên chỉ huy nói rằng đơn vị đã rút.", (("chỉ huy", "ROLE"),)),
    # Lookalikes: with a name or a body the post is held; plural posts stay ROLEs.
    ("[Điều tra viên]ROLE [Lê Văn Tâm]PER hỏi cung.", ()),
    ("Sau đó, viên [chỉ huy tiểu đoàn Azov]ROLE cho biết.", ()),
    ("Các [Phó Thủ tướng]ROLE dự họp.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), PEOPLE_OF_A_TRADE)
def test_a_plural_trade_or_a_post_after_vien_names_people(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


COMMANDS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A state's military command keeps the region it holds after `tại`, in a post too.
    ("Ông được cử làm [Tư lệnh Bộ chỉ huy Mỹ tại châu Âu]ROLE.", ()),
    ("Theo [Bộ chỉ huy Nga tại Syria]ORG, vụ tấn công đã bị đẩy lùi.", ()),
    # Lookalikes: a Vietnamese command's seat, a command post.
    ("[Bộ Tư lệnh Thủ đô]ORG tại [Hà Nội]LOC tổ chức lễ.", ()),
    ("Sở chỉ huy được đặt tại [Kiev]LOC.", (("Sở chỉ huy", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), COMMANDS)
def test_a_foreign_command_keeps_its_region(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


ENVOY_TOPICS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # An envoy's remit in title case after `về` is part of the post.
    ("Bà Lan, [Đặc phái viên của Tổng thống Pháp về Biến đổi Khí hậu]ROLE, tới.", ()),
    ("[Đặc sứ về Nhân quyền]ROLE [Ahmed Shaheed]PER tới thăm.", ()),
    # Lookalikes: a place or a lowercase topic after `về` stays outside.
    ("Ông là [Đặc phái viên Liên hợp quốc]ROLE về [Myanmar]LOC.", ()),
    ("[Đặc phái viên của Tổng thống]ROLE về biến đổi khí hậu đã tới.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), ENVOY_TOPICS)
def test_an_envoy_keeps_a_title_cased_remit(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


COURTS_ABROAD: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # The arbitral tribunal of a case, lower case too, and the international courts.
    ("Phán quyết của [tòa trọng tài]ORG đã được công bố.", ()),
    ("[Tòa Trọng tài]ORG bác yêu sách của bên kia.", ()),
    ("Vụ việc được đưa ra [Tòa án Quốc tế về Luật biển]ORG.", ()),
    ("[Tòa án Nhân quyền châu Âu]ORG ra phán quyết.", ()),
    # Lookalikes: arbitration as a means, a referee of a match.
    ("Hai bên đưa tranh chấp ra trọng tài quốc tế.", (("trọng tài quốc tế", "ORG"),)),
    ("Trọng tài chính đã rút thẻ đỏ.", (("Trọng tài", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), COURTS_ABROAD)
def test_the_arbitral_tribunal_and_international_courts_are_bodies(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
