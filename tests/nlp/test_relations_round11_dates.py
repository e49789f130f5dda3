"""Round 11 relations, dates and posts: the constructions of a blind set's misses, invented.

The times of events (a date of a document, a cut-off or a goal is not one;
an opening date, the nearer of two) and the posts given to names and lists.
Each sentence is written here, not copied from an article; its spans are
marked `[surface]LABEL` and the expected pairs are listed by surface.
Lookalikes sit beside the patterns and must get what they list.
"""

from __future__ import annotations

import pytest

from annotator.nlp.relations import suggest_relations
from tests.nlp.marked import parse_marked, suggested_pairs

suggested = suggested_pairs


DATES: list[tuple[str, set[tuple[str, str]]]] = [
    # A document's date: after its number or right after the document.
    (
        "Cơ quan điều tra có kết luận (số 52/PC16 [ngày 24-1-1995]DATE) và đề nghị "
        "[truy tố]EVENT ông [Lê Văn Long]PER.",
        set(),
    ),
    (
        "Ông [Phạm Văn Hòa]PER đã ký [quyết định số 27/KSĐT]DOC [ngày 17-5-1995]DATE, "
        "[đình chỉ điều tra]EVENT bị can.",
        set(),
    ),
    # A cut-off, a goal year, another act's date, an offence's date.
    (
        "Bản đồ cập nhật [chiến sự]EVENT ở Mariupol tính tới hết [hôm qua, 12/04/2022]DATE.",
        set(),
    ),
    (
        "[Đại hội]EVENT thành công, tạo đà để đến [năm 2020]DATE nước ta trở thành nước "
        "công nghiệp.",
        set(),
    ),
    (
        "Hai nước ra tuyên bố chung về [chuyến thăm]EVENT, thực hiện Tuyên bố khung được ký "
        "[tháng 6-2003]DATE.",
        set(),
    ),
    (
        "Ông [Lê Văn Long]PER đã bị [khởi tố]EVENT về hành vi vi phạm quy định đất đai xảy ra "
        "[năm 1994]DATE tại Thanh Trì.",
        set(),
    ),
    # Lookalikes: the end of an event, a month that is not a goal, an event that happened.
    (
        "[Hội nghị]EVENT còn làm việc đến [ngày 25-3]DATE.",
        {("Hội nghị", "ngày 25-3")},
    ),
    (
        "Theo quy định, đến [tháng 5/2021]DATE sẽ tiến hành [bầu cử]EVENT.",
        {("bầu cử", "tháng 5/2021")},
    ),
    (
        "[Cuộc xung đột]EVENT giữa hai nước xảy ra [năm 2020]DATE.",
        {("Cuộc xung đột", "năm 2020")},
    ),
    (
        "[Ngày 17-5-1995]DATE, ông [Phạm Văn Hòa]PER [đình chỉ điều tra]EVENT vụ án.",
        {("đình chỉ điều tra", "Ngày 17-5-1995")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), DATES)
def test_a_date_of_a_document_a_cut_off_a_goal_or_another_act_is_no_time_of_the_event(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested(line, "WHEN") == expected


JOINED: list[tuple[str, set[tuple[str, str]]]] = [
    # A date opening the sentence times every event joined to the first one.
    (
        "[Hôm nay]DATE, [TAND quận 3]ORG đưa ra [xét xử vụ gây rối]EVENT và đã "
        "[tuyên phạt]EVENT bị cáo [Lê Thị Hoa]PER 9 tháng tù.",
        {("xét xử vụ gây rối", "Hôm nay"), ("tuyên phạt", "Hôm nay")},
    ),
    (
        "[Sáng 27-4]DATE, thành phố tổ chức [mít tinh kỷ niệm 31 năm giải phóng]EVENT "
        "([30.4.1975 - 30.4.2006]DATE), [kỷ niệm 120 năm Ngày Quốc tế Lao động]EVENT và chào "
        "mừng [Đại hội Đảng]EVENT.",
        {
            ("mít tinh kỷ niệm 31 năm giải phóng", "Sáng 27-4"),
            ("kỷ niệm 120 năm Ngày Quốc tế Lao động", "Sáng 27-4"),
        },
    ),
    # Lookalikes: a date that does not open the sentence; an event after another verb.
    (
        "Tòa đưa ra [xét xử]EVENT [hôm nay]DATE và đã [tuyên phạt]EVENT bị cáo.",
        {("xét xử", "hôm nay")},
    ),
    (
        "[Chiều qua]DATE, [hội nghị]EVENT bế mạc, các đại biểu chuẩn bị cho [đại hội]EVENT.",
        {("hội nghị", "Chiều qua")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), JOINED)
def test_a_date_opening_the_sentence_times_the_events_joined_to_its_event(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested(line, "WHEN") == expected


APART: list[tuple[str, set[tuple[str, str]]]] = [
    # An opening clause of holding names the posts of the sentence's subject.
    (
        "Trong thời gian giữ chức vụ [Phó Chủ tịch UBND huyện]ROLE (từ 2014 - 2017), sau đó là "
        "[Chủ tịch UBND huyện Ea Súp]ROLE, ông [Ngô Văn Đông]PER đã ký 32 quyết định.",
        {
            ("Ngô Văn Đông", "Phó Chủ tịch UBND huyện"),
            ("Ngô Văn Đông", "Chủ tịch UBND huyện Ea Súp"),
        },
    ),
    (
        "Sau khi nhận quyết định làm [Phó Trưởng Ban]ROLE, ông [Phùng Văn Nhã]PER cho biết đó "
        "là vinh dự.",
        {("Phùng Văn Nhã", "Phó Trưởng Ban")},
    ),
    (
        "Trong quá trình làm [phó giám đốc]ROLE, quyền [giám đốc]ROLE, [Huỳnh Văn Thuận]PER "
        "phụ trách khâu tài chính.",
        {("Huỳnh Văn Thuận", "phó giám đốc"), ("Huỳnh Văn Thuận", "giám đốc")},
    ),
    # A post before a nationality and the name.
    (
        "[Phóng viên chiến trường]ROLE người [Nga]LOC [Ivan Sokolov]PER đã đăng loạt ảnh.",
        {("Ivan Sokolov", "Phóng viên chiến trường")},
    ),
    # Lookalikes: working with a post; another person in the clause; a people, not a post.
    (
        "Trong thời gian làm việc với [Bộ trưởng]ROLE, ông [Lê Văn Ba]PER đã báo cáo đầy đủ.",
        set(),
    ),
    (
        "Khi là [Chủ tịch tỉnh]ROLE [Võ Văn Hai]PER, ông [Trần Văn Một]PER đã đề nghị.",
        {("Võ Văn Hai", "Chủ tịch tỉnh")},
    ),
    (
        "Nhiều [nhà báo]ROLE và người [Nga]LOC [Ivan Sokolov]PER đã có mặt.",
        set(),
    ),
]


@pytest.mark.parametrize(("line", "expected"), APART)
def test_a_clause_of_holding_or_a_nationality_between_still_binds_the_post(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested(line, "HOLDS") == expected


BEFORE: list[tuple[str, set[tuple[str, str]]]] = [
    # A post, then `là`, a rank or a second post, then the name.
    (
        "[Chủ tọa phiên tòa]ROLE là ông [Nguyễn Văn Tiến]PER, thẩm phán.",
        {("Nguyễn Văn Tiến", "Chủ tọa phiên tòa")},
    ),
    (
        "[Phát ngôn viên Bộ Quốc phòng]ROLE Thiếu tướng [Oleg Ivanov]PER cho biết.",
        {("Oleg Ivanov", "Phát ngôn viên Bộ Quốc phòng")},
    ),
    (
        "[Phát ngôn viên BQP Nga]ROLE [Tướng]ROLE [Igor Petrov]PER cho biết.",
        {("Igor Petrov", "Phát ngôn viên BQP Nga"), ("Igor Petrov", "Tướng")},
    ),
    # A counted post and its members listed in a bracket or after `gồm`.
    (
        "Ba [ủy viên Bộ Chính trị]ROLE ([Tổng bí thư]ROLE [Lê Văn Mạnh]PER, "
        "[Bí thư Thành ủy]ROLE [Trần Văn Triết]PER và [Võ Văn Anh]PER) đều tái cử.",
        {
            ("Lê Văn Mạnh", "ủy viên Bộ Chính trị"),
            ("Lê Văn Mạnh", "Tổng bí thư"),
            ("Trần Văn Triết", "ủy viên Bộ Chính trị"),
            ("Trần Văn Triết", "Bí thư Thành ủy"),
            ("Võ Văn Anh", "ủy viên Bộ Chính trị"),
        },
    ),
    (
        "Hai [Phó Chủ tịch]ROLE gồm: [Hà Văn Nam]PER và [Lý Thị Hoa]PER.",
        {("Hà Văn Nam", "Phó Chủ tịch"), ("Lý Thị Hoa", "Phó Chủ tịch")},
    ),
    # Lookalikes: a post not counted; a bracket with no names; a post the name asks about.
    (
        "[Ủy viên Bộ Chính trị]ROLE ([Hà Nội]LOC) gặp ông [Lê Văn Ba]PER.",
        set(),
    ),
    (
        "Hai [Phó Thủ tướng]ROLE (trái) trò chuyện với ông [Lê Văn Ba]PER.",
        set(),
    ),
    (
        "Ông [Lê Văn Tư]PER hỏi [Bộ trưởng]ROLE về việc này.",
        set(),
    ),
]


@pytest.mark.parametrize(("line", "expected"), BEFORE)
def test_a_post_before_a_name_or_a_list_of_names_is_theirs(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested(line, "HOLDS") == expected


COMMEMORATED: list[tuple[str, set[tuple[str, str]]]] = [
    # A bare day right after an anniversary is the day it remembers.
    (
        "[Sáng nay]DATE, thành phố tổ chức [mít tinh kỷ niệm ngày Quốc tế lao động]EVENT "
        "[1-5]DATE.",
        {("mít tinh kỷ niệm ngày Quốc tế lao động", "Sáng nay")},
    ),
    # Lookalikes: a time of day after the anniversary; a bare day after another event.
    (
        "[Lễ kỷ niệm Cách mạng tháng Tám]EVENT [sáng 19-8]DATE diễn ra trang trọng.",
        {("Lễ kỷ niệm Cách mạng tháng Tám", "sáng 19-8")},
    ),
    (
        "[Hội nghị]EVENT [5-3]DATE đã thông qua nghị quyết.",
        {("Hội nghị", "5-3")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), COMMEMORATED)
def test_the_day_an_anniversary_remembers_is_no_time_of_it(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested(line, "WHEN") == expected


SHARED: list[tuple[str, set[tuple[str, str]]]] = [
    # A post given by a verb to the last name of a list is every name's.
    (
        "Ông [Lê Văn Tuấn]PER được cử làm [Chủ tịch Hội]ROLE, ông [Trần Văn Khế]PER và "
        "[Ngô Văn Huy]PER làm [phó chủ tịch]ROLE.",
        {
            ("Lê Văn Tuấn", "Chủ tịch Hội"),
            ("Trần Văn Khế", "phó chủ tịch"),
            ("Ngô Văn Huy", "phó chủ tịch"),
        },
    ),
    (
        "[Hà Văn Một]PER, [Lý Văn Hai]PER và [Tạ Văn Ba]PER đều được bầu làm [ủy viên]ROLE.",
        {("Hà Văn Một", "ủy viên"), ("Lý Văn Hai", "ủy viên"), ("Tạ Văn Ba", "ủy viên")},
    ),
    # Lookalike: a post in commas after the last name is only that name's.
    (
        "Ông [Trần Văn Khế]PER và [Ngô Văn Huy]PER, [phó chủ tịch]ROLE, đã phát biểu.",
        {("Ngô Văn Huy", "phó chủ tịch")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), SHARED)
def test_a_post_given_to_a_list_of_names_is_every_names(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested(line, "HOLDS") == expected


APPOINTED: list[tuple[str, set[tuple[str, str, str]]]] = [
    # The post after an appointment the person receives is his; he takes part in it.
    (
        "[Tháng 8-2005]DATE, [Đoàn Văn Tú]PER vừa được [thăng chức]EVENT [Phó phòng]ROLE.",
        {("Đoàn Văn Tú", "Phó phòng", "HOLDS"), ("Đoàn Văn Tú", "thăng chức", "PARTICIPATES")},
    ),
    (
        "Ông [Lê Văn Sáu]PER được [bổ nhiệm]EVENT làm [Thứ trưởng]ROLE.",
        {("Lê Văn Sáu", "Thứ trưởng", "HOLDS"), ("Lê Văn Sáu", "bổ nhiệm", "PARTICIPATES")},
    ),
    (
        "Ông [Hà Văn Bảy]PER bị [bắt]EVENT tại nhà riêng.",
        {("Hà Văn Bảy", "bắt", "PARTICIPATES")},
    ),
    # Lookalikes: a post after an event that is no appointment; one who proposes it.
    (
        "Ông [Lê Văn Tám]PER được [tiếp]EVENT [Bộ trưởng]ROLE.",
        {("Lê Văn Tám", "tiếp", "PARTICIPATES")},
    ),
    (
        "Ông [Lê Văn Chín]PER đề nghị [bổ nhiệm]EVENT [Thứ trưởng]ROLE mới.",
        set(),
    ),
]


def suggested_all(line: str) -> set[tuple[str, str, str]]:
    text, marked = parse_marked(line)
    spans = sorted(marked)
    return {
        (text[slice(*spans[r.head][:2])], text[slice(*spans[r.tail][:2])], r.type)
        for r in suggest_relations(text, spans)
        if r.type in ("HOLDS", "PARTICIPATES")
    }


@pytest.mark.parametrize(("line", "expected"), APPOINTED)
def test_a_post_after_an_appointment_is_the_appointees(
    line: str, expected: set[tuple[str, str, str]]
) -> None:
    assert suggested_all(line) == expected


TWO_DATES: list[tuple[str, set[tuple[str, str]]]] = [
    # A date of its own between a date and an event: the event is the nearer date's.
    (
        "Dự kiến [chiều 5/5]DATE hội đồng sẽ tổng kết công tác và [ngày 20/5]DATE sẽ tổ chức "
        "[phiên họp]EVENT đầu tiên.",
        {("phiên họp", "ngày 20/5")},
    ),
    # Lookalikes: dates listed together, a date said again in brackets, a document's date.
    (
        "Trong hai ngày [14.4]DATE và [15.4.2006]DATE, Ban Chấp hành đã họp [Hội nghị]EVENT.",
        {("Hội nghị", "14.4"), ("Hội nghị", "15.4.2006")},
    ),
    (
        "[Lễ đón]EVENT diễn ra vào [4g30 ngày 28-6]DATE (tức [15g30 chiều 27-6]DATE) tại Ottawa.",
        {("Lễ đón", "4g30 ngày 28-6"), ("Lễ đón", "15g30 chiều 27-6")},
    ),
    (
        "[Ngày 17-5-1995]DATE, ông Hoan đã ký quyết định số 27/KSĐT [ngày 17-5-1995]DATE, "
        "[đình chỉ điều tra]EVENT bị can.",
        {("đình chỉ điều tra", "Ngày 17-5-1995")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), TWO_DATES)
def test_an_event_is_timed_by_the_nearer_of_two_dates(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested(line, "WHEN") == expected


TAKES_PLACE: list[tuple[str, set[tuple[str, str]]]] = [
    # `diễn ra vào` a date: the first event of the phrase before it takes place then.
    (
        "Sau đó, [lễ đón]EVENT Thủ tướng [thăm chính thức]EVENT Canada dự kiến diễn ra vào "
        "khoảng [4g30 sáng ngày 28-6]DATE.",
        {("lễ đón", "4g30 sáng ngày 28-6")},
    ),
    # Lookalikes: events in separate clauses; no verb of taking place.
    (
        "Sau [hội nghị]EVENT, [cuộc họp báo]EVENT diễn ra vào [15g]DATE.",
        {("cuộc họp báo", "15g")},
    ),
    (
        "[Lễ đón]EVENT Thủ tướng [thăm chính thức]EVENT Canada, [ngày 28-6]DATE.",
        {("thăm chính thức", "ngày 28-6")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), TAKES_PLACE)
def test_the_date_an_event_takes_place_is_the_first_events_of_its_phrase(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested(line, "WHEN") == expected
