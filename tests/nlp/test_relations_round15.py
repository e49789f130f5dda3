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
