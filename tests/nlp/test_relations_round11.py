"""Round 11 relations: the constructions of a blind set's misses, in invented sentences.

Each sentence is written here, not copied from an article; its spans are
marked `[surface]LABEL` and the expected pairs are listed by surface.
Lookalikes sit beside the patterns and must get what they list.
"""

from __future__ import annotations

import pytest

from tests.nlp.marked import suggested_pairs

suggested = suggested_pairs


SUBJECTS: list[tuple[str, set[tuple[str, str]]]] = [
    # The subject right before the event: resigns, works with, has a meeting.
    (
        "Trước việc ông [Trần Văn Lộc]PER [từ chức]EVENT, dư luận đồng tình.",
        {("Trần Văn Lộc", "từ chức")},
    ),
    (
        "[Bộ trưởng]ROLE [Lê Minh Hải]PER [làm việc]EVENT với lãnh đạo tỉnh [Nghệ An]LOC.",
        {("Lê Minh Hải", "làm việc")},
    ),
    (
        "[Chiều qua]DATE, [Phó thủ tướng]ROLE [Vũ Đức Long]PER có [cuộc họp khẩn]EVENT "
        "với [Bộ Y tế]ORG.",
        {("Vũ Đức Long", "cuộc họp khẩn")},
    ),
    (
        "Ông [Hà Quang Vinh]PER đã [ký kết]EVENT thỏa thuận hợp tác.",
        {("Hà Quang Vinh", "ký kết")},
    ),
    # Lookalikes: an event before the name across a comma, a verb of sending between,
    # the act of a relative named by the person.
    (
        "Sau [hiệp thương vòng 3]EVENT, bà [Đỗ Thị Thu]PER gửi đơn xin rút.",
        set(),
    ),
    (
        "Nhà trưng bày thư của [Chủ tịch]ROLE [Hồ Chí Minh]PER gửi "
        "[Đại hội đại biểu các dân tộc]EVENT năm 1946.",
        set(),
    ),
    (
        "Con trai ông [Nguyễn Văn Tám]PER [từ chức]EVENT năm ngoái.",
        set(),
    ),
]


@pytest.mark.parametrize(("line", "expected"), SUBJECTS)
def test_the_subject_right_before_an_event_takes_part_in_it(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested(line, "PARTICIPATES") == expected


HOLDING: list[tuple[str, set[tuple[str, str]]]] = [
    # A verb of holding a post between the name and the post.
    (
        "Ông [Lê Văn Khoa]PER tiếp tục đảm nhiệm chức [bộ trưởng]ROLE đến khi có người thay.",
        {("Lê Văn Khoa", "bộ trưởng")},
    ),
    (
        "Ông [Trịnh Văn Lâm]PER được cử làm [Chủ tịch Hội]ROLE nhiệm kỳ mới.",
        {("Trịnh Văn Lâm", "Chủ tịch Hội")},
    ),
    (
        "Bà [Hồ Thị Hạnh]PER đã được bầu giữ chức [Phó Chủ tịch UBND tỉnh]ROLE.",
        {("Hồ Thị Hạnh", "Phó Chủ tịch UBND tỉnh")},
    ),
    (
        "Chuyến đi đầu tiên của ông [Võ Tấn Lực]PER trên cương vị là "
        "[người đứng đầu Chính phủ]ROLE.",
        {("Võ Tấn Lực", "người đứng đầu Chính phủ")},
    ),
    (
        "Sai phạm của ông [Đỗ Minh Quân]PER với tư cách [giám đốc Công ty Điện lực]ROLE.",
        {("Đỗ Minh Quân", "giám đốc Công ty Điện lực")},
    ),
    # A bracket saying what the person was at the time, an article before the post.
    (
        "Trung tá [Phạm Văn Toàn]PER (nguyên là [phó trưởng Công an phường]ROLE) đã nhận tiền.",
        {("Phạm Văn Toàn", "phó trưởng Công an phường")},
    ),
    (
        "Tiền được đưa qua [Lưu Văn Trí]PER (lúc đó là [trưởng phòng tham mưu]ROLE).",
        {("Lưu Văn Trí", "trưởng phòng tham mưu")},
    ),
    (
        "Người ra hàng là [Ivan Petrov]PER, một [phó chỉ huy lữ đoàn]ROLE.",
        {("Ivan Petrov", "phó chỉ huy lữ đoàn")},
    ),
    # Posts of one list: an acting post, `đồng thời là`.
    (
        "Ông [Cao Văn Phú]PER là [bộ trưởng]ROLE, quyền [bí thư Ban cán sự đảng]ROLE.",
        {("Cao Văn Phú", "bộ trưởng"), ("Cao Văn Phú", "bí thư Ban cán sự đảng")},
    ),
    (
        "Ông [Lý Văn Thành]PER, [Chủ tịch UBND thị xã]ROLE đồng thời là "
        "[Chủ tịch Ủy ban bầu cử]ROLE cho biết như vậy.",
        {("Lý Văn Thành", "Chủ tịch UBND thị xã"), ("Lý Văn Thành", "Chủ tịch Ủy ban bầu cử")},
    ),
    # Lookalikes: a verb of working with a post, a post one was asked about, another's post.
    (
        "Ông [Lê Văn Khoa]PER làm việc với [Bộ trưởng]ROLE chiều qua.",
        set(),
    ),
    (
        "Ông [Hà Văn Nam]PER đề nghị bầu [Chủ tịch]ROLE mới.",
        set(),
    ),
    (
        "Ông [Tạ Văn Bình]PER được [Chủ tịch]ROLE [Lê Văn Hòa]PER tiếp.",
        {("Lê Văn Hòa", "Chủ tịch")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), HOLDING)
def test_a_verb_of_holding_a_post_binds_the_post_to_the_name(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested(line, "HOLDS") == expected


GROUPS: list[tuple[str, set[tuple[str, str]]]] = [
    # A counted group acted on, its members listed in the next sentence.
    (
        "[Công an tỉnh]ORG đã [khởi tố]EVENT tiếp ba bị can về tội đánh bạc. Đó là: "
        "[Lê Văn An]PER (xã [Kỳ Phú]LOC), [Trần Thị Bình]PER và [Đỗ Văn Cường]PER.",
        {("Lê Văn An", "khởi tố"), ("Trần Thị Bình", "khởi tố"), ("Đỗ Văn Cường", "khởi tố")},
    ),
    (
        "[Viện kiểm sát]ORG [truy tố]EVENT hai bị cáo. Đó là các bị cáo [Phan Văn Tú]PER "
        "và [Lý Thị Mơ]PER.",
        {("Phan Văn Tú", "truy tố"), ("Lý Thị Mơ", "truy tố")},
    ),
    # The group goes through the step, the list after `là`.
    (
        "Lần đầu tiên hai bị cáo bị [tạm giam]EVENT là [Hồ Văn Dũng]PER và "
        "[Ngô Thị Huyên]PER không phải mặc áo tù.",
        {("Hồ Văn Dũng", "tạm giam"), ("Ngô Thị Huyên", "tạm giam")},
    ),
    # The group listed first, its step in the next sentence with the same count.
    (
        "Cả ba đối tượng nguyên là cán bộ y tế gồm: [Vũ Thị Tuyết]PER ([phó chủ tịch]ROLE), "
        "[Lê Đức Hiếu]PER ([bác sĩ]ROLE). Theo công an, ba đối tượng bị [bắt]EVENT vì nhận hối lộ.",
        {("Vũ Thị Tuyết", "bắt"), ("Lê Đức Hiếu", "bắt")},
    ),
    # A person in a member's bracket is no member.
    (
        "[Công an]ORG [khởi tố]EVENT hai bị can. Đó là: [Hà Văn Mười]PER (chồng của "
        "[Dương Thị Trâm]PER), [Ngô Hồng Sơn]PER.",
        {("Hà Văn Mười", "khởi tố"), ("Ngô Hồng Sơn", "khởi tố")},
    ),
    (
        "21 bị cáo [hầu tòa]EVENT gồm: [Lâm Văn Tỷ]PER, [Đặng Văn Em]PER (em trai "
        "[Lâm Văn Tỷ]PER).",
        {("Lâm Văn Tỷ", "hầu tòa"), ("Đặng Văn Em", "hầu tòa")},
    ),
    # Lookalikes: a group with no step, a list that names others, a step of another count.
    (
        "Hai bị can này có nhiều tiền án. Đó là [Lê Văn Tài]PER và [Võ Văn Lực]PER.",
        set(),
    ),
    (
        # (the one who keeps the record, not the chair: a chair takes part, news5, news22)
        "[Tòa]ORG [tuyên phạt]EVENT hai bị cáo mức án 9 tháng tù, người ghi biên bản là thư ký "
        "[Lê Văn Đức]PER.",
        set(),
    ),
    (
        "Cả bốn đối tượng gồm: [Mai Văn Lâm]PER, [Trịnh Văn Sỹ]PER. Sau đó, hai đối tượng "
        "khác bị [bắt]EVENT tại [Hà Nội]LOC.",
        set(),
    ),
]


@pytest.mark.parametrize(("line", "expected"), GROUPS)
def test_the_members_listed_of_a_counted_group_take_part_in_its_step(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested(line, "PARTICIPATES") == expected


ACTIONS: list[tuple[str, set[tuple[str, str]]]] = [
    # The object of a verdict; a trial joined to it by `và đã`.
    (
        "[Hôm nay]DATE, [TAND quận 3]ORG đưa ra [xét xử vụ gây rối]EVENT và đã "
        "[tuyên phạt]EVENT [Lê Thị Hoa]PER (52 tuổi) mức án 9 tháng tù.",
        {("Lê Thị Hoa", "xét xử vụ gây rối"), ("Lê Thị Hoa", "tuyên phạt")},
    ),
    (
        "[Tòa]ORG [tuyên án]EVENT bị cáo [Phạm Văn Lợi]PER 12 năm tù.",
        {("Phạm Văn Lợi", "tuyên án")},
    ),
    # Several steps of a case, `đối với` before the person.
    (
        "[Cơ quan điều tra]ORG đã [khởi tố bị can]EVENT, [bắt tạm giam]EVENT đối với ông "
        "[Đinh Văn Long]PER.",
        {("Đinh Văn Long", "khởi tố bị can"), ("Đinh Văn Long", "bắt tạm giam")},
    ),
    (
        "Chỉ có hai trường hợp bị [kỷ luật]EVENT là [Vũ Văn Tuấn]PER ([trưởng phòng]ROLE) "
        "và [Trịnh Văn Huy]PER.",
        {("Vũ Văn Tuấn", "kỷ luật"), ("Trịnh Văn Huy", "kỷ luật")},
    ),
    # Lookalikes: a request for permission to act; the relative of a person sentenced.
    (
        "[Viện kiểm sát]ORG đề nghị [Ủy ban thường vụ]ORG cho phép cơ quan điều tra thực hiện "
        "việc [khởi tố bị can]EVENT, [khám xét]EVENT và [bắt tạm giam]EVENT đối với ông "
        "[Lê Minh Hòa]PER.",
        set(),
    ),
    (
        "[Tòa]ORG [tuyên phạt]EVENT vợ ông [Ngô Văn Hưng]PER 3 năm tù.",
        set(),
    ),
]


@pytest.mark.parametrize(("line", "expected"), ACTIONS)
def test_the_object_of_a_step_of_a_case_takes_part_in_every_step_joined_to_it(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested(line, "PARTICIPATES") == expected


ASIDES: list[tuple[str, set[tuple[str, str]]]] = [
    # A person in a bracket about someone else takes no part in the event outside it.
    (
        "Ông [Nguyễn Văn Long]PER (cháu ruột bị can [Lê Văn Tiến]PER) đã từng bị "
        "[khởi tố]EVENT năm 1994.",
        {("Nguyễn Văn Long", "khởi tố")},
    ),
    (
        "Sáu bị can khác (nhẹ tội hơn ông [Trần Văn Lâm]PER) đã bị đưa ra [truy tố]EVENT.",
        set(),
    ),
    # Lookalikes: a bracket that lists a group's members; an event inside the bracket.
    (
        "Cơ quan điều tra đã [khởi tố]EVENT bốn bị can (trong đó có [Bùi Văn Hưng]PER).",
        {("Bùi Văn Hưng", "khởi tố")},
    ),
    (
        "Đoàn đại biểu (do ông [Lê Văn Tám]PER dẫn đầu tại [hội nghị]EVENT) đã về nước.",
        {("Lê Văn Tám", "hội nghị")},
    ),
    # A speaker after a phrase naming the event as a topic comments on it.
    (
        "Liên quan đến [vụ kiện]EVENT giữa hai nước, [Tổng thống]ROLE [Ivan Petrov]PER "
        "khẳng định nước này giữ trung lập.",
        set(),
    ),
    (
        "Về [kỳ họp]EVENT tới, [Chủ tịch Quốc hội]ROLE [Lê Văn Hòa]PER cho biết sẽ dành "
        "hai ngày cho nhân sự.",
        set(),
    ),
    # A person named as a topic after the event.
    (
        "[Chủ tịch]ROLE [Lê Văn An]PER phát biểu tại [phiên họp]EVENT cho biết mọi việc liên "
        "quan tới ông [Lê Minh Hoàng]PER đã rõ.",
        {("Lê Văn An", "phiên họp")},
    ),
    # Lookalikes: the phrase says he is there; a subject returning from a visit.
    (
        "Phát biểu tại [hội nghị]EVENT, [Bộ trưởng]ROLE [Đỗ Văn Hùng]PER nhấn mạnh vai trò "
        "của ngành.",
        {("Đỗ Văn Hùng", "hội nghị")},
    ),
    (
        "Trở về sau [chuyến thăm]EVENT, ông [Lý Văn Sơn]PER cho biết hai bên đã ký hợp đồng.",
        {("Lý Văn Sơn", "chuyến thăm")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), ASIDES)
def test_an_aside_or_a_comment_on_a_topic_gives_no_part(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested(line, "PARTICIPATES") == expected


PREPOSED: list[tuple[str, set[tuple[str, str]]]] = [
    # An opening clause of attendance wins over a nearer event the speaker talks of.
    (
        "Phát biểu tại [buổi lễ]EVENT, [Tổng Bí thư]ROLE [Lê Văn Mạnh]PER khẳng định, "
        "[Đại hội]EVENT thành công tốt đẹp.",
        {("Lê Văn Mạnh", "buổi lễ")},
    ),
    (
        "Cũng tại [hội nghị]EVENT, ông [Trần Văn Trung]PER cho biết [chiến dịch]EVENT sẽ kéo dài.",
        {("Trần Văn Trung", "hội nghị")},
    ),
    (
        "Cụ thể, trong [đợt bầu cử]EVENT, [Tổng Bí thư]ROLE [Lê Văn Trọng]PER ứng cử ở "
        "[Hà Nội]LOC.",
        {("Lê Văn Trọng", "đợt bầu cử")},
    ),
    # The subjects of later clauses after `;` share the opening clause's event.
    (
        "Cụ thể, trong [đợt bầu cử]EVENT, [Tổng Bí thư]ROLE [Lê Văn Trọng]PER ứng cử ở "
        "[Hà Nội]LOC; [Chủ tịch Quốc hội]ROLE [Vương Văn Huệ]PER ứng cử ở [Hải Phòng]LOC; "
        "[Thủ tướng]ROLE [Phạm Văn Chính]PER ứng cử tại [thành phố Cần Thơ]LOC.",
        {
            ("Lê Văn Trọng", "đợt bầu cử"),
            ("Vương Văn Huệ", "đợt bầu cử"),
            ("Phạm Văn Chính", "đợt bầu cử"),
        },
    ),
    (
        "Sau [đợt bầu cử]EVENT, [Tổng Bí thư]ROLE [Lê Văn Trọng]PER về [Hà Nội]LOC; "
        "[Thủ tướng]ROLE [Phạm Văn Chính]PER về [Cần Thơ]LOC.",
        set(),
    ),
    (
        "Cụ thể, trong [vụ án]EVENT này, ông [Lê Văn Tám]PER giữ vai trò chủ mưu.",
        set(),
    ),
    (
        "Trong khi đó, [chiến dịch]EVENT vẫn tiếp diễn, ông [Lê Văn Bảy]PER nhận định.",
        set(),
    ),
    # Lookalikes: the clause does not open the sentence; no clause of attendance.
    (
        "Nhiều người phản đối [chiến dịch]EVENT, ông [Lê Văn Năm]PER khẳng định "
        "[hội nghị]EVENT sẽ bàn lại.",
        set(),
    ),
    (
        "Sau [hội nghị]EVENT, ông [Võ Văn Sáu]PER cho biết [chiến dịch]EVENT sẽ kéo dài.",
        set(),
    ),
]


@pytest.mark.parametrize(("line", "expected"), PREPOSED)
def test_an_opening_clause_of_attendance_names_the_event_of_its_subject(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested(line, "PARTICIPATES") == expected
