"""Round 20 relations: attendance lists told before their verb or after a qualified `gồm`.

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
