"""Dates out of Vietnamese date expressions, metadata and bylines."""

from __future__ import annotations

import pytest

from annotator.core.dates import DateRange, parse_date

ANCHOR = DateRange("2022-02-23", "2022-02-23")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sáng 23.2", "2022-02-23"),
        ("ngày 7.1.2022", "2022-01-07"),
        ("ngày 30.6.2022", "2022-06-30"),
        ("Chiều ngày 27/4", "2022-04-27"),
        ("tháng 4.2022", "2022-04"),
        ("tháng 3 năm 2021", "2021-03"),
        ("tháng 4", "2022-04"),
        ("năm 2021", "2021"),
        ("nhiệm kỳ 2020 - 2025", "2020/2025"),
        ("giai đoạn 2021-2025", "2021/2025"),
        ("20210428", "2021-04-28"),
        ("2021-04-28", "2021-04-28"),
        ("NGUYÊN ĐOAN | 23/02/2022 11:40", "2022-02-23"),
        ("khóa X", None),
        ("cùng ngày", None),
        ("ngày 32.13.2022", None),
    ],
)
def test_expressions(text: str, expected: str | None) -> None:
    found = parse_date(text, anchor=ANCHOR)
    assert (None if found is None else str(found)) == expected


def test_a_day_without_a_year_needs_an_anchor() -> None:
    assert parse_date("Sáng 23.2") is None
    assert parse_date("ngày 7.1.2022") == DateRange("2022-01-07", "2022-01-07")
