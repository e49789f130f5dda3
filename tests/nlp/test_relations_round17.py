"""Round 17 relations: kinds of error seen in at least three once-blind sets, in invented sentences.

Each sentence is written here, not copied from an article; its spans are
marked `[surface]LABEL` and the expected pairs are listed by surface.
Lookalikes sit beside the patterns and must get what they list.
"""

from __future__ import annotations

import pytest

from tests.nlp.marked import suggested_pairs

TOPICS: list[tuple[str, set[tuple[str, str]]]] = [
    # The date opens a clause whose act is telling or preparing; the event is its topic.
    (
        "[Sáng 12/5]DATE, Sở Nội vụ thông tin về kết quả [kỳ họp thứ 4]EVENT của Hội đồng.",
        set(),
    ),
    (
        "[Ngày 3-9]DATE, Ban Thường vụ họp bàn công tác chuẩn bị cho [Đại hội đại biểu lần "
        "thứ XV]EVENT của Đảng bộ tỉnh.",
        set(),
    ),
    (
        "[Hôm 8/6]DATE, đại sứ quán đã ra thông cáo bác bỏ các tin đồn “về [cuộc phong "
        "tỏa]EVENT sắp tới”.",
        set(),
    ),
    (
        "Đoạn phim được quay [năm 2017]DATE ở Kazan và không liên quan gì đến [cuộc "
        "bạo loạn]EVENT nói trên.",
        set(),
    ),
    (
        "[Năm 2008]DATE, các nhiệm vụ mà [Hội nghị Trung ương 7]EVENT sẽ đề ra cần được cụ thể hóa.",
        set(),
    ),
    # A topic first, an act joined after it keeps the date.
    (
        "[Chiều 2-7]DATE: Công bố kết quả [bỏ phiếu]EVENT, [lấy ý kiến]EVENT về nhân sự.",
        {("lấy ý kiến", "Chiều 2-7")},
    ),
    # Lookalikes: coming back to visit or work is an act at the date.
    (
        "[Sáng 20/3]DATE, Chủ tịch nước về [thăm]EVENT huyện đảo Cô Tô.",
        {("thăm", "Sáng 20/3")},
    ),
    (
        "[Chiều qua]DATE, đoàn công tác trở về [dự lễ kỷ niệm]EVENT tại quê nhà.",
        {("dự lễ kỷ niệm", "Chiều qua")},
    ),
    # ... the event held at the date, a topic after it (`[hội thảo] về …`).
    (
        "[Ngày 15/11]DATE, Bộ Tư pháp tổ chức [hội thảo]EVENT về dự thảo luật.",
        {("hội thảo", "Ngày 15/11")},
    ),
    # ... a date after the event is not this construction.
    (
        "Bộ Ngoại giao đã có thông cáo về [vụ tấn công]EVENT [hôm 4/2]DATE ở biên giới.",
        {("vụ tấn công", "hôm 4/2")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), TOPICS)
def test_an_event_named_as_a_topic_takes_no_date_of_its_clause(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "WHEN") == expected


SERIES: list[tuple[str, set[tuple[str, str]]]] = [
    # An opening date, the subject's first act, then its next acts further on.
    (
        "[Chiều 4-10]DATE, [Công an tỉnh Nam Định]ORG đã [khởi tố]EVENT ông [Trần Văn Lực]PER, "
        "[nguyên giám đốc sở]ROLE, áp dụng lệnh [cấm đi khỏi nơi cư trú]EVENT.",
        {("khởi tố", "Chiều 4-10"), ("cấm đi khỏi nơi cư trú", "Chiều 4-10")},
    ),
    (
        "[Sáng mai 9-3]DATE, đoàn Nhật Bản sẽ [làm việc]EVENT với các bộ, ngành của tỉnh và "
        "[ký kết biên bản ghi nhớ]EVENT về đào tạo nghề.",
        {("làm việc", "Sáng mai 9-3"), ("ký kết biên bản ghi nhớ", "Sáng mai 9-3")},
    ),
    (
        "[Tối 30-1]DATE, Hội Văn nghệ đã khai mạc [triển lãm ảnh]EVENT với 200 tác phẩm của "
        "các hội viên; đồng thời tổ chức [giao lưu thơ]EVENT với chủ đề mùa xuân.",
        {("triển lãm ảnh", "Tối 30-1"), ("giao lưu thơ", "Tối 30-1")},
    ),
    (
        "[Tối qua]DATE, [Liên hoan phim châu Á]EVENT đã bế mạc tại Đà Nẵng bằng [lễ trao "
        "giải]EVENT cho các phim xuất sắc.",
        {("Liên hoan phim châu Á", "Tối qua"), ("lễ trao giải", "Tối qua")},
    ),
    # Lookalikes: a bare comma of a list, a second date, an event told after `sau`.
    (
        "[Sáng 1/9]DATE, tỉnh đã [trao quyết định]EVENT cho 500 phạm nhân được tha tù trước "
        "thời hạn, [đặc xá]EVENT năm nay.",
        {("trao quyết định", "Sáng 1/9")},
    ),
    (
        "[Sáng 2-6]DATE, Bộ đã [kiểm tra]EVENT tuyến đường sắt và [ngày 5-6]DATE sẽ [họp]EVENT "
        "với các nhà thầu.",
        {("kiểm tra", "Sáng 2-6"), ("họp", "ngày 5-6")},
    ),
    (
        "[Chiều 21-3]DATE, Bộ đã [họp]EVENT với các cơ quan chức năng để rút kinh nghiệm sau "
        "[vụ sập cầu]EVENT.",
        {("họp", "Chiều 21-3")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), SERIES)
def test_an_opening_date_times_the_subjects_later_acts(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "WHEN") == expected


MET_LISTS: list[tuple[str, set[tuple[str, str]]]] = [
    # The people a visitor meets, listed with groups of people and joined posts between.
    (
        "[Thủ tướng]ROLE [Lê Hữu Tâm]PER sẽ [gặp]EVENT [Tổng thống]ROLE [Macron]PER, một số "
        "thành viên [Thượng viện Pháp]ORG, đại diện giới doanh nghiệp, [Tổng giám đốc "
        "UNESCO]ROLE [Audrey Azoulay]PER và kiều bào.",
        {("Lê Hữu Tâm", "gặp"), ("Macron", "gặp"), ("Audrey Azoulay", "gặp")},
    ),
    (
        "Chiều nay, ông [Kerry]PER [tiếp]EVENT [Bộ trưởng Quốc phòng]ROLE [Phan Văn Hòa]PER, "
        "[Phó Chủ tịch]ROLE kiêm [Tổng Thư ký Hội Hữu nghị]ROLE, [Thiếu tướng]ROLE "
        "[Đỗ Minh Quân]PER tại Hà Nội.",
        {("Kerry", "tiếp"), ("Phan Văn Hòa", "tiếp"), ("Đỗ Minh Quân", "tiếp")},
    ),
    # Lookalikes: things, not people, or a clause between the names end the list.
    (
        "Ông [Kerry]PER [tiếp]EVENT [Bộ trưởng]ROLE [Phan Văn Hòa]PER, một số văn kiện hợp "
        "tác, rồi [Đỗ Minh Quân]PER dự [hội thảo]EVENT.",
        {("Kerry", "tiếp"), ("Phan Văn Hòa", "tiếp"), ("Đỗ Minh Quân", "hội thảo")},
    ),
    (
        "Ông [Kerry]PER [tiếp]EVENT [Bộ trưởng]ROLE [Phan Văn Hòa]PER, đại diện hai bên đã "
        "trao đổi, [Đỗ Minh Quân]PER chủ trì [họp báo]EVENT.",
        {("Kerry", "tiếp"), ("Phan Văn Hòa", "tiếp"), ("Đỗ Minh Quân", "họp báo")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), MET_LISTS)
def test_the_people_listed_after_a_meeting_verb_take_part_in_it(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == expected


SPEAKERS_AFTER: list[tuple[str, set[tuple[str, str]]]] = [
    # The speaker's sentence follows the gathering's, or the one after it.
    (
        "Tại [hội nghị]EVENT, nhiều ý kiến được nêu ra. Các sở đều nhất trí. Giám đốc "
        "[Lý Văn Sơn]PER khẳng định sẽ làm ngay.",
        {("Lý Văn Sơn", "hội nghị")},
    ),
    # Lookalike: three sentences on, after others' plans were told, he is not at it.
    (
        "Tại [kỳ họp]EVENT vừa qua, Hội đồng đã quyết định giữ quy định. Sở Tư pháp sẽ tiếp "
        "tục nghiên cứu. Sau đó, Sở báo cáo Ủy ban. Chủ tịch [Lý Văn Sơn]PER khẳng định "
        "sẽ bãi bỏ nếu không hiệu quả.",
        set(),
    ),
]


@pytest.mark.parametrize(("line", "expected"), SPEAKERS_AFTER)
def test_a_speaker_two_sentences_on_at_most_speaks_at_the_gathering(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == expected


OCCASIONS_AND_CUT_OFFS: list[tuple[str, set[tuple[str, str]]]] = [
    # An occasion is no time of the event; the clock time of the same sentence is.
    (
        "Nhân dịp [Tết Nguyên đán 2025]DATE, [sáng 20-1]DATE, tại Hà Nội đã diễn ra [buổi "
        "gặp mặt]EVENT các cựu chiến binh.",
        {("buổi gặp mặt", "sáng 20-1")},
    ),
    # A cut-off opening a clause counts up to then; nothing happens at it.
    (
        "Như vậy, cho đến [chiều 10-3]DATE, danh sách đề cử của [đại hội]EVENT có 95 người.",
        set(),
    ),
    (
        "Đến hết [ngày 15-2]DATE, các đơn vị đã [kiểm tra]EVENT 400 cửa hàng.",
        set(),
    ),
    # Lookalikes: a duration's end after its verb, an event ending at a clock time.
    (
        "[Hội nghị]EVENT tiếp tục làm việc đến hết [ngày 12-6]DATE.",
        {("Hội nghị", "ngày 12-6")},
    ),
    (
        "Đến [21 giờ]DATE, [cuộc khám xét]EVENT mới kết thúc.",
        {("cuộc khám xét", "21 giờ")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), OCCASIONS_AND_CUT_OFFS)
def test_an_occasion_or_an_opening_cut_off_times_no_event(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "WHEN") == expected


COMING_GATHERINGS: list[tuple[str, set[tuple[str, str]]]] = [
    # A gathering opening the date's clause as the subject of coming acts: its act is timed.
    (
        "[Chiều mai (12-5)]DATE, [hội nghị]EVENT sẽ thông qua danh sách [bầu Ban Thường "
        "vụ]EVENT khóa mới.",
        {("bầu Ban Thường vụ", "Chiều mai (12-5)")},
    ),
    (
        "[Sáng nay]DATE, [Đại hội]EVENT sẽ [bỏ phiếu]EVENT bầu Ban Chấp hành.",
        {("bỏ phiếu", "Sáng nay")},
    ),
    (
        "[Sáng 9-10]DATE, [kỳ họp]EVENT sẽ nghe báo cáo của [Chính phủ]ORG.",
        set(),
    ),
    # ... not another gathering named after it as a topic: no act is timed.
    (
        "[Sáng mai]DATE, [đại hội]EVENT sẽ thảo luận các văn kiện [Đại hội XIV]EVENT.",
        set(),
    ),
    # Lookalikes: a gathering told as held, or not opening the clause, keeps the date.
    (
        "[Sáng nay 9/10]DATE, [Đại hội]EVENT đã họp phiên bế mạc tại hội trường.",
        {("Đại hội", "Sáng nay 9/10")},
    ),
    (
        "[Ngày 20-5]DATE sẽ khai mạc [kỳ họp]EVENT thứ năm.",
        {("kỳ họp", "Ngày 20-5")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), COMING_GATHERINGS)
def test_a_gathering_told_as_coming_leaves_the_date_to_its_act(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "WHEN") == expected


JUDGES: list[tuple[str, set[tuple[str, str]]]] = [
    # One who judges or comments on an event speaks of it; he takes no part through that.
    (
        "Giáo sư [Trần Hữu Dũng]PER của Đại học Wright nhận xét [chuyến thăm]EVENT này có ý "
        "nghĩa lớn.",
        set(),
    ),
    (
        "Nhà báo [Anna Lee]PER nhận định [chuyến đi]EVENT là một cột mốc.",
        set(),
    ),
    (
        "[Chủ tịch]ROLE [Vương Đình Huệ]PER đánh giá cao ý nghĩa [chuyến thăm]EVENT của đoàn.",
        set(),
    ),
    # Lookalikes: one who judges at the event, or after a frame of speaking at it.
    (
        "Ông [Lê Minh Khái]PER nhận xét tại [hội nghị]EVENT rằng tiến độ còn chậm.",
        {("Lê Minh Khái", "hội nghị")},
    ),
    (
        "Phát biểu tại [hội nghị]EVENT, ông [Lê Minh Khái]PER đánh giá cao các địa phương.",
        {("Lê Minh Khái", "hội nghị")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), JUDGES)
def test_one_who_judges_an_event_takes_no_part_in_it(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == expected


TERMS_BETWEEN: list[tuple[str, set[tuple[str, str]]]] = [
    # A term naming the event stands between it and its date: no time of its own.
    (
        "[Đại hội Đảng bộ tỉnh lần thứ XVIII]EVENT [nhiệm kỳ 2025-2030]DATE đã khai mạc "
        "[sáng 14-10]DATE tại Huế.",
        {("Đại hội Đảng bộ tỉnh lần thứ XVIII", "sáng 14-10")},
    ),
    # Lookalike: a date of its own between keeps the event from the later one.
    (
        "[Hội nghị]EVENT đã họp [ngày 2-5]DATE và bàn kế hoạch [ngày 9-5]DATE của Sở.",
        {("Hội nghị", "ngày 2-5")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), TERMS_BETWEEN)
def test_a_term_between_an_event_and_its_date_is_no_date_of_its_own(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "WHEN") == expected
