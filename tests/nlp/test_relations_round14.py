"""Round 14 relations: a counted post and the people it is given to, in invented sentences.

Each sentence is written here, not copied from an article; its spans are
marked `[surface]LABEL` and the expected pairs are listed by surface.
Lookalikes sit beside the patterns and must get what they list.
"""

from __future__ import annotations

import pytest

from tests.nlp.marked import suggested_pairs

COUNTED: list[tuple[str, set[tuple[str, str]]]] = [
    # A counted post, a short clause, then `là` and the names.
    (
        "Hai [phó thủ tướng]ROLE tái đắc cử lần này là [Trần Văn Bình]PER và [Lê Thị Hạnh]PER.",
        {("Trần Văn Bình", "phó thủ tướng"), ("Lê Thị Hạnh", "phó thủ tướng")},
    ),
    (
        "Các [bộ trưởng]ROLE trúng cử [BCH]ORG là [Hà Văn Tâm]PER ([Bộ Công an]ORG), "
        "[Vũ Đình Lộc]PER ([Bộ Tài chính]ORG) và [Đỗ Minh Khang]PER ([Bộ Tư pháp]ORG).",
        {
            ("Hà Văn Tâm", "bộ trưởng"),
            ("Vũ Đình Lộc", "bộ trưởng"),
            ("Đỗ Minh Khang", "bộ trưởng"),
        },
    ),
    # A counted post right before a list of names: each name holds it.
    (
        "Tòa tuyên phạt hai nguyên [thứ trưởng]ROLE [Phan Văn Hùng]PER và [Lý Văn Đạt]PER.",
        {("Phan Văn Hùng", "thứ trưởng"), ("Lý Văn Đạt", "thứ trưởng")},
    ),
    (
        "Ba [phó chủ tịch]ROLE [Ngô An]PER, [Tạ Quý]PER và [Mai Thu]PER dự họp.",
        {("Ngô An", "phó chủ tịch"), ("Tạ Quý", "phó chủ tịch"), ("Mai Thu", "phó chủ tịch")},
    ),
    # Lookalikes: a clause of saying before `là`; a person inside the clause; a post
    # not counted; a clause with a comma; a lone name after a counted post.
    (
        "Các [bộ trưởng]ROLE cho rằng người chịu trách nhiệm là [Trần Văn Bình]PER.",
        set(),
    ),
    (
        "Hai [thứ trưởng]ROLE nói ông [Lê Văn Nam]PER là [Hà Văn Tâm]PER.",
        set(),
    ),
    (
        "[Bộ trưởng]ROLE tái đắc cử lần này là niềm vui của ông [Lê Văn Nam]PER.",
        set(),
    ),
    (
        "Các [bộ trưởng]ROLE đều có mặt, người phát biểu đầu tiên là [Hà Văn Tâm]PER.",
        set(),
    ),
    (
        "Hai [thứ trưởng]ROLE [Phan Văn Hùng]PER đã ký.",
        {("Phan Văn Hùng", "thứ trưởng")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), COUNTED)
def test_a_counted_post_is_held_by_each_person_listed_after_it(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "HOLDS") == expected
