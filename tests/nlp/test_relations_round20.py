"""Round 20 relations: attendance lists before their verb or after `… lần này gồm`; dates no event has.

Each sentence is written here, not copied from an article; its spans are
marked `[surface]LABEL` and the expected pairs are listed by surface.
Lookalikes sit beside the patterns and must get what they list.
"""

from __future__ import annotations

import pytest

from tests.nlp.marked import suggested_pairs

WITH_OTHERS: list[tuple[str, set[tuple[str, str]]]] = [
    # Dignitaries listed as the subject, joined to a crowd by `cùng`, then the verb.
    (
        "[Phó Thủ tướng]ROLE [Hà Minh Tâm]PER; [Ủy viên Trung ương Đảng]ROLE, [Bộ trưởng Bộ "
        "Nội vụ]ROLE [Lê Thị Thu]PER cùng nhiều đại biểu của các tỉnh miền núi phía Bắc đã "
        "tham dự [lễ khánh thành]EVENT.",
        {("Hà Minh Tâm", "lễ khánh thành"), ("Lê Thị Thu", "lễ khánh thành")},
    ),
    # ... the verb closing the sentence: the event told before the list, on its line.
    (
        "Tối qua, [Hội chợ xuân]EVENT đã khai mạc tại Huế. Ông [Vũ An]PER, [Bí thư Tỉnh "
        "ủy]ROLE, cùng hàng trăm người dân đã tới dự.",
        {("Vũ An", "Hội chợ xuân")},
    ),
    # Lookalikes: no verb of attending, a forecast (`dự báo`), another person in between.
    (
        "[Hội chợ xuân]EVENT khai mạc hôm qua. Ông [Vũ An]PER cùng các đại biểu đã bàn về "
        "giá nông sản.",
        set(),
    ),
    (
        "Ông [Vũ An]PER cùng nhiều chuyên gia dự báo [cuộc khủng hoảng]EVENT sẽ kéo dài.",
        set(),
    ),
    (
        "[Lễ ra mắt]EVENT diễn ra hôm qua. Nhà văn [Vũ An]PER và các bạn của nhà thơ [Lê "
        "Ba]PER đã tham dự.",
        set(),
    ),
]


@pytest.mark.parametrize(("line", "expected"), WITH_OTHERS)
def test_people_listed_before_a_crowd_that_attends_take_part(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == expected


MADE_OF: list[tuple[str, set[tuple[str, str]]]] = [
    # A short qualifier between the event and `gồm`; the list runs far past the event.
    (
        "Chủ tọa của [Hội nghị]EVENT lần này gồm: [Giám đốc Sở Tài chính]ROLE [Lý Văn Sơn]PER, "
        "[Phó Giám đốc Sở Kế hoạch và Đầu tư]ROLE [Trần Thị Hạnh]PER, [Chánh Văn phòng Ủy ban "
        "nhân dân tỉnh]ROLE [Hà Minh Đức]PER.",
        {("Lý Văn Sơn", "Hội nghị"), ("Trần Thị Hạnh", "Hội nghị"), ("Hà Minh Đức", "Hội nghị")},
    ),
    (
        "Những người phải [kiểm điểm]EVENT bao gồm [Giám đốc]ROLE [Lý Văn Sơn]PER và [Phó "
        "Giám đốc]ROLE [Trần Thị Hạnh]PER.",
        {("Lý Văn Sơn", "kiểm điểm"), ("Trần Thị Hạnh", "kiểm điểm")},
    ),
    # Lookalike: `gồm` of a thing further on, the author named after it.
    (
        "[Hội nghị]EVENT đã thông qua nghị quyết gồm năm điều, do nhóm chuyên gia soạn "
        "cùng ông [Lý Văn Sơn]PER.",
        set(),
    ),
]


@pytest.mark.parametrize(("line", "expected"), MADE_OF)
def test_people_listed_after_a_qualified_made_of_take_part(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == expected


STARTING_POINTS: list[tuple[str, set[tuple[str, str]]]] = [
    # From a date on, what will be done: a starting point, no time of the act.
    (
        "Từ [ngày 1/6]DATE đến [ngày 15/6]DATE, các xã sẽ triển khai [tổng điều tra]EVENT dân số.",
        set(),
    ),
    (
        "Chủ tịch tỉnh cho hay từ [1/9]DATE nếu còn vi phạm, tỉnh sẽ [kỷ luật]EVENT người "
        "đứng đầu.",
        set(),
    ),
    # A law's entry into force.
    (
        "Luật được [thông qua]EVENT với 90% phiếu tán thành và có hiệu lực từ [1/7/2023]DATE.",
        set(),
    ),
    # Lookalikes: a range the act took, told in the past; a range after the act.
    (
        "Từ [ngày 26 đến 28-11]DATE, đoàn đã có [chuyến thăm]EVENT tỉnh Bình Định.",
        {("chuyến thăm", "ngày 26 đến 28-11")},
    ),
    (
        "Thủ tướng sẽ [thăm chính thức]EVENT Lào từ [ngày 6 đến 8-3]DATE.",
        {("thăm chính thức", "ngày 6 đến 8-3")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), STARTING_POINTS)
def test_a_starting_point_of_what_will_be_done_is_no_time_of_it(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "WHEN") == expected


YEARS_COUNTED: list[tuple[str, set[tuple[str, str]]]] = [
    # An anniversary's years, the days written with dashes.
    (
        "Tỉnh tổ chức [kỷ niệm 60 năm Ngày Thương binh - Liệt sĩ]EVENT ([27-7-1947 - "
        "27-7-2007]DATE).",
        set(),
    ),
    # Lookalike: two days of one year are the event's time.
    (
        "[Hội nghị]EVENT diễn ra ([20-4-2006 - 22-4-2006]DATE) tại Hà Nội.",
        {("Hội nghị", "20-4-2006 - 22-4-2006")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), YEARS_COUNTED)
def test_an_anniversarys_years_are_no_time_of_it(line: str, expected: set[tuple[str, str]]) -> None:
    assert suggested_pairs(line, "WHEN") == expected


BANQUETS: list[tuple[str, set[tuple[str, str]]]] = [
    # The host opens a banquet for the guest named right after it, a meal's time between.
    (
        "[Thủ tướng]ROLE [Lý Quang Minh]PER sẽ mở [tiệc tối chiêu đãi]EVENT [Chủ tịch nước]ROLE "
        "[Hà Văn Tâm]PER tại dinh thự.",
        {("Lý Quang Minh", "tiệc tối chiêu đãi"), ("Hà Văn Tâm", "tiệc tối chiêu đãi")},
    ),
    # Lookalikes: a shop opened after an incident; the cook of a banquet.
    (
        "Ông [Lê Văn Ba]PER mở lại quán ăn ngay sau [vụ cháy]EVENT ở chợ.",
        set(),
    ),
    (
        "Thực đơn [tiệc tối chiêu đãi]EVENT năm nay do đầu bếp [Lê Văn Ba]PER chọn.",
        set(),
    ),
]


@pytest.mark.parametrize(("line", "expected"), BANQUETS)
def test_the_host_and_the_guest_of_a_banquet_take_part(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == expected


NEXT_ACT_AFTER_PLACE: list[tuple[str, set[tuple[str, str]]]] = [
    # The opening date times the next act after the comma that closes the first one's place.
    (
        "[Sáng mai 12-5]DATE, [Hội đồng nhân dân tỉnh]ORG sẽ họp [phiên bế mạc]EVENT tại Hội "
        "trường, [biểu quyết]EVENT thông qua các nghị quyết.",
        {("phiên bế mạc", "Sáng mai 12-5"), ("biểu quyết", "Sáng mai 12-5")},
    ),
    # Lookalikes: an event listed after an object, or in a list of events.
    (
        "[Sáng 3/2]DATE, tỉnh đã [công bố quyết định]EVENT tha tù cho 500 phạm nhân, [đặc "
        "xá]EVENT năm nay được mở rộng.",
        {("công bố quyết định", "Sáng 3/2")},
    ),
    (
        "[Chiều 9/5]DATE, ông cho biết tại kỳ họp tới, ngoài [phiên khai mạc]EVENT, [bế "
        "mạc]EVENT, các buổi còn lại sẽ dành cho thảo luận.",
        set(),
    ),
]


@pytest.mark.parametrize(("line", "expected"), NEXT_ACT_AFTER_PLACE)
def test_an_opening_date_times_the_act_after_the_first_acts_place(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "WHEN") == expected
