"""Round 21 relations: the date of a news report is no time of the event it reports.

Each sentence is written here, not copied from an article; its spans are
marked `[surface]LABEL` and the expected pairs are listed by surface.
Lookalikes sit beside the patterns and must get what they list.
"""

from __future__ import annotations

import pytest

from tests.nlp.marked import suggested_pairs

REPORTED: list[tuple[str, set[tuple[str, str]]]] = [
    # A date before a verb of reporting dates the report, not the event reported.
    (
        "[Ngày 4/6]DATE, nhiều hãng tin nước ngoài đã đưa tin một đại tá bị quân đội "
        "nước này [bắt giữ]EVENT khi đang tìm cách vượt biên.",
        set(),
    ),
    (
        "Các trang tin trong khu vực [hôm 9/6]DATE đồng loạt loan tin đã [bắt]EVENT được "
        "hai chỉ huy phiến quân.",
        set(),
    ),
    # Lookalikes: the date after the verb, inside the report; and no verb of reporting.
    (
        "Báo chí đã đưa tin, [sáng 12-3]DATE, Bộ trưởng đã chủ trì [cuộc họp]EVENT với các cục.",
        {("cuộc họp", "sáng 12-3")},
    ),
    (
        "[Ngày 4/6]DATE, quân đội nước này đã [bắt giữ]EVENT một đại tá khi đang vượt biên.",
        {("bắt giữ", "Ngày 4/6")},
    ),
]


@pytest.mark.parametrize(("line", "expected"), REPORTED)
def test_the_date_of_a_news_report_is_no_time_of_what_it_reports(
    line: str, expected: set[tuple[str, str]]
) -> None:
    assert suggested_pairs(line, "WHEN") == expected
