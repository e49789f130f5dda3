"""Relation suggestions between given spans: the patterns of each relation type."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from annotator.nlp.relations import sentence_ids, suggest_relations


def spans_of(text: str, marked: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Spans by surface (first occurrence after the previous one), in order."""
    out, pos = [], 0
    for surface, label in marked:
        start = text.index(surface, pos)
        out.append((start, start + len(surface), label))
        pos = start + len(surface)
    return out


def named(text, spans, found):
    return {
        (text[slice(*spans[r.head][:2])], r.type, text[slice(*spans[r.tail][:2])]) for r in found
    }


def test_roles_before_and_after_a_name_and_a_list_of_roles():
    text = "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Phan Việt Cường, Chủ tịch HĐND tỉnh, phát biểu."
    spans = spans_of(
        text,
        [
            ("Ủy viên Trung ương Đảng", "ROLE"),
            ("Bí thư Tỉnh ủy", "ROLE"),
            ("Phan Việt Cường", "PER"),
            ("Chủ tịch HĐND tỉnh", "ROLE"),
        ],
    )
    got = named(text, spans, suggest_relations(text, spans))
    assert got == {
        ("Phan Việt Cường", "HOLDS", "Ủy viên Trung ương Đảng"),
        ("Phan Việt Cường", "HOLDS", "Bí thư Tỉnh ủy"),
        ("Phan Việt Cường", "HOLDS", "Chủ tịch HĐND tỉnh"),
    }


def test_a_role_right_before_the_next_name_is_that_name_s():
    text = "Đại sứ Al-Masri, Chủ tịch nước Trần Đức Lương nói."
    spans = spans_of(
        text,
        [
            ("Đại sứ", "ROLE"),
            ("Al-Masri", "PER"),
            ("Chủ tịch nước", "ROLE"),
            ("Trần Đức Lương", "PER"),
        ],
    )
    got = named(text, spans, suggest_relations(text, spans))
    assert got == {
        ("Al-Masri", "HOLDS", "Đại sứ"),
        ("Trần Đức Lương", "HOLDS", "Chủ tịch nước"),
    }


def test_an_aside_after_the_name_does_not_break_the_roles_after_it():
    text = "Ông Võ Mạnh Sơn (Sinh năm 1971), Bí thư Đảng đoàn, Chủ tịch Liên đoàn lao động tỉnh."
    spans = spans_of(
        text,
        [
            ("Võ Mạnh Sơn", "PER"),
            ("1971", "DATE"),
            ("Bí thư Đảng đoàn", "ROLE"),
            ("Chủ tịch Liên đoàn lao động tỉnh", "ROLE"),
        ],
    )
    got = named(text, spans, suggest_relations(text, spans))
    assert ("Võ Mạnh Sơn", "HOLDS", "Bí thư Đảng đoàn") in got
    assert ("Võ Mạnh Sơn", "HOLDS", "Chủ tịch Liên đoàn lao động tỉnh") in got


def test_when_links_a_date_to_the_nearest_event_but_not_a_term_or_birth_year():
    text = "Sáng 29/4, Thành ủy tổ chức hội nghị lần thứ 4 nhiệm kỳ 2020 - 2025."
    spans = spans_of(
        text,
        [
            ("Sáng 29/4", "DATE"),
            ("Thành ủy", "ORG"),
            ("hội nghị lần thứ 4", "EVENT"),
            ("nhiệm kỳ 2020 - 2025", "DATE"),
        ],
    )
    got = named(text, spans, suggest_relations(text, spans))
    assert got == {("hội nghị lần thứ 4", "WHEN", "Sáng 29/4")}


def test_issued_by_after_cua_and_before_ban_hanh():
    text = "Theo Chỉ thị số 01-CT/TW của Bộ Chính trị. Quốc hội ban hành Nghị quyết 18."
    spans = spans_of(
        text,
        [
            ("Chỉ thị số 01-CT/TW", "DOC"),
            ("Bộ Chính trị", "ORG"),
            ("Quốc hội", "ORG"),
            ("Nghị quyết 18", "DOC"),
        ],
    )
    got = named(text, spans, suggest_relations(text, spans))
    assert got == {
        ("Chỉ thị số 01-CT/TW", "ISSUED_BY", "Bộ Chính trị"),
        ("Nghị quyết 18", "ISSUED_BY", "Quốc hội"),
    }


def test_participates_needs_a_cue_and_stays_inside_the_sentence():
    text = "Ông Nguyễn Văn An chủ trì hội nghị. Ảnh: Quốc Chính.\nBà Lê Thị Hoa nói."
    spans = spans_of(
        text,
        [
            ("Nguyễn Văn An", "PER"),
            ("hội nghị", "EVENT"),
            ("Quốc Chính", "PER"),
            ("Lê Thị Hoa", "PER"),
        ],
    )
    got = named(text, spans, suggest_relations(text, spans))
    assert got == {("Nguyễn Văn An", "PARTICIPATES", "hội nghị")}


def test_every_suggestion_carries_a_confidence_between_0_and_1():
    text = "Bộ trưởng Lê Huy Ngọ dự kỳ họp ngày 25/5."
    spans = spans_of(
        text,
        [("Bộ trưởng", "ROLE"), ("Lê Huy Ngọ", "PER"), ("kỳ họp", "EVENT"), ("ngày 25/5", "DATE")],
    )
    found = suggest_relations(text, spans)
    assert {r.type for r in found} == {"HOLDS", "PARTICIPATES", "WHEN"}
    assert all(0.0 < r.confidence <= 1.0 for r in found)


def test_sentences_split_at_line_breaks_and_sentence_ends():
    text = "Một câu. Câu hai\nDòng ba"
    ids = sentence_ids(text)
    assert ids[0] == ids[5] != ids[text.index("Câu")] != ids[text.index("Dòng")]


@given(
    st.text(max_size=200),
    st.lists(
        st.tuples(
            st.integers(0, 199),
            st.integers(1, 20),
            st.sampled_from(["PER", "ROLE", "EVENT", "DATE", "DOC", "ORG"]),
        ),
        max_size=12,
    ),
)
def test_any_text_and_spans_give_relations_between_valid_indices(text, raw):
    spans, pos = [], 0
    for start, length, label in sorted(raw):
        start = max(start, pos)
        end = min(start + length, len(text))
        if start < end:
            spans.append((start, end, label))
            pos = end
    for r in suggest_relations(text, spans):
        assert 0 <= r.head < len(spans) and 0 <= r.tail < len(spans)
        assert re.fullmatch(r"HOLDS|PARTICIPATES|WHEN|ISSUED_BY", r.type)
