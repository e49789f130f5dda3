"""Round 10 PARTICIPATES and WHEN: objects of actions, subjects who have or speak at
an event, hosts and recollections; report dates, dates before `sau khi`, spans of years.

Each sentence is written here, not copied from an article; its spans are
marked `[surface]LABEL` and the expected pairs are listed by surface.
Lookalikes sit beside the patterns and must get what they list.
"""

from __future__ import annotations

import pytest

from tests.nlp.marked import suggested_pairs

suggested = suggested_pairs


PARTICIPATES: list[tuple[str, set[tuple[str, str]]]] = [
    # The object of an action, a post between, or several actions of one decision.
    (
        "[Quốc hội]ORG xem xét [bãi nhiệm]EVENT [đại biểu]ROLE [Trần Văn Bình]PER.",
        {("Trần Văn Bình", "bãi nhiệm")},
    ),
    (
        "[Bộ Chính trị]ORG quyết định [điều động]EVENT, [bổ nhiệm]EVENT ông [Lê Hữu Tài]PER.",
        {("Lê Hữu Tài", "điều động"), ("Lê Hữu Tài", "bổ nhiệm")},
    ),
    (
        "[Ủy ban Kiểm tra]ORG [cách chức]EVENT [Giám đốc sở]ROLE [Phạm Văn Tư]PER.",
        {("Phạm Văn Tư", "cách chức")},
    ),
    # Lookalike: a request to act on someone gives the object no part.
    (
        "[Viện kiểm sát]ORG đề nghị [khởi tố]EVENT ông [Đỗ Văn Lâm]PER.",
        set(),
    ),
    # The subject who has an event or speaks in it, a post in commas between.
    (
        "Tại [kỳ họp]EVENT, ông [Võ Văn Hải]PER, [đại biểu Quốc hội]ROLE tỉnh [Gia Lai]LOC "
        "đã có [buổi chất vấn]EVENT với [Bộ trưởng]ROLE [Hồ Thị Mai]PER.",
        {("Võ Văn Hải", "buổi chất vấn"), ("Hồ Thị Mai", "buổi chất vấn")},
    ),
    (
        "Bà [Anna Berg]PER, [người phát ngôn của WHO]ROLE, nói trong một [cuộc họp báo]EVENT "
        "rằng số ca bệnh tăng.",
        {("Anna Berg", "cuộc họp báo")},
    ),
    # Lookalike: a speaker who reports on a meeting takes no part through the report.
    (
        "Ông [Lê Văn Quý]PER cho biết, [hội nghị]EVENT sẽ bàn về nhân sự.",
        set(),
    ),
    # The host who invited and one who recalls an event take no part in it.
    (
        "[Thủ tướng]ROLE [Phan Văn Hòa]PER sẽ [thăm chính thức]EVENT [Lào]LOC theo lời mời của "
        "[Thủ tướng]ROLE [Sonexay Siphandone]PER.",
        {("Phan Văn Hòa", "thăm chính thức")},
    ),
    # One who chairs or speaks in a sentence with no event: the last event of the line.
    (
        "[Ban Chấp hành]ORG đã họp [Hội nghị lần thứ 5]EVENT tại [Hà Nội]LOC. "
        "Đồng chí [Lê Văn Minh]PER, [Bí thư]ROLE, chủ trì và phát biểu.",
        {("Lê Văn Minh", "Hội nghị lần thứ 5")},
    ),
    (
        "[Đại hội]EVENT diễn ra sôi nổi. Ông [Hà Văn Sơn]PER đọc lại thư của Bác.",
        {("Hà Văn Sơn", "Đại hội")},
    ),
    # A speaker after a gathering told as held speaks at it (the gold of news5, news7,
    # news9, news10, news11: round 16); lookalikes: a gathering as a topic, an event on
    # another line.
    (
        "[Đại hội]EVENT diễn ra sôi nổi. Ông [Hà Văn Sơn]PER cho rằng cần đổi mới.",
        {("Hà Văn Sơn", "Đại hội")},
    ),
    (
        "Tỉnh ủy báo cáo kết quả [Đại hội]EVENT. Ông [Hà Văn Sơn]PER cho rằng cần đổi mới.",
        set(),
    ),
    (
        "[Đại hội]EVENT diễn ra sôi nổi.\nÔng [Hà Văn Sơn]PER phát biểu về giáo dục.",
        set(),
    ),
    # A case or incident named with `vụ` has no participants; its steps and a lawsuit do.
    (
        "Năm 1996, [Trần Văn Hùng]PER (bị cáo cùng [vụ án]EVENT này) mua hai chiếc tàu.",
        set(),
    ),
    (
        "[Lê Văn Hải]PER bị thương trong [vụ tai nạn]EVENT tại [Huế]LOC.",
        set(),
    ),
    (
        "Bà [Đỗ Thị Nga]PER tham gia [vụ kiện]EVENT đòi bồi thường.",
        {("Đỗ Thị Nga", "vụ kiện")},
    ),
    (
        "[Chủ tịch]ROLE [Ngô Văn Tâm]PER ôn lại chiến công của quân dân ta trong "
        "[cuộc tổng tiến công]EVENT.",
        set(),
    ),
]


@pytest.mark.parametrize(("line", "expected"), PARTICIPATES)
def test_people_take_part_as_the_sentence_binds_them(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested(line, "PARTICIPATES") == expected


WHEN: list[tuple[str, set[tuple[str, str]]]] = [
    # A report's date is no time of the event reported.
    (
        "Các [cuộc tấn công]EVENT vào bệnh viện gia tăng, AFP đưa tin [ngày 9/3]DATE.",
        set(),
    ),
    # A date before `sau khi` and the event dates what came after it.
    (
        "Máy bay cất cánh [ngày 2/3]DATE ngay sau khi [cuộc xung đột]EVENT nổ ra.",
        set(),
    ),
    # An anniversary's span of years is no time it happens; its own day is.
    (
        "[Sáng 29-4]DATE, thành phố tổ chức [lễ mít tinh]EVENT kỷ niệm 31 năm ngày giải phóng "
        "([30.4.1975 - 30.4.2006]DATE).",
        {("lễ mít tinh", "Sáng 29-4")},
    ),
    # An ellipsis before a small letter ends no sentence; before a capital it does.
    (
        "[Sáng 14-2]DATE, cán bộ các quận, huyện... đã dự [hội nghị]EVENT của Thành ủy.",
        {("hội nghị", "Sáng 14-2")},
    ),
    (
        "[Sáng 14-2]DATE, trời mưa... Đến chiều, [hội nghị]EVENT mới khai mạc.",
        set(),
    ),
    # Lookalikes: a date that opens the sentence, a range of days of one event.
    (
        "[Ngày 5/3]DATE, [cuộc tấn công]EVENT vào thành phố diễn ra.",
        {("cuộc tấn công", "Ngày 5/3")},
    ),
    (
        "[Hội nghị]EVENT diễn ra [ngày 3.5.2006 - 5.5.2006]DATE tại Huế.",
        {("Hội nghị", "ngày 3.5.2006 - 5.5.2006")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), WHEN)
def test_a_date_is_no_time_of_the_event_when_it_dates_something_else(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested(line, "WHEN") == expected
