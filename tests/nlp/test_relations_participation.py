"""PARTICIPATES and WHEN from wording: attendance lists, `Tại`, reports, requests, deadlines.

Each sentence is written here, not copied from an article; its spans are
marked `[surface]LABEL` and the expected PARTICIPATES pairs are listed by
surface. Lookalikes (a speaker reporting on a meeting, the object of a
request) sit beside the patterns and must get none.
"""

from __future__ import annotations

import pytest

from tests.nlp.marked import suggested_pairs

suggested = suggested_pairs


def participates(line: str) -> set[tuple[str, str]]:
    return suggested(line, "PARTICIPATES")


CASES: list[tuple[str, set[tuple[str, str]]]] = [
    (
        "[Hội nghị]EVENT đã khai mạc tại Huế. Đến dự có [Phó Thủ tướng]ROLE [Lê Văn An]PER; "
        "[Bộ trưởng Bộ Y tế]ROLE [Trần Thị Bình]PER; [Bí thư Tỉnh ủy]ROLE [Hồ Văn Cường]PER"
        " và nhiều đại biểu khác.",
        {("Lê Văn An", "Hội nghị"), ("Trần Thị Bình", "Hội nghị"), ("Hồ Văn Cường", "Hội nghị")},
    ),
    (
        "Tham dự [buổi lễ]EVENT có các đồng chí [Ngô Văn Dũng]PER, [Ủy viên Bộ Chính trị]ROLE; "
        "[Phan Thị Hà]PER, [Phó Chủ tịch Quốc hội]ROLE.",
        {("Ngô Văn Dũng", "buổi lễ"), ("Phan Thị Hà", "buổi lễ")},
    ),
    (
        "Sáng nay, 12 bị cáo [hầu tòa]EVENT gồm: [Lý Văn Khoa]PER, [Đỗ Thị Lan]PER (kế toán), "
        "[Vương Văn Minh]PER (thủ quỹ) và [Tạ Văn Nam]PER.",
        {
            ("Lý Văn Khoa", "hầu tòa"),
            ("Đỗ Thị Lan", "hầu tòa"),
            ("Vương Văn Minh", "hầu tòa"),
            ("Tạ Văn Nam", "hầu tòa"),
        },
    ),
    (
        "Tại [cuộc họp]EVENT, [Bộ trưởng]ROLE [Lê Văn Phúc]PER chỉ đạo khắc phục ngay.",
        {("Lê Văn Phúc", "cuộc họp")},
    ),
    (
        "[Chủ tịch nước]ROLE [Võ Văn Sơn]PER và các đại biểu dự [đại hội]EVENT.",
        {("Võ Văn Sơn", "đại hội")},
    ),
    (
        "[Lễ khánh thành]EVENT diễn ra sáng nay. Cùng dự có [Thứ trưởng]ROLE [Hà Văn Lộc]PER.",
        {("Hà Văn Lộc", "Lễ khánh thành")},
    ),
    (
        "[Thủ tướng]ROLE [Lê Văn An]PER đã [tiếp thân mật]EVENT [Chủ tịch Quốc hội Lào]ROLE "
        "[Xay Som Phon]PER.",
        {("Lê Văn An", "tiếp thân mật"), ("Xay Som Phon", "tiếp thân mật")},
    ),
    (
        "[Tướng]ROLE [Ivan Petrov]PER từng tham gia [cuộc chiến Afghanistan]EVENT.",
        {("Ivan Petrov", "cuộc chiến Afghanistan")},
    ),
    (
        "Thiếu tướng [Oleg Ivanov]PER thiệt mạng trong [giao tranh]EVENT gần Kharkov.",
        {("Oleg Ivanov", "giao tranh")},
    ),
    (
        'Khai mạc [phiên xét xử]EVENT "trùm" buôn lậu [Hùng "béo"]PER',
        {('Hùng "béo"', "phiên xét xử")},
    ),
    (
        "Sau đó, [Đại hội]EVENT đã nghe [Ủy viên Bộ Chính trị]ROLE [Lê Văn Hải]PER trình bày.",
        {("Lê Văn Hải", "Đại hội")},
    ),
    # Lookalikes: the deceased at a funeral, a caption after an incident's name.
    ("[Chủ tịch nước]ROLE [viếng]EVENT [Tổng thống]ROLE [Ali Hassan]PER", set()),
    ("Về [vụ cháy chợ]EVENT [Chủ tịch UBND tỉnh]ROLE [Lê Văn Tâm]PER (giữa) trao đổi", set()),
    # Lookalikes: a speaker reporting, a source, the object and the author of a request.
    ('"Ông ấy khó tham gia [cuộc bầu cử]EVENT" - bà [Lê Thị Lan]PER nói.', set()),
    ("[Tổng thư ký]ROLE [Đinh Văn Tâm]PER cho biết, [kỳ họp]EVENT này kéo dài 20 ngày.", set()),
    ("Theo [Thiếu tướng]ROLE [Ivan Petrov]PER, [chiến dịch]EVENT vẫn tiếp tục.", set()),
    ("Viện kiểm sát đề nghị cho phép [bắt tạm giam]EVENT ông [Lương Văn Út]PER.", set()),
    ("[Phó Chủ tịch]ROLE [Mai Thị Vân]PER đề nghị công an xem xét [khởi tố]EVENT vụ việc.", set()),
    ("Đoàn gồm [Hà Văn Xuân]PER và [Kiều Thị Yến]PER đã về nước.", set()),
    (
        "[Hội nghị]EVENT bế mạc.\nĐến dự có [Phó Thủ tướng]ROLE [Lê Văn An]PER.",
        set(),
    ),
]


@pytest.mark.parametrize(("line", "expected"), CASES)
def test_people_take_part_in_the_event_the_wording_names(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert participates(line) == expected


def whens(line: str) -> set[tuple[str, str]]:
    return suggested(line, "WHEN")


WHEN_CASES: list[tuple[str, set[tuple[str, str]]]] = [
    ("[Sáng 3-2]DATE, [hội nghị]EVENT khai mạc tại Huế.", {("hội nghị", "Sáng 3-2")}),
    # A dateline starts the body: the title's event is not the body's.
    (
        "Thủ tướng [tiếp]EVENT đoàn Lào (NLĐ)- [Ngày 5-3]DATE, tại Hà Nội, Thủ tướng đã "
        "[tiếp thân mật]EVENT đoàn.",
        {("tiếp thân mật", "Ngày 5-3")},
    ),
    # The date opening a sentence is the held event's, not its subject's.
    ("[Hôm nay]DATE, [đại hội]EVENT họp [phiên bế mạc]EVENT.", {("phiên bế mạc", "Hôm nay")}),
    (
        "Trong hai ngày [3.4]DATE và [4.4.2006]DATE, Ban Chấp hành đã họp [Hội nghị lần thứ 9]EVENT.",
        {("Hội nghị lần thứ 9", "3.4"), ("Hội nghị lần thứ 9", "4.4.2006")},
    ),
    (
        "[Chiều 5/5]DATE hội đồng sẽ [tổng kết]EVENT và [ngày 20/5]DATE sẽ tổ chức [phiên họp]EVENT.",
        {("tổng kết", "Chiều 5/5"), ("phiên họp", "ngày 20/5")},
    ),
    (
        "Trong một tuyên bố [hôm 3/3]DATE tại [cuộc họp của Hội đồng An ninh]EVENT, ông nói.",
        {("cuộc họp của Hội đồng An ninh", "hôm 3/3")},
    ),
    # Lookalikes: a deadline, a starting point, a linked article's date, a statement's date.
    (
        "Bộ thông báo trên Twitter [hôm 7/3]DATE rằng ông thiệt mạng trong [cuộc giao tranh]EVENT.",
        set(),
    ),
    ("Kết quả [kiểm tra]EVENT phải báo cáo trước [ngày 15-4]DATE.", set()),
    ("Kể từ [18-11-2005]DATE, cả tỉnh chuẩn bị cho [Đại hội]EVENT.", set()),
    ("Một số nơi phải [bầu bổ sung]EVENT([29/04/2004]DATE)\nTin khác", set()),
    ("[Hôm 3/3]DATE, ông Putin tuyên bố [chiến dịch]EVENT vẫn tiếp diễn.", set()),
]


@pytest.mark.parametrize(("line", "expected"), WHEN_CASES)
def test_a_date_is_when_the_event_happens_unless_the_wording_says_otherwise(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert whens(line) == expected


def test_the_object_of_an_event_takes_part_in_it_before_the_next_event() -> None:
    line = (
        "[Chủ tịch]ROLE [Dennis Hart]PER đã [hội đàm]EVENT với [Chủ tịch Quốc hội]ROLE "
        "[Nguyễn Văn Bình]PER, [hội kiến]EVENT với [Thủ tướng]ROLE [Trần Văn Cường]PER."
    )
    got = participates(line)
    assert ("Nguyễn Văn Bình", "hội đàm") in got
    assert ("Trần Văn Cường", "hội kiến") in got
