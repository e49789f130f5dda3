"""Round 16 relations: kinds of error seen in at least three tune sets, in invented sentences.

Each sentence is written here, not copied from an article; its spans are
marked `[surface]LABEL` and the expected pairs are listed by surface.
Lookalikes sit beside the patterns and must get what they list.
"""

from __future__ import annotations

import pytest

from tests.nlp.marked import suggested_pairs

SPEAKERS: list[tuple[str, set[tuple[str, str]]]] = [
    # A gathering told as held, then a speaker of his own sentence on the same line.
    (
        "Sáng qua, Sở Tài chính đã có [cuộc họp]EVENT với các doanh nghiệp về giá điện. "
        "[Giám đốc Sở]ROLE [Hà Minh Tường]PER cho rằng cần công khai lộ trình.",
        {("Hà Minh Tường", "cuộc họp")},
    ),
    (
        "Nhiều chuyên gia có mặt tại [hội thảo]EVENT đều đồng tình với đề xuất này. "
        "Ông [Lục Văn Khang]PER, [Viện trưởng Viện Kinh tế]ROLE, nhận xét: “Đây là bước đi đúng”.",
        {("Lục Văn Khang", "hội thảo")},
    ),
    (
        "Tại [buổi đối thoại]EVENT với thanh niên, nhiều câu hỏi được đặt ra. Trước những băn "
        "khoăn đó, [Thứ trưởng]ROLE [Mai Thu Hà]PER cũng cho biết Bộ sẽ sửa quy chế thi.",
        {("Mai Thu Hà", "buổi đối thoại")},
    ),
    (
        "[Lễ kỷ niệm]EVENT đã diễn ra trang trọng. Bà [Y Khuê]PER – [đại biểu]ROLE của "
        "[Đắk Lắk]LOC – bày tỏ niềm tự hào của đồng bào.",
        {("Y Khuê", "Lễ kỷ niệm")},
    ),
    # The gathering acts (`thông qua`); the speaker goes up to announce or hand over.
    (
        "Quy chế bầu cử được [đại hội]EVENT thông qua. Tiếp đó, ông [Đỗ Văn Chiến]PER đã lên "
        "công bố danh sách trúng cử.",
        {("Đỗ Văn Chiến", "đại hội")},
    ),
    (
        "[Lễ tuyên dương]EVENT diễn ra tại Hà Nội. [Phó Chủ tịch nước]ROLE [Võ Thị Ánh Xuân]PER "
        "trao bằng khen cho 50 gương mặt trẻ.",
        {("Võ Thị Ánh Xuân", "Lễ tuyên dương")},
    ),
    # A post suggested short of its end leaves a few of its words before the verb.
    (
        "Nhiều ý kiến tại [tọa đàm]EVENT ủng hộ đề án. Ông [Võ Văn Dũng]PER, [Phó bí thư "
        "Đảng ủy khối]ROLE doanh nghiệp tỉnh nhận xét: “Cần làm ngay”.",
        {("Võ Văn Dũng", "tọa đàm")},
    ),
    # ... but not words with no post before them: another subject speaks.
    (
        "Nhiều ý kiến tại [tọa đàm]EVENT ủng hộ đề án. Ông [Võ Văn Dũng]PER và nhiều doanh "
        "nghiệp nhận xét rằng cần làm ngay.",
        set(),
    ),
    # Lookalikes: the gathering is a topic, not a scene (`chốt`, `kết quả`).
    (
        "Xã đã chốt [hội nghị hiệp thương lần 2]EVENT từ tháng trước. Ông [Đoàn Hữu Phước]PER "
        "cho biết hồ sơ vẫn đầy đủ.",
        set(),
    ),
    (
        "Chi bộ nghe báo cáo kết quả [Đại hội Đảng bộ tỉnh]EVENT. Ông [Tạ Văn Lực]PER khẳng "
        "định sự nhất trí cao của đảng viên.",
        set(),
    ),
    # A coming gathering: no one speaks at it yet.
    (
        "Tại [kỳ họp]EVENT tới, Quốc hội sẽ xem xét dự luật. Ông [Phan Quốc Vinh]PER cho biết "
        "hồ sơ đã sẵn sàng.",
        set(),
    ),
    # The last event of the line is no gathering: the speaker speaks of it.
    (
        "Tại [cuộc họp]EVENT, công an cho hay ông Sơn đã bị [khởi tố]EVENT. Luật sư "
        "[Đinh Văn Hòa]PER cho biết sẽ kháng cáo.",
        set(),
    ),
    # A source opening with `Theo`, and a speaker on the next line.
    (
        "Đã có [cuộc họp]EVENT giữa hai bộ. Theo ông [Cao Văn Kiên]PER, kết quả rất khả quan.",
        set(),
    ),
    (
        "Tỉnh đã có [cuộc họp]EVENT với nhà đầu tư.\n[Chủ tịch tỉnh]ROLE [Lò Thị Hoa]PER cho "
        "rằng dự án cần được đẩy nhanh.",
        set(),
    ),
    # The speaker's own sentence names an event: that one, not the gathering before.
    (
        "Tại [hội nghị]EVENT, nhiều ý kiến được nêu. Ông [Vi Đức Trọng]PER cho biết, sau "
        "[vụ sạt lở]EVENT, tỉnh đã di dời dân.",
        set(),
    ),
]


@pytest.mark.parametrize(("line", "expected"), SPEAKERS)
def test_a_speaker_takes_part_in_the_gathering_told_on_his_line(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == expected


ISSUERS: list[tuple[str, set[tuple[str, str]]]] = [
    # A body, tense words, a vote, a verb of issuing, the documents: it issued them.
    (
        "[Hội đồng nhân dân tỉnh]ORG vừa ra [nghị quyết về giá đất]DOC.",
        {("nghị quyết về giá đất", "Hội đồng nhân dân tỉnh")},
    ),
    (
        "Chiều qua, [Quốc hội]ORG đã biểu quyết thông qua [Nghị quyết về dự toán ngân sách]DOC "
        "và [Nghị quyết về chất vấn]DOC.",
        {
            ("Nghị quyết về dự toán ngân sách", "Quốc hội"),
            ("Nghị quyết về chất vấn", "Quốc hội"),
        },
    ),
    (
        "[Hội đồng Bảo an]ORG đã [bỏ phiếu]EVENT thông qua [nghị quyết 2231]DOC.",
        {("nghị quyết 2231", "Hội đồng Bảo an")},
    ),
    (
        "[Ủy ban Thường vụ Quốc hội]ORG sẽ thông qua [nghị quyết về lương]DOC vào tháng tới.",
        {("nghị quyết về lương", "Ủy ban Thường vụ Quốc hội")},
    ),
    # Lookalikes: a bill voted on is its drafters'; a document discussed, not issued;
    # a verb of issuing far from the body.
    (
        "[Quốc hội]ORG biểu quyết thông qua [dự luật đất đai]DOC với đa số phiếu.",
        set(),
    ),
    (
        "[Quốc hội]ORG đã thảo luận về [Nghị quyết về thuế]DOC cả buổi sáng.",
        set(),
    ),
    (
        "[Quốc hội]ORG sẽ thông qua 6 dự án luật là [Luật Điện lực]DOC và [Luật Cạnh tranh]DOC.",
        set(),
    ),
]


@pytest.mark.parametrize(("line", "expected"), ISSUERS)
def test_a_body_issues_the_documents_its_verb_of_issuing_names(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "ISSUED_BY") == expected


SUBJECTS: list[tuple[str, set[tuple[str, str]]]] = [
    # The subject goes up or comes to the act, is the one who does it, or is its object
    # in a relative clause in commas.
    (
        "Lần đầu tiên [Bộ trưởng Y tế]ROLE [Đào Hồng Lan]PER đăng đàn [trả lời chất vấn]EVENT.",
        {("Đào Hồng Lan", "trả lời chất vấn")},
    ),
    (
        "[Phó thủ tướng]ROLE [Lê Văn Thành]PER là người [trả lời chất vấn]EVENT sau cùng.",
        {("Lê Văn Thành", "trả lời chất vấn")},
    ),
    (
        "Chiều 3-5, ông [Hồ Đức Phớc]PER đã tới [thăm]EVENT tỉnh Bắc Kạn.",
        {("Hồ Đức Phớc", "thăm")},
    ),
    (
        "Hội đồng bầu cử xóa tên ông [Trịnh Văn Quyết]PER, vừa bị [khởi tố]EVENT về tội thao túng.",
        {("Trịnh Văn Quyết", "khởi tố")},
    ),
    # Lookalikes: a person who only speaks of the act, or proposes it.
    (
        "Ông [Vương Đình Huệ]PER nhắc tới [cuộc bầu cử]EVENT năm ngoái.",
        set(),
    ),
    (
        "Ông [Lưu Bình Nhưỡng]PER là người đề xuất [cuộc thanh tra]EVENT này.",
        set(),
    ),
]


@pytest.mark.parametrize(("line", "expected"), SUBJECTS)
def test_a_subject_goes_to_or_is_the_one_of_the_act(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == expected


FRAMES: list[tuple[str, set[tuple[str, str]]]] = [
    # An opening frame at the start, the end or from the time of the event.
    (
        "Đầu [phiên họp]EVENT chiều nay, [Phó Chủ tịch]ROLE [Trần Thanh Mẫn]PER đã trình bày tờ trình.",
        {("Trần Thanh Mẫn", "phiên họp")},
    ),
    (
        "Kết thúc [chuyến thăm]EVENT, [Thủ tướng]ROLE [Phạm Minh Chính]PER đã trả lời báo chí.",
        {("Phạm Minh Chính", "chuyến thăm")},
    ),
    (
        "Ngay từ [chiến dịch tranh cử]EVENT năm 2016, ông [Rodrigo Duterte]PER đã dùng mạng xã hội.",
        {("Rodrigo Duterte", "chiến dịch tranh cử")},
    ),
    # Lookalikes: the frame is inside the sentence, not opening it; a case has no parts.
    (
        "Báo chí đã đưa tin từ [chiến dịch tranh cử]EVENT năm ngoái rằng ông [Lâm Thành]PER "
        "không đủ tiêu chuẩn.",
        set(),
    ),
    (
        "Từ [vụ án]EVENT này, ông [Lục Hữu Tài]PER rút ra bài học về quản lý.",
        set(),
    ),
]


@pytest.mark.parametrize(("line", "expected"), FRAMES)
def test_an_opening_frame_at_the_start_or_end_of_the_event(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == expected


ASIDES: list[tuple[str, set[tuple[str, str]]]] = [
    # A short aside in commas between the subject and `nói trong`/`đã có`, its post not
    # suggested.
    (
        "Bà [Hans Kluge]PER, quan chức cấp cao của [WHO]ORG ở [châu Âu]LOC, nói trong một "
        "[cuộc họp báo]EVENT rằng số ca bệnh đã giảm.",
        {("Hans Kluge", "cuộc họp báo")},
    ),
    (
        "Ông [Trần Quốc Vượng]PER, 58 tuổi, đã có [buổi làm việc]EVENT với tỉnh Nam Định.",
        {("Trần Quốc Vượng", "buổi làm việc")},
    ),
    # Lookalike: a clause too long to be an aside.
    (
        "Ông [Lê Văn Tám]PER, người từng giữ nhiều chức vụ ở địa phương trước khi chuyển "
        "công tác về trung ương năm 2010, đã có [buổi làm việc]EVENT.",
        set(),
    ),
]


@pytest.mark.parametrize(("line", "expected"), ASIDES)
def test_a_subject_past_a_short_aside_has_the_event(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == expected


REPORTERS: list[tuple[str, set[tuple[str, str]]]] = [
    # A reporter who tells the gathering does not speak at it; a delegate does.
    (
        "Đã có [cuộc họp báo]EVENT tại Bộ Ngoại giao. Phóng viên [Hồng Nhung]PER cho biết "
        "nhiều câu hỏi chưa được trả lời.",
        set(),
    ),
    (
        "Đã có [cuộc họp báo]EVENT tại Bộ Ngoại giao. [Người phát ngôn]ROLE [Phạm Thu Hằng]PER "
        "cho biết Việt Nam theo dõi sát tình hình.",
        {("Phạm Thu Hằng", "cuộc họp báo")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), REPORTERS)
def test_a_reporter_tells_the_gathering_a_speaker_speaks_at_it(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == expected


CITED: list[tuple[str, set[tuple[str, str]]]] = [
    # One the writer cites, or who answers an interview, is not at the gathering told.
    (
        "Tại [kỳ họp]EVENT, nhiều đại biểu im lặng. Xin nhắc lại ý kiến của [nguyên Chủ tịch "
        "nước]ROLE [Lê Đức Anh]PER cho rằng cần nói thẳng.",
        set(),
    ),
    (
        "Tại [kỳ họp]EVENT, nhiều đại biểu im lặng. [Bộ trưởng]ROLE [Phan Văn Sáu]PER trả lời "
        "phỏng vấn báo Lao Động rằng cần nói thẳng.",
        set(),
    ),
    (
        "Tại [kỳ họp]EVENT, nhiều đại biểu im lặng. [Bộ trưởng]ROLE [Phan Văn Sáu]PER trả lời "
        "rằng bộ đã làm hết sức.",
        {("Phan Văn Sáu", "kỳ họp")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), CITED)
def test_one_cited_or_interviewed_is_not_at_the_gathering(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == expected


ACTIONS: list[tuple[str, set[tuple[str, str]]]] = [
    # The steps of a criminal case taken about a person: searched, barred from leaving.
    (
        "Cơ quan an ninh điều tra đã [khám nhà]EVENT ông [Đinh Văn Cường]PER tại Huế.",
        {("Đinh Văn Cường", "khám nhà")},
    ),
    (
        "Công an tỉnh quyết định [tạm hoãn xuất cảnh]EVENT đối với ông [Nông Văn Hải]PER.",
        {("Nông Văn Hải", "tạm hoãn xuất cảnh")},
    ),
    (
        "Viện kiểm sát phê chuẩn lệnh [cấm đi khỏi nơi cư trú]EVENT đối với bị can "
        "[Hà Thị Lụa]PER.",
        {("Hà Thị Lụa", "cấm đi khỏi nơi cư trú")},
    ),
    # Lookalikes: a request of the step; the step done before another subject speaks.
    (
        "Công an tỉnh đề nghị [tạm hoãn xuất cảnh]EVENT ông [Nông Văn Hải]PER.",
        set(),
    ),
    (
        "[Khám nhà]EVENT xong, luật sư [Trần Văn Bảy]PER cho biết không có vi phạm.",
        set(),
    ),
]


@pytest.mark.parametrize(("line", "expected"), ACTIONS)
def test_the_steps_of_a_case_take_their_object(line: str, expected: set[tuple[str, str]]) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == expected
