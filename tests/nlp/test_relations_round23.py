"""Round 23 relations: chains of acts, incidents, attendance after `Dự`, dates bound by
`vào`, runs of years, laws, modal subjects and described lists of names.

Each sentence is written here, not copied from an article; its spans are
marked `[surface]LABEL` and the expected pairs are listed by surface.
Lookalikes sit beside the patterns and must get what they list.
"""

from __future__ import annotations

import pytest

from tests.nlp.marked import suggested_pairs

Case = tuple[str, set[tuple[str, str]]]

CHAINS: list[Case] = [
    # One subject, his acts in commas: he takes part in each; each object in his own link.
    (
        "[Thủ tướng]ROLE [Lê Văn Ba]PER đã [hội đàm]EVENT với [Tổng thống]ROLE [Hà Văn Tư]PER, "
        "[hội kiến]EVENT với [Chủ tịch]ROLE [Trần Năm]PER, [gặp gỡ]EVENT các doanh nghiệp.",
        {
            ("Lê Văn Ba", "hội đàm"),
            ("Lê Văn Ba", "hội kiến"),
            ("Lê Văn Ba", "gặp gỡ"),
            ("Hà Văn Tư", "hội đàm"),
            ("Trần Năm", "hội kiến"),
        },
    ),
    # The object of a verb that is no event is no partner in the next link.
    (
        "[Thủ tướng]ROLE [Lê Văn Ba]PER dự kiến gặp [Tổng thống]ROLE [Hà Văn Tư]PER, "
        "[thăm]EVENT một trường đại học.",
        {("Lê Văn Ba", "thăm")},
    ),
    # Lookalike: a noun-headed event after the comma opens a clause of its own.
    (
        "[Ông]ROLE [Lê Văn Ba]PER đã [hội đàm]EVENT với [Tổng thống]ROLE [Hà Văn Tư]PER, "
        "[cuộc họp]EVENT kéo dài hai giờ.",
        {("Lê Văn Ba", "hội đàm"), ("Hà Văn Tư", "hội đàm")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), CHAINS)
def test_a_chain_of_acts_gives_the_subject_every_link_and_each_object_its_own(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == expected


INCIDENTS: list[Case] = [
    # The date of an act told about an incident, or of what it caused, is not the incident's.
    (
        "Tổng thống nước này [hôm 5/6]DATE đã lên án [vụ đánh bom khách sạn]EVENT ở thủ đô.",
        set(),
    ),
    ("[Ngày 20/5]DATE, tòa án tỉnh sẽ xét xử [vụ án tham ô]EVENT này.", set()),
    (
        "Dư âm của [tai nạn xe khách]EVENT đã khiến an toàn giao thông thành chủ đề nóng "
        "tại hội trường, [sáng nay]DATE.",
        set(),
    ),
    # Lookalikes: the incident's own date, right after it or with no act between.
    (
        "Tổng thống đã lên án [vụ đánh bom khách sạn]EVENT [hôm 5/6]DATE ở thủ đô.",
        {("vụ đánh bom khách sạn", "hôm 5/6")},
    ),
    (
        "[Ngày 20/5]DATE, [vụ tai nạn]EVENT xảy ra trên quốc lộ 1.",
        {("vụ tai nạn", "Ngày 20/5")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), INCIDENTS)
def test_an_incident_is_not_timed_by_the_date_of_another_act_about_it(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "WHEN") == expected


_LONG_POSTS = (
    "[Bí thư]ROLE [Lê Văn Ba]PER; [Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực "
    "UBND tỉnh]ROLE [Hà Văn Tư]PER; [Giám đốc Sở Văn hóa, Thể thao và Du lịch]ROLE [Trần Năm]PER."
)
ATTENDING: list[Case] = [
    # A sentence opened by a bare `Dự` and an event lists those attending after `có`,
    # far past the reach of the nearest event.
    (
        "Lễ kỷ niệm đã diễn ra. Dự [mít tinh]EVENT có " + _LONG_POSTS,
        {
            ("Lê Văn Ba", "mít tinh"),
            ("Hà Văn Tư", "mít tinh"),
            ("Trần Năm", "mít tinh"),
        },
    ),
    # Lookalike: `Dự kiến` opens a plan.
    ("Dự kiến [hội nghị]EVENT có " + _LONG_POSTS, set()),
]


@pytest.mark.parametrize(("line", "expected"), ATTENDING)
def test_a_bare_du_opening_a_sentence_lists_those_attending(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == expected


BOUND_DATES: list[Case] = [
    # `[E1] vào [date] và [E2]`: the date is E1's and the act joined after it.
    (
        "Vụ việc được tòa đưa ra [xét xử]EVENT vào [ngày 3-4-2001]DATE và [tuyên phạt]EVENT "
        "bị cáo 5 năm tù.",
        {("xét xử", "ngày 3-4-2001"), ("tuyên phạt", "ngày 3-4-2001")},
    ),
    # Lookalike: without `vào`, a date standing between two acts is the nearer one's.
    (
        "Tòa đã [xét xử]EVENT lại, [ngày 3-4-2001]DATE, [tuyên phạt]EVENT bị cáo 5 năm tù.",
        {("tuyên phạt", "ngày 3-4-2001")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), BOUND_DATES)
def test_a_date_after_vao_times_the_event_before_it(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "WHEN") == expected


YEARS: list[Case] = [
    # A run of whole years is a period: a plan's, not a gathering's time.
    (
        "[Đại hội]EVENT sẽ kiểm điểm việc thực hiện nhiệm vụ kinh tế năm năm [2001-2005]DATE.",
        set(),
    ),
    # Lookalikes: a war lasts for years; a single year times the gathering.
    (
        "Ông từng tham gia [chiến tranh biên giới]EVENT ([1979 - 1989]DATE).",
        {("chiến tranh biên giới", "1979 - 1989")},
    ),
    (
        "[Đại hội]EVENT diễn ra vào [năm 2005]DATE tại thủ đô.",
        {("Đại hội", "năm 2005")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), YEARS)
def test_a_run_of_years_is_no_time_of_an_event_that_does_not_last(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "WHEN") == expected


LAWS: list[Case] = [
    # A law is linked to no body, neither the one that passes it nor one after `của`.
    ("[Quốc hội]ORG đã thông qua [Luật Thanh niên]DOC với 36 điều.", set()),
    ("Các đại biểu thảo luận [Luật Nhà ở]DOC của [Ủy ban Thường vụ Quốc hội]ORG.", set()),
    # Lookalike: a resolution passed is the body's.
    (
        "[Quốc hội]ORG đã thông qua [Nghị quyết về nhiệm vụ năm 2005]DOC.",
        {("Nghị quyết về nhiệm vụ năm 2005", "Quốc hội")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), LAWS)
def test_a_law_takes_no_issuer(line: str, expected: set[tuple[str, str]]) -> None:
    assert suggested_pairs(line, "ISSUED_BY") == expected


MODALS: list[Case] = [
    # A person, a modal verb, the event: he is its subject.
    (
        "[Bộ trưởng]ROLE [Lê Văn Ba]PER phải [ra tòa]EVENT với tư cách nhân chứng.",
        {("Lê Văn Ba", "ra tòa")},
    ),
    # Lookalike: a modal with a verb between is no subject's gap.
    ("[Bộ trưởng]ROLE [Lê Văn Ba]PER phải chờ kết quả [cuộc họp]EVENT tới.", set()),
]


@pytest.mark.parametrize(("line", "expected"), MODALS)
def test_a_person_before_a_modal_verb_is_the_subject_of_the_event(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == expected


DESCRIBED_LISTS: list[Case] = [
    # Names described in brackets and parted by `;`, after a counted noun without `là`.
    (
        "Viện kiểm sát [truy tố]EVENT [Lê Văn Ba]PER cùng 3 người liên quan [Hà Văn Tư]PER "
        "(kế toán trưởng của công ty xây dựng số 4); [Trần Năm]PER (thủ quỹ của công ty "
        "xây dựng số 4), [Đỗ Sáu]PER (tài xế) về tội tham ô.",
        {
            ("Lê Văn Ba", "truy tố"),
            ("Hà Văn Tư", "truy tố"),
            ("Trần Năm", "truy tố"),
            ("Đỗ Sáu", "truy tố"),
        },
    ),
    # Lookalike: a `;` with no bracket before it parts two clauses.
    (
        "Viện kiểm sát [truy tố]EVENT [Lê Văn Ba]PER về tội tham ô tài sản của công ty trong "
        "nhiều năm liền khi giữ chức kế toán trưởng; [Hà Văn Tư]PER (thủ quỹ) đã bỏ trốn.",
        {("Lê Văn Ba", "truy tố")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), DESCRIBED_LISTS)
def test_a_list_of_described_names_runs_past_semicolons(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == expected


PROPOSED_POSTS: list[Case] = [
    # A post someone is proposed for, or refused, is not one he holds.
    ("Bộ đã đề xuất ông [Lê Văn Ba]PER làm [vụ trưởng]ROLE nhưng không được chấp thuận.", set()),
    ("Tôi không đề bạt anh [Lê Văn Ba]PER làm [vụ trưởng]ROLE vì còn nhiều sai phạm.", set()),
    # Lookalikes: an appointment made, and the proposed man's own post in commas.
    (
        "Bộ đã bổ nhiệm ông [Lê Văn Ba]PER làm [vụ trưởng]ROLE từ tháng trước.",
        {("Lê Văn Ba", "vụ trưởng")},
    ),
    (
        "Bộ đã đề xuất ông [Lê Văn Ba]PER, [phó vụ trưởng]ROLE, vào danh sách khen thưởng.",
        {("Lê Văn Ba", "phó vụ trưởng")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), PROPOSED_POSTS)
def test_a_post_someone_is_proposed_for_is_not_held(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "HOLDS") == expected


MOURNED: list[Case] = [
    # The one a funeral is held for takes no part in it.
    ("Ban tổ chức đã long trọng tổ chức [lễ tang]EVENT ông [Lê Văn Ba]PER tại thủ đô.", set()),
    (
        "[Bộ trưởng]ROLE [Hà Văn Tư]PER đến dự [lễ tang]EVENT cựu thủ tướng [Lê Văn Ba]PER.",
        {("Hà Văn Tư", "lễ tang")},
    ),
    # Lookalikes: one who speaks at it after a comma, and a meeting's partner.
    (
        "Tại [lễ truy điệu]EVENT, [Phó Thủ tướng]ROLE [Hà Văn Tư]PER đã đọc điếu văn.",
        {("Hà Văn Tư", "lễ truy điệu")},
    ),
    (
        "Ban tổ chức đã tổ chức [lễ đón]EVENT ông [Lê Văn Ba]PER tại sân bay.",
        {("Lê Văn Ba", "lễ đón")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), MOURNED)
def test_the_dead_a_funeral_is_held_for_take_no_part(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == expected


TOPICS: list[Case] = [
    # The event as the topic of what the person says, in his clause: no part.
    (
        "[Đại sứ]ROLE [Lê Văn Ba]PER đã trả lời phỏng vấn của một tờ báo hôm qua về "
        "[cuộc chiến]EVENT ở biên giới.",
        set(),
    ),
    # Lookalike: he speaks at the event.
    (
        "[Đại sứ]ROLE [Lê Văn Ba]PER đã phát biểu tại [hội nghị]EVENT ở biên giới.",
        {("Lê Văn Ba", "hội nghị")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), TOPICS)
def test_an_event_spoken_about_is_no_part_of_the_speaker(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == expected


NO_TIME: list[Case] = [
    # An era, an issue's date, the eve before an event, the end of a span from the event.
    ("Mục tiêu của [chuyến thăm]EVENT là xây dựng quan hệ lâu dài trong [thế kỷ XXI]DATE.", set()),
    ("Tờ báo số ra [ngày 20-6]DATE cho rằng [chuyến thăm]EVENT mang tính bước ngoặt.", set()),
    ("Các bên đã chuẩn bị từ [đầu tháng 6]DATE, trước thềm [chuyến thăm]EVENT của ông.", set()),
    ("Từ [kỳ họp thứ 6]EVENT đến [tháng 5/2005]DATE, giá cả đã tăng nhiều.", set()),
    # Lookalikes: a date of its own, and a span of two dates around the event.
    ("[Chuyến thăm]EVENT diễn ra vào [ngày 20-6]DATE tại thủ đô.", {("Chuyến thăm", "ngày 20-6")}),
    (
        "[Hội nghị]EVENT tiếp tục làm việc đến hết [ngày 10-1]DATE tại thủ đô.",
        {("Hội nghị", "ngày 10-1")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), NO_TIME)
def test_an_era_an_issue_an_eve_or_a_span_end_is_no_time_of_the_event(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "WHEN") == expected


BRACKETED_DATES: list[Case] = [
    # A date in a bracket that names a person is his occasion's, not the event's outside.
    (
        "Ông là người thứ ba đến [thăm]EVENT nước này (trước đó là [Thủ tướng]ROLE "
        "[Lê Văn Ba]PER [năm 1993]DATE).",
        set(),
    ),
    # Lookalike: a bracket with only the date dates the event before it.
    ("Ông đã đến [thăm]EVENT nước này ([tháng 10/2003]DATE).", {("thăm", "tháng 10/2003")}),
]


@pytest.mark.parametrize(("line", "expected"), BRACKETED_DATES)
def test_a_date_in_a_bracket_about_a_person_is_no_time_of_the_event_outside(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "WHEN") == expected


LATER_EVENTS: list[Case] = [
    # A speaker in a sentence with no event acts at the gathering told before him, not at
    # one told in a clause of what comes later.
    (
        "[Hội nghị]EVENT đã thảo luận dự toán trước khi dự toán được trình ra tại "
        "[kỳ họp thứ 8]EVENT. [Bộ trưởng]ROLE [Lê Văn Ba]PER báo cáo: dự toán đã tăng.",
        {("Lê Văn Ba", "Hội nghị")},
    ),
    # Lookalike: the last gathering told as held.
    (
        "[Hội nghị]EVENT đã thảo luận dự toán, sau đó chuyển sang [phiên họp]EVENT toàn thể. "
        "[Bộ trưởng]ROLE [Lê Văn Ba]PER báo cáo: dự toán đã tăng.",
        {("Lê Văn Ba", "phiên họp")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), LATER_EVENTS)
def test_a_speaker_acts_at_the_gathering_held_not_one_told_as_later(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == expected
