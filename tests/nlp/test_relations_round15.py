"""Round 15 relations: kinds of error seen in at least three tune sets, in invented sentences.

Each sentence is written here, not copied from an article; its spans are
marked `[surface]LABEL` and the expected pairs are listed by surface.
Lookalikes sit beside the patterns and must get what they list.
"""

from __future__ import annotations

import pytest

from tests.nlp.marked import suggested_pairs

NAME_LISTS: list[tuple[str, set[tuple[str, str]]]] = [
    # The objects of an action listed after it: each takes part.
    (
        "Cơ quan điều tra đã [đình chỉ bị can]EVENT [Trần Văn Bình]PER, [Lê Hữu Tâm]PER "
        "và [Ngô Thị Hạnh]PER.",
        {
            ("Trần Văn Bình", "đình chỉ bị can"),
            ("Lê Hữu Tâm", "đình chỉ bị can"),
            ("Ngô Thị Hạnh", "đình chỉ bị can"),
        },
    ),
    # A case's suspension joined to a suspect's: the case is no person's.
    (
        "Viện kiểm sát đã [đình chỉ vụ án]EVENT và [đình chỉ bị can]EVENT [Đỗ Văn Lực]PER "
        "và [Phan Thị Mơ]PER.",
        {("Đỗ Văn Lực", "đình chỉ bị can"), ("Phan Thị Mơ", "đình chỉ bị can")},
    ),
    # The owners of an act after `của`, even inside a request to the court.
    (
        "Đại diện viện kiểm sát đề nghị tòa bác [kháng cáo]EVENT của [Hồ Văn Sơn]PER, "
        "[Vi Thị Lan]PER và [Đàm Quang Huy]PER.",
        {("Hồ Văn Sơn", "kháng cáo"), ("Vi Thị Lan", "kháng cáo"), ("Đàm Quang Huy", "kháng cáo")},
    ),
    # A subject of two names and an opening clause: both take part in both.
    (
        "Tại [phiên xử]EVENT, bị cáo [Tạ Minh]PER và [Kha Lâm]PER bị [tuyên phạt]EVENT 3 năm tù.",
        {
            ("Tạ Minh", "phiên xử"),
            ("Kha Lâm", "phiên xử"),
            ("Tạ Minh", "tuyên phạt"),
            ("Kha Lâm", "tuyên phạt"),
        },
    ),
    # Lookalikes: a semicolon parts two clauses; a name after a verb is no list member;
    # a request of an arrest keeps its object out.
    (
        "[Lò Văn Pha]PER [gặp]EVENT [Bộ trưởng]ROLE [Jean Morin]PER; [Thứ trưởng]ROLE "
        "[Vũ Hải]PER có [cuộc làm việc]EVENT tại Bộ Ngoại giao.",
        {("Lò Văn Pha", "gặp"), ("Jean Morin", "gặp"), ("Vũ Hải", "cuộc làm việc")},
    ),
    (
        "Công an tỉnh đề nghị cho phép [bắt tạm giam]EVENT ông [Kim Văn Tú]PER và [Sơn Hà]PER.",
        set(),
    ),
]

GROUPS: list[tuple[str, set[tuple[str, str]]]] = [
    # A counted group with `khác` before its act, its list after `là`.
    (
        "4 bị can khác cũng bị [đề nghị truy tố]EVENT về cùng tội danh là [Mạc Văn Khoa]PER "
        "(nguyên phó phòng), [Ông Thị Nụ]PER và [La Văn Tiến]PER.",
        {
            ("Mạc Văn Khoa", "đề nghị truy tố"),
            ("Ông Thị Nụ", "đề nghị truy tố"),
            ("La Văn Tiến", "đề nghị truy tố"),
        },
    ),
    # A long charge before `bao gồm:`.
    (
        "Công an tỉnh đã [khởi tố]EVENT 3 bị can của công ty về tội cố ý làm trái quy định "
        "của Nhà nước về quản lý kinh tế gây hậu quả nghiêm trọng và tội thiếu trách nhiệm gây "
        "hậu quả nghiêm trọng bao gồm: [Hà Văn Đức]PER, [Cù Thị Yến]PER và [Lạc Văn Thông]PER.",
        {("Hà Văn Đức", "khởi tố"), ("Cù Thị Yến", "khởi tố"), ("Lạc Văn Thông", "khởi tố")},
    ),
    # Lookalike: another clause (a comma) before the `là`, the event out of the reach of
    # the nearest-event pattern.
    (
        "Tòa đã [xét xử]EVENT 3 bị cáo trong phiên kéo dài suốt ngày hôm qua tại hội trường "
        "lớn của tỉnh, người viết bài này là [Viên Văn Hào]PER.",
        set(),
    ),
]


@pytest.mark.parametrize(("line", "expected"), NAME_LISTS)
def test_the_people_of_one_list_share_its_act(line: str, expected: set[tuple[str, str]]) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == expected


@pytest.mark.parametrize(("line", "expected"), GROUPS)
def test_a_counted_group_lists_its_members_after_a_long_charge(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == expected


FRAMES_AND_SUBJECTS: list[tuple[str, set[tuple[str, str]]]] = [
    # An opening frame whose date and topic run on to the subject.
    (
        "Tại [cuộc họp báo]EVENT [chiều 12-5]DATE về chính sách đất đai và việc bồi thường "
        "cho người dân, ông [Lưu Văn Cần]PER - [trưởng ban]ROLE - cho biết sẽ sửa luật.",
        {("Lưu Văn Cần", "cuộc họp báo")},
    ),
    (
        "Trong [buổi tiếp xúc cử tri]EVENT tại [Cần Thơ]LOC, [ngày 3-7]DATE, bà [Y Lan]PER "
        "nói rằng đường sẽ được làm xong.",
        {("Y Lan", "buổi tiếp xúc cử tri")},
    ),
    # A subject with his post in commas or dashes before his act.
    (
        "[Ngày 9/9]DATE, [đại tá]ROLE [Hà Công Lý]PER, [Phó Giám đốc Công an tỉnh]ROLE "
        "[ký biên bản bàn giao]EVENT khu đất cho thành phố.",
        {("Hà Công Lý", "ký biên bản bàn giao")},
    ),
    (
        "Ông [Tô Văn Nghĩa]PER – [Chủ tịch UBND huyện]ROLE – đã [từ chức]EVENT.",
        {("Tô Văn Nghĩa", "từ chức")},
    ),
    # Lookalikes: a post acting on another (a verb between the posts); a frame broken by
    # a sentence; words after the post aside.
    (
        "Trong [cuộc họp]EVENT không có đại diện của [Đảng Khu vực]ORG cầm quyền và các "
        "đồng minh của đảng này, [Chủ tịch Quốc hội]ROLE đòi [Tổng thống]ROLE [Ivan Petrov]PER "
        "rút quân.",
        set(),
    ),
    (
        "Tại [hội nghị]EVENT năm ngoái nhiều người vắng. Năm nay, ông [Kiều Hưng]PER vẫn làm.",
        set(),
    ),
    (
        "Ông [Tô Văn Nghĩa]PER, [Chủ tịch UBND huyện]ROLE, cho hay con ông sẽ [từ chức]EVENT.",
        set(),
    ),
]


@pytest.mark.parametrize(("line", "expected"), FRAMES_AND_SUBJECTS)
def test_a_frame_or_a_subject_across_his_posts_takes_part(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == expected


DATES: list[tuple[str, set[tuple[str, str]]]] = [
    # A date of a period of work, a plan or a budget after the event.
    (
        "[Ngày 4-1]DATE, [Hội Nông dân tỉnh]ORG đã [họp tổng kết]EVENT, đề ra kế hoạch "
        "[năm 2024]DATE.",
        {("họp tổng kết", "Ngày 4-1")},
    ),
    (
        "[Kỳ họp thứ 7]EVENT sẽ xem xét dự toán ngân sách [2025]DATE.",
        set(),
    ),
    # A source's or a publication's date.
    (
        "Trong bài viết trên [Báo Tuổi Trẻ]ORG [ngày 2/5]DATE về [vụ sạt lở]EVENT, tác giả nêu rõ.",
        set(),
    ),
    (
        "Theo nguồn tin từ [Công an tỉnh]ORG [ngày 7-8]DATE, [cuộc khám xét]EVENT đã xong.",
        set(),
    ),
    # A case named with `vụ` keeps no date; an incident does.
    (
        "[Vụ kiện]EVENT bắt nguồn từ sự việc xảy ra [ngày 9/9/2001]DATE.",
        set(),
    ),
    (
        "[Vụ tấn công]EVENT xảy ra [hôm 2/3]DATE tại cảng.",
        {("Vụ tấn công", "hôm 2/3")},
    ),
    # An event in a bracket about someone, the date outside.
    (
        "[Tối 5-6]DATE, bị can [Đoàn Văn Cư]PER (bị [truy nã]EVENT về tội lừa đảo) đã về nước.",
        set(),
    ),
    # A date right after its event beats a later held one.
    (
        "Trước đó, tại [phiên họp bất thường]EVENT [hôm 3/4]DATE, [Quốc hội]ORG cấm tiến hành "
        "[chiến dịch trấn áp]EVENT.",
        {("phiên họp bất thường", "hôm 3/4")},
    ),
    # A time of day after a bill's name is the discussion's; a passive act at an event;
    # a coming act told.
    (
        "Các đại biểu bắt đầu [buổi thảo luận]EVENT về [dự luật Đất đai]DOC, [chiều 20/5]DATE.",
        {("buổi thảo luận", "chiều 20/5")},
    ),
    (
        "Văn kiện được thông qua vào [sáng 2/3]DATE tại [cuộc thảo luận]EVENT của các bên.",
        {("cuộc thảo luận", "sáng 2/3")},
    ),
    (
        "Ông [Hà Tín]PER cho biết [ngày 9-5]DATE ban giám đốc sẽ [họp]EVENT để xử lý.",
        {("họp", "ngày 9-5")},
    ),
    # Adjacent steps of one order take the opening date.
    (
        "[Ngày 3/12]DATE, [Công an tỉnh]ORG thực hiện lệnh [khởi tố]EVENT [bắt tạm giam]EVENT "
        "đối với [Lò Văn Hải]PER.",
        {("khởi tố", "Ngày 3/12"), ("bắt tạm giam", "Ngày 3/12")},
    ),
    # Lookalikes: a document's date after its name; a statement's own date.
    (
        "[Quyết định số 12/QĐ]DOC, [ngày 5-3]DATE yêu cầu tổ chức [hội nghị]EVENT.",
        set(),
    ),
    (
        "[Bộ trưởng]ROLE thông báo trên mạng [hôm 7/3]DATE rằng [chiến dịch]EVENT đã xong.",
        set(),
    ),
]


@pytest.mark.parametrize(("line", "expected"), DATES)
def test_a_date_goes_to_its_own_event_only(line: str, expected: set[tuple[str, str]]) -> None:
    assert suggested_pairs(line, "WHEN") == expected


OPENING_POSTS: list[tuple[str, set[tuple[str, str]]]] = [
    # A post opening the sentence or a source, a comma or dash, then the name.
    (
        "[Chủ nhiệm Ủy ban Pháp luật]ROLE, bà [Lê Thị Nga]PER cho rằng luật cần sửa.",
        {("Lê Thị Nga", "Chủ nhiệm Ủy ban Pháp luật")},
    ),
    (
        "Theo [thị trưởng thành phố Kharkiv]ROLE, [Ihor Terekhov]PER, 5 người thiệt mạng.",
        {("Ihor Terekhov", "thị trưởng thành phố Kharkiv")},
    ),
    (
        "“Phải xử nghiêm”, [bí thư Trung ương Đảng]ROLE, [trưởng Ban Nội chính]ROLE - ông "
        "[Phan Đình Trạc]PER - nhận xét.",
        {("Phan Đình Trạc", "bí thư Trung ương Đảng"), ("Phan Đình Trạc", "trưởng Ban Nội chính")},
    ),
    (
        "Trong khi đó, [lãnh đạo phe ly khai]ROLE, [Denis Pushilin]PER nói.",
        {("Denis Pushilin", "lãnh đạo phe ly khai")},
    ),
    # Lookalikes: a post that follows another person's name; a post mid-sentence after
    # a verb.
    (
        "Ông [Lê Văn Tám]PER, [Bộ trưởng]ROLE, bà [Hà Thu]PER cùng dự.",
        {("Lê Văn Tám", "Bộ trưởng")},
    ),
    (
        "Hội nghị đã nghe ý kiến của nhiều [đại biểu]ROLE, ông [Vũ Minh]PER đề nghị.",
        set(),
    ),
]


@pytest.mark.parametrize(("line", "expected"), OPENING_POSTS)
def test_a_post_opening_the_clause_belongs_to_the_name_after_its_comma(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "HOLDS") == expected


CUE_WORDS: list[tuple[str, set[tuple[str, str]]]] = [
    # `dự` of a forecast, a plan or a budget is no attendance.
    (
        "Theo [chuyên gia]ROLE [Jan Novak]PER, tung ra dự báo về thời điểm [cuộc tấn công]EVENT "
        "là việc khó.",
        set(),
    ),
    (
        "Ông [Lê Bảo]PER cho biết có công ty dự chi 800 triệu đồng cho [lễ đón bằng khen]EVENT.",
        set(),
    ),
    # … while attending still cues.
    (
        "Ông [Lê Bảo]PER dự [lễ đón bằng khen]EVENT.",
        {("Lê Bảo", "lễ đón bằng khen")},
    ),
    # A `của` inside the event's own name cues nothing.
    (
        "[Chuyên gia]ROLE [Krejci]PER chỉ ra, Mỹ vẫn nói rằng [cuộc tấn công của Nga]EVENT sắp tới.",
        set(),
    ),
    # Those listed as absent take no part.
    (
        "Hai đại biểu không tham dự [Đại hội]EVENT gồm ông [Vũ Đức]PER và ông [Lý Hà]PER.",
        set(),
    ),
    (
        "[Phiên tòa]EVENT gồm các bị cáo [Vũ Đức]PER và [Lý Hà]PER.",
        {("Vũ Đức", "Phiên tòa"), ("Lý Hà", "Phiên tòa")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), CUE_WORDS)
def test_words_that_only_look_like_cues_of_taking_part(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == expected


RECEPTIONS: list[tuple[str, set[tuple[str, str]]]] = [
    # A banquet's host (its subject) and its guest (its object, a manner word between).
    (
        "[Tối 3/5]DATE, [Thủ tướng]ROLE [Phạm Văn Lâm]PER tổ chức [chiêu đãi]EVENT trọng thể "
        "[Tổng thống]ROLE [Jean Dupont]PER.",
        {("Phạm Văn Lâm", "chiêu đãi"), ("Jean Dupont", "chiêu đãi")},
    ),
    (
        "[Nhà vua]ROLE phát biểu tại [tiệc chiêu đãi]EVENT [Chủ tịch nước]ROLE [Võ Thanh]PER.",
        {("Võ Thanh", "tiệc chiêu đãi")},
    ),
    # Lookalike: a report right after a banquet's name is no guest.
    (
        "Sau [buổi chiêu đãi]EVENT, báo chí hỏi chuyện nhiều người; bà [Mai Lan]PER không nói.",
        set(),
    ),
]


@pytest.mark.parametrize(("line", "expected"), RECEPTIONS)
def test_a_banquet_has_its_host_and_its_guest(line: str, expected: set[tuple[str, str]]) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == expected


PRONOUNS: list[tuple[str, set[tuple[str, str]]]] = [
    # A biography goes on with `ông`/`bà` and the posts, across sentences of its line.
    (
        "Ông [Trịnh Văn Hòa]PER, sinh [năm 1950]DATE. Từ [năm 2001]DATE, ông là "
        "[Thứ trưởng Tư pháp]ROLE, [Chủ nhiệm Ủy ban]ROLE. Trước đó, ông từng là "
        "[Vụ trưởng]ROLE; [đại sứ tại Lào]ROLE.",
        {
            ("Trịnh Văn Hòa", "Thứ trưởng Tư pháp"),
            ("Trịnh Văn Hòa", "Chủ nhiệm Ủy ban"),
            ("Trịnh Văn Hòa", "Vụ trưởng"),
            ("Trịnh Văn Hòa", "đại sứ tại Lào"),
        },
    ),
    (
        "Sai phạm của ông [Kha]PER xảy ra khi ông này còn là [trưởng phòng địa chính]ROLE.",
        {("Kha", "trưởng phòng địa chính")},
    ),
    # Lookalikes: no person before on the line; a post after another verb.
    (
        "Ông từng là [Vụ trưởng]ROLE trước khi nghỉ hưu.",
        set(),
    ),
    (
        "Ông [Kha]PER nói ông rất quý [trưởng phòng]ROLE mới.",
        set(),
    ),
]


@pytest.mark.parametrize(("line", "expected"), PRONOUNS)
def test_a_biography_gives_its_posts_to_the_pronoun_of_the_last_name(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "HOLDS") == expected


BRACKETS: list[tuple[str, set[tuple[str, str]]]] = [
    # A date in a bracket goes to the event of the same bracket.
    (
        "Năm ấy từng có [xung đột]EVENT ở [Abkhazia]LOC (cuộc “[Chiến tranh 4 ngày]EVENT” giữa "
        "hai bên [tháng 5/2004]DATE); trong [Đại hội thể thao]EVENT sau đó có biểu tình.",
        {("Chiến tranh 4 ngày", "tháng 5/2004")},
    ),
    # Lookalike: a session's dates in a bracket after it, no event inside.
    (
        "[Kỳ họp thứ 9]EVENT ([20/5]DATE) sẽ xem xét luật.",
        {("Kỳ họp thứ 9", "20/5")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), BRACKETS)
def test_a_bracketed_date_goes_to_the_event_of_its_bracket(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "WHEN") == expected


OPENING_ACTS: list[tuple[str, set[tuple[str, str]]]] = [
    # The subject's own act opening the sentence as a clause.
    (
        "[Trả lời chất vấn]EVENT về việc chậm trả lương cho giáo viên, ông [Hồ Đức Lâm]PER "
        "cho biết sẽ sửa.",
        {("Hồ Đức Lâm", "Trả lời chất vấn")},
    ),
    # A subject who begins or ends his part of the event.
    (
        "Ngay sau khi [Bộ trưởng]ROLE [Vũ Hải]PER kết thúc phần [trả lời chất vấn]EVENT, "
        "nhiều đại biểu hỏi tiếp.",
        {("Vũ Hải", "trả lời chất vấn")},
    ),
    # Lookalikes: an event opening the sentence that is no act of its subject; an event
    # that ends before the subject's sentence does.
    (
        "[Vụ cháy]EVENT ở chợ làm nhiều người mất hàng hóa và tài sản, ông [Hồ Đức Lâm]PER "
        "cho biết.",
        set(),
    ),
    (
        "Ông [Vũ Hải]PER kết thúc bài viết bằng lời cảm ơn. [Hội nghị]EVENT kéo dài hai ngày.",
        set(),
    ),
]


@pytest.mark.parametrize(("line", "expected"), OPENING_ACTS)
def test_an_opening_act_or_a_part_begun_is_the_subjects(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == expected


HELD: list[tuple[str, set[tuple[str, str]]]] = [
    # A long opening before the act held: the date is the act's, not the attended meeting's.
    (
        "Trước đó, vào [15 giờ hôm qua]DATE, tại [Hội trường Thống Nhất]LOC, ngày làm việc thứ "
        "ba, dưới sự điều khiển của ông [Lý Văn Minh]PER, 900 đại biểu tham dự [Đại hội]EVENT "
        "đã tiến hành [bầu cử Ban Chấp hành]EVENT.",
        {("bầu cử Ban Chấp hành", "15 giờ hôm qua")},
    ),
    # Lookalike: the nearest event held itself keeps the date.
    (
        "[Sáng 2-3]DATE, hội đã khai mạc [phòng trưng bày ảnh]EVENT với nhiều ấn phẩm; rồi sẽ "
        "tổ chức [liên hoan]EVENT vào tuần sau.",
        {("phòng trưng bày ảnh", "Sáng 2-3")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), HELD)
def test_an_opening_date_goes_to_the_act_held(line: str, expected: set[tuple[str, str]]) -> None:
    assert suggested_pairs(line, "WHEN") == expected


REPORTS: list[tuple[str, set[tuple[str, str]]]] = [
    # A speaker whose verb of saying and a comma come before `tại [E]` reports on it.
    (
        "[Chủ nhiệm Văn phòng]ROLE [Đào Trí]PER cho biết, tại [kỳ họp thứ 9]EVENT sẽ có "
        "nhiều phiên chất vấn.",
        set(),
    ),
    (
        "Theo ông [Đào Trí]PER, tại [kỳ họp]EVENT trước, nhiều bộ trưởng đã trả lời.",
        set(),
    ),
    # Lookalike: said at the event, no comma between.
    (
        "Bà [Lê Hoa]PER cho biết tại [cuộc họp báo]EVENT rằng danh sách đã chốt.",
        {("Lê Hoa", "cuộc họp báo")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), REPORTS)
def test_a_speaker_reporting_on_a_session_takes_no_part(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == expected


SENDERS: list[tuple[str, set[tuple[str, str]]]] = [
    # One who invites, chooses or orders another to the event takes no part in it.
    (
        "Ông chuyển lời [Thủ tướng]ROLE [Ivan Horak]PER mời [Chủ tịch]ROLE [Lê Nam]PER "
        "[thăm chính thức]EVENT Séc.",
        {("Lê Nam", "thăm chính thức")},
    ),
    (
        "Đây là lý do [Tổng thống]ROLE [Obama]PER chọn ông đến dự [lễ kỷ niệm]EVENT.",
        set(),
    ),
    (
        "[Thống đốc]ROLE [Ali Hassan]PER ra lệnh cho quân đội đang tham gia [chiến dịch]EVENT "
        "rút về.",
        set(),
    ),
    # Lookalike: the one sent, `được … cử` before the verb.
    (
        "Cựu binh [John Hall]PER, người được [Tổng thống]ROLE cử làm đại diện dự "
        "[lễ kỷ niệm]EVENT, đã phát biểu.",
        {("John Hall", "lễ kỷ niệm")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), SENDERS)
def test_one_who_sends_another_to_an_event_takes_no_part(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == expected


JOINED_ACTS: list[tuple[str, set[tuple[str, str]]]] = [
    # A subject's event and the next one joined by `và`: he takes part in both.
    (
        "[Đại tá]ROLE [Oleg Ivanov]PER đã tham gia [cuộc chiến Chechnya]EVENT và "
        "[chiến dịch ở Syria]EVENT.",
        {("Oleg Ivanov", "cuộc chiến Chechnya"), ("Oleg Ivanov", "chiến dịch ở Syria")},
    ),
    (
        "Hai thẩm phán [Lò Văn Tâm]PER và [Vi Thị Hà]PER đã bị [truy tố]EVENT và đưa ra "
        "[xét xử]EVENT.",
        {
            ("Lò Văn Tâm", "truy tố"),
            ("Lò Văn Tâm", "xét xử"),
            ("Vi Thị Hà", "truy tố"),
            ("Vi Thị Hà", "xét xử"),
        },
    ),
    # Adjacent steps of one order, both about the person after `đối với`.
    (
        "Cơ quan an ninh đã thực hiện lệnh [khởi tố]EVENT [bắt tạm giam]EVENT đối với "
        "[Hồ Văn Lợi]PER.",
        {("Hồ Văn Lợi", "khởi tố"), ("Hồ Văn Lợi", "bắt tạm giam")},
    ),
    # Lookalike: another clause (a verb with its own subject) before the second event.
    (
        "Ông [Kha Văn Tú]PER đã dự [hội nghị]EVENT và sau đó tỉnh tổ chức [lễ trao giải]EVENT.",
        {("Kha Văn Tú", "hội nghị")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), JOINED_ACTS)
def test_a_subjects_joined_acts_are_all_his(line: str, expected: set[tuple[str, str]]) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == expected
