"""Relation patterns of round 15, second part: posts, cues, banquets, biographies, brackets and acts.

Each kind with invented sentences and lookalikes where it must not fire
(see test_relations_round15.py for the first part).
"""

from __future__ import annotations

import pytest

from tests.nlp.marked import suggested_pairs

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
