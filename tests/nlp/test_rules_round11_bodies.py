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
