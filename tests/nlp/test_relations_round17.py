"""Round 17 relations: kinds of error seen in at least three once-blind sets, in invented sentences.

Each sentence is written here, not copied from an article; its spans are
marked `[surface]LABEL` and the expected pairs are listed by surface.
Lookalikes sit beside the patterns and must get what they list.
"""

from __future__ import annotations

import pytest

from tests.nlp.marked import suggested_pairs

TOPICS: list[tuple[str, set[tuple[str, str]]]] = [
    # The date opens a clause whose act is telling or preparing; the event is its topic.
    (
        "[Sáng 12/5]DATE, Sở Nội vụ thông tin về kết quả [kỳ họp thứ 4]EVENT của Hội đồng.",
        set(),
    ),
    (
        "[Ngày 3-9]DATE, Ban Thường vụ họp bàn công tác chuẩn bị cho [Đại hội đại biểu lần "
        "thứ XV]EVENT của Đảng bộ tỉnh.",
        set(),
    ),
    (
        "[Hôm 8/6]DATE, đại sứ quán đã ra thông cáo bác bỏ các tin đồn “về [cuộc phong "
        "tỏa]EVENT sắp tới”.",
        set(),
    ),
    (
        "Đoạn phim được quay [năm 2017]DATE ở Kazan và không liên quan gì đến [cuộc "
        "bạo loạn]EVENT nói trên.",
        set(),
    ),
    (
        "[Năm 2008]DATE, các nhiệm vụ mà [Hội nghị Trung ương 7]EVENT sẽ đề ra cần được cụ thể hóa.",
        set(),
    ),
    # A topic first, an act joined after it keeps the date.
    (
        "[Chiều 2-7]DATE: Công bố kết quả [bỏ phiếu]EVENT, [lấy ý kiến]EVENT về nhân sự.",
        {("lấy ý kiến", "Chiều 2-7")},
    ),
    # Lookalikes: coming back to visit or work is an act at the date.
    (
        "[Sáng 20/3]DATE, Chủ tịch nước về [thăm]EVENT huyện đảo Cô Tô.",
        {("thăm", "Sáng 20/3")},
    ),
    (
        "[Chiều qua]DATE, đoàn công tác trở về [dự lễ kỷ niệm]EVENT tại quê nhà.",
        {("dự lễ kỷ niệm", "Chiều qua")},
    ),
    # ... the event held at the date, a topic after it (`[hội thảo] về …`).
    (
        "[Ngày 15/11]DATE, Bộ Tư pháp tổ chức [hội thảo]EVENT về dự thảo luật.",
        {("hội thảo", "Ngày 15/11")},
    ),
    # ... a date after the event is not this construction.
    (
        "Bộ Ngoại giao đã có thông cáo về [vụ tấn công]EVENT [hôm 4/2]DATE ở biên giới.",
        {("vụ tấn công", "hôm 4/2")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), TOPICS)
def test_an_event_named_as_a_topic_takes_no_date_of_its_clause(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "WHEN") == expected
