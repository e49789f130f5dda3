"""Every rule on any text: no exception, spans inside the text, never overlapping.

Arbitrary Unicode rarely reaches the date or name rules, so the texts are also
built from fragments that trigger them (day and month words, titles, unit
nouns) mixed with digits of every kind: superscripts (`10²`, which `isdigit`
accepts and `int` refuses), other scripts' digits, fullwidth digits.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.nlp.relations import suggest_relations
from annotator.nlp.rules import RuleSuggester

_FRAGMENTS = [
    "ngày",
    "tháng",
    "năm",
    "sáng",
    "chiều nay",
    "Hôm nay",
    "hôm qua",
    "đêm qua",
    "giờ",
    "phút",
    "quý",
    "nhiệm kỳ",
    "giai đoạn",
    "khóa",
    "thứ",
    "cuối",
    "sinh",
    "SN",
    "từ",
    "đến",
    "Tổng thống",
    "Bộ trưởng",
    "Bí thư",
    "Đại sứ",
    "tại",
    "ông",
    "Ngài",
    "trung tướng",
    "tỉnh",
    "huyện",
    "Hội trường",
    "Luật",
    "sửa đổi, bổ sung",
    "Nghị quyết",
    "số",
    "Đại hội",
    "khởi tố",
    "kỳ họp",
    "lần",
    "của",
    "TAND",
    "VKS",
    "TƯ",
    "VN",
    "QH",
    "Đoàn",
    "Putin",
    "Al-Masri",
    "S.",
    "-",
    "/",
    ".",
    ",",
    "(",
    ")",
    "\n",
    " ",
    "&amp;",
    "“",
    "”",
]
_NUMBERS = [
    "10²",
    "²",
    "٣",
    "١٢/٣",
    "２０２１",
    "12",
    "3/4",
    "1²/3",
    "12-5",
    "15g30",
    "9h",
    "2021",
    "11-1982",
    "0",
    "99",
    "31.12.2020",
    "٢٠٢١",
    "৭",
    "Ⅻ",
    "½",
]
_texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(_FRAGMENTS + _NUMBERS) | st.text(max_size=4), max_size=60).map(
        " ".join
    ),
    st.lists(st.sampled_from(_FRAGMENTS + _NUMBERS), max_size=60).map("".join),
    # A word that expects a number, then a number of any kind: "tháng 10²".
    st.lists(st.tuples(st.sampled_from(_FRAGMENTS), st.sampled_from(_NUMBERS)), max_size=30).map(
        lambda pairs: " ".join(f"{word} {number}" for word, number in pairs)
    ),
)


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=_texts)
def test_rules_and_relations_never_raise_and_stay_in_the_text(
    rules: RuleSuggester, text: str
) -> None:
    spans = rules.suggest(text)
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
    triples = [(s.start, s.end, s.label) for s in spans]
    for rel in suggest_relations(text, triples):
        assert 0 <= rel.head < len(triples) and 0 <= rel.tail < len(triples)


@pytest.mark.parametrize(
    "text",
    [
        "tháng 10²",
        "ngày 1²/3",
        "năm ２０２１",
        "sinh ١٩٧٣",
        "Hôm nay (2²-4)",
        "15 giờ ٣٠ phút",
        "quý ²",
    ],
)
def test_digits_that_int_refuses_or_reads_are_no_date(rules: RuleSuggester, text: str) -> None:
    dates = [text[s.start : s.end] for s in rules.suggest(text) if s.label == "DATE"]
    assert all(ch.isascii() for date in dates for ch in date if ch.isdigit()), dates
