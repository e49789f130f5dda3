"""Round 11 relations: the constructions of a blind set's misses, in invented sentences.

Each sentence is written here, not copied from an article; its spans are
marked `[surface]LABEL` and the expected pairs are listed by surface.
Lookalikes sit beside the patterns and must get what they list.
"""

from __future__ import annotations

import pytest

from annotator.nlp.relations import suggest_relations
from tests.nlp.marked import parse_marked


def suggested(line: str, kind: str) -> set[tuple[str, str]]:
    """The (head, tail) surfaces of the `kind` relations suggested over the marked spans."""
    text, marked = parse_marked(line)
    spans = sorted(marked)
    return {
        (text[slice(*spans[r.head][:2])], text[slice(*spans[r.tail][:2])])
        for r in suggest_relations(text, spans)
        if r.type == kind
    }


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
