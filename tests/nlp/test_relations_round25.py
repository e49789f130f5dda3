"""Round 25 relations: a chair by his verb, a passive issuer, a date after `diễn ra`.

Each sentence is written here, not copied from an article; its spans are
marked `[surface]LABEL`. Every test pairs a sentence the construction must
read with a lookalike it must leave, so each fails with the construction
taken out.
"""

from __future__ import annotations

import pytest

from tests.nlp.marked import suggested_pairs

# A chair named by his verb (`điều khiển`, `chủ tọa`) takes part in what he chairs.
CHAIRS = [
    (
        "Buổi chiều, ông [Lê Văn Ba]PER, Ủy viên Bộ Chính trị, điều khiển [phiên họp]EVENT.",
        {("Lê Văn Ba", "phiên họp")},
        # Lookalike: a person named beside the gathering with no verb of taking part.
        "Buổi chiều, ông [Lê Văn Ba]PER, Ủy viên Bộ Chính trị, nói rằng [phiên họp]EVENT kéo dài.",
        set(),
    ),
    (
        "Thẩm phán [Trần Năm]PER chủ tọa [phiên tòa]EVENT kéo dài hai ngày.",
        {("Trần Năm", "phiên tòa")},
        "Thẩm phán [Trần Năm]PER nhận xét [phiên tòa]EVENT kéo dài hai ngày.",
        set(),
    ),
]


@pytest.mark.parametrize(
    ("line", "expected", "lookalike", "its_pairs"), CHAIRS, ids=["dieu-khien", "chu-toa"]
)
def test_a_chair_named_by_his_verb_takes_part(
    line: str, expected: set[tuple[str, str]], lookalike: str, its_pairs: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == expected
    assert suggested_pairs(lookalike, "PARTICIPATES") == its_pairs


# `[văn bản] được [cơ quan] phê duyệt`: the body between `được` and a verb of issuing.
PASSIVE_ISSUER = [
    (
        "Theo [quy hoạch phát triển vùng]DOC được [Chính phủ]ORG phê duyệt, tỉnh sẽ mở cảng.",
        {("quy hoạch phát triển vùng", "Chính phủ")},
        # Lookalike: a body that directs a review of the plan does not issue it.
        "[Đề án cải cách]DOC đã được [Ban cán sự đảng]ORG chỉ đạo tổng kết nghiêm túc.",
        set(),
    ),
    (
        "[Chỉ thị về tiết kiệm]DOC đã được [Thủ tướng Chính phủ]ORG ký ban hành.",
        {("Chỉ thị về tiết kiệm", "Thủ tướng Chính phủ")},
        # Lookalike: a law passed by the parliament names no issuer in the gold.
        "[Luật đất đai]DOC được [Quốc hội]ORG thông qua từ tháng 11.",
        set(),
    ),
]


@pytest.mark.parametrize(
    ("line", "expected", "lookalike", "its_pairs"), PASSIVE_ISSUER, ids=["approved", "signed"]
)
def test_a_document_issued_in_the_passive_names_its_body(
    line: str, expected: set[tuple[str, str]], lookalike: str, its_pairs: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "ISSUED_BY") == expected
    assert suggested_pairs(lookalike, "ISSUED_BY") == its_pairs


def test_a_date_after_takes_place_times_its_subject_past_a_year_of_its_topic() -> None:
    line = (
        "Bộ trưởng phát biểu tại [phiên thảo luận]EVENT về dự toán ngân sách [2006]DATE "
        "diễn ra [chiều 21]DATE."
    )
    assert ("phiên thảo luận", "chiều 21") in suggested_pairs(line, "WHEN")
    # Lookalike: a full date between is a time of its own, not a year naming the topic.
    lookalike = (
        "Bộ trưởng phát biểu tại [phiên thảo luận]EVENT hôm [20-10]DATE, còn lễ ký "
        "diễn ra [chiều 21]DATE."
    )
    assert ("phiên thảo luận", "chiều 21") not in suggested_pairs(lookalike, "WHEN")


def test_a_date_listed_after_a_timed_one_times_the_same_event() -> None:
    line = "[Hội nghị]EVENT sẽ diễn ra vào [sáng 3-5]DATE hoặc [chiều 4-5]DATE tại Hà Nội."
    assert suggested_pairs(line, "WHEN") == {("Hội nghị", "sáng 3-5"), ("Hội nghị", "chiều 4-5")}
    # Lookalike: a date of a clause of its own after `và` is no second date of the list.
    lookalike = "[Hội nghị]EVENT diễn ra vào [sáng 3-5]DATE và báo cáo gửi trước [ngày 10-5]DATE."
    assert suggested_pairs(lookalike, "WHEN") == {("Hội nghị", "sáng 3-5")}


@pytest.mark.parametrize(
    "line",
    [
        "Phát biểu chỉ đạo [hội nghị]EVENT, [Thủ tướng]ROLE [Lê Văn Ba]PER yêu cầu các bộ làm rõ.",
        "Theo TTXVN, phát biểu ý kiến chỉ đạo [phiên họp]EVENT, [Chủ tịch nước]ROLE "
        "[Lê Văn Ba]PER biểu dương các đơn vị.",
    ],
    ids=["speech-kind", "after-a-source"],
)
def test_a_speech_of_its_kind_opening_the_sentence_names_its_speaker(line: str) -> None:
    assert ("Lê Văn Ba", "hội nghị" if "hội nghị" in line else "phiên họp") in suggested_pairs(
        line, "PARTICIPATES"
    )
    # Lookalike: a clause speaking of the event, not at it, names no one taking part.
    lookalike = line.replace("Phát biểu chỉ đạo", "Bàn về").replace(
        "phát biểu ý kiến chỉ đạo", "bàn về"
    )
    assert suggested_pairs(lookalike, "PARTICIPATES") == set()


def test_the_owner_of_the_places_searched_takes_part_in_every_listed_step() -> None:
    line = (
        "Cơ quan điều tra đã [bắt tạm giam]EVENT, [khám xét]EVENT nơi ở, nơi làm việc "
        "đối với bị can [Lê Văn Ba]PER."
    )
    assert suggested_pairs(line, "PARTICIPATES") == {
        ("Lê Văn Ba", "bắt tạm giam"),
        ("Lê Văn Ba", "khám xét"),
    }
    # Lookalike: a place that is no home or office of his leaves the earlier step alone.
    lookalike = (
        "Cơ quan điều tra đã [bắt tạm giam]EVENT, [khám xét]EVENT kho hàng ở cảng "
        "của ông [Lê Văn Ba]PER."
    )
    assert ("Lê Văn Ba", "bắt tạm giam") not in suggested_pairs(lookalike, "PARTICIPATES")


@pytest.mark.parametrize(
    "line",
    [
        "Bà [Trần Thị Năm]PER ([Phó Chánh án]ROLE), đại diện [tòa án tỉnh]ORG đã "
        "[xin lỗi]EVENT gia đình.",
        "Ông [Trần Năm]PER, [Phó viện trưởng]ROLE, đã thay mặt [Viện kiểm sát]ORG "
        "[xin lỗi]EVENT gia đình.",
    ],
    ids=["bracketed-post", "post-in-commas"],
)
def test_one_acting_on_behalf_of_a_body_is_the_subject_of_the_act(line: str) -> None:
    person = "Trần Thị Năm" if "Trần Thị Năm" in line else "Trần Năm"
    assert suggested_pairs(line, "PARTICIPATES") == {(person, "xin lỗi")}
    # Lookalike: a body acting, told by the person, is not his own act.
    lookalike = line.replace("đại diện", "cho biết").replace("đã thay mặt", "cho biết")
    assert suggested_pairs(lookalike, "PARTICIPATES") == set()


@pytest.mark.parametrize(
    "line",
    [
        "Là [luật sư]ROLE, [Lê Văn Ba]PER hiểu rõ điều đó.",
        "Từng là [phó chánh án]ROLE, ông [Lê Văn Ba]PER lại cho rằng khác.",
    ],
    ids=["la", "tung-la"],
)
def test_a_clause_of_being_opening_the_sentence_gives_its_post_to_the_subject(line: str) -> None:
    assert suggested_pairs(line, "HOLDS") == {("Lê Văn Ba", line.split("[")[1].split("]")[0])}
    # Lookalike: a post someone else has, then a name, is no clause of being.
    lookalike = line.replace("Là ", "Gặp ").replace("Từng là ", "Gặp ")
    assert suggested_pairs(lookalike, "HOLDS") == set()


def test_a_date_alone_in_a_bracket_after_an_event_and_its_places_times_that_event() -> None:
    line = (
        "Tại [hội nghị thượng đỉnh]EVENT ở thủ đô [Hà Nội]LOC của [Việt Nam]LOC "
        "([18-19/11]DATE), ông [Lê Văn Ba]PER sẽ [gặp]EVENT các nhà lãnh đạo."
    )
    assert suggested_pairs(line, "WHEN") == {("hội nghị thượng đỉnh", "18-19/11")}
    # Lookalike: a person between the event and the bracket: the date is no place's.
    lookalike = (
        "Sau [hội nghị thượng đỉnh]EVENT, ông [Lê Văn Ba]PER ([18-19/11]DATE) sẽ "
        "[gặp]EVENT các nhà lãnh đạo."
    )
    assert ("hội nghị thượng đỉnh", "18-19/11") not in suggested_pairs(lookalike, "WHEN")


def test_a_person_outside_the_quotation_naming_an_event_takes_no_part_in_it() -> None:
    line = '"Mọi người hy vọng [hội đàm]EVENT sẽ có kết quả", [Lê Văn Ba]PER, chuyên gia, nói.'
    assert suggested_pairs(line, "PARTICIPATES") == set()
    # Lookalike: the same person and event with no quotation: he takes part.
    lookalike = "[Lê Văn Ba]PER đã dự [hội đàm]EVENT và cho biết sẽ có kết quả."
    assert suggested_pairs(lookalike, "PARTICIPATES") == {("Lê Văn Ba", "hội đàm")}


def test_a_person_naming_an_era_takes_no_part() -> None:
    line = "Các [phiên tòa]EVENT xét xử những quan chức dưới thời [Lê Văn Ba]PER sẽ bắt đầu."
    assert suggested_pairs(line, "PARTICIPATES") == set()
    # Lookalike: the same person as the object of the trial takes part.
    lookalike = "Các [phiên tòa]EVENT xét xử ông [Lê Văn Ba]PER sẽ bắt đầu."
    assert suggested_pairs(lookalike, "PARTICIPATES") == {("Lê Văn Ba", "phiên tòa")}


def test_a_person_named_as_a_case_takes_no_part_in_the_event_beside_him() -> None:
    line = (
        "Riêng trường hợp [ĐBQH]ROLE [Lê Văn Ba]PER, [đoàn ĐBQH TP]ORG đã tổ chức "
        "[cuộc họp]EVENT, xem xét các điều lệ."
    )
    assert suggested_pairs(line, "PARTICIPATES") == set()
    # Lookalike: the same person as the one who holds the meeting takes part.
    lookalike = "Riêng đại biểu [Lê Văn Ba]PER đã tổ chức [cuộc họp]EVENT để xem xét."
    assert suggested_pairs(lookalike, "PARTICIPATES") == {("Lê Văn Ba", "cuộc họp")}
