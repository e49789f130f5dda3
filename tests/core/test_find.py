"""Find in a document: code-point offsets, with and without diacritics."""

from __future__ import annotations

from annotator.core.find import find_all, fold_text

TEXT = "Quốc hội họp. Đoàn đại biểu QUỐC HỘI; 😀 quoc hoi và Quộc."


def test_folding_keeps_one_character_per_character() -> None:
    assert len(fold_text(TEXT)) == len(TEXT)
    assert fold_text("Đoàn Đại biểu Quốc hội") == "doan dai bieu quoc hoi"


def test_without_diacritics_every_spelling_is_found_at_its_offsets() -> None:
    found = find_all(TEXT, "quoc hoi", diacritics=False)
    assert [TEXT[s:e] for s, e in found] == ["Quốc hội", "QUỐC HỘI", "quoc hoi"]
    assert [TEXT[s:e] for s, e in find_all(TEXT, "Quốc", diacritics=False)] == [
        "Quốc",
        "QUỐC",
        "quoc",
        "Quộc",
    ]


def test_with_diacritics_only_the_same_letters_match_any_case() -> None:
    found = find_all(TEXT, "quốc hội", diacritics=True)
    assert [TEXT[s:e] for s, e in found] == ["Quốc hội", "QUỐC HỘI"]
    assert [TEXT[s:e] for s, e in find_all(TEXT, "Quoc", diacritics=True)] == ["quoc"]


def test_offsets_after_an_emoji_are_code_points() -> None:
    ((start, end),) = find_all(TEXT, "và", diacritics=True)
    assert TEXT[start:end] == "và" and start == TEXT.index("và")


def test_an_empty_query_finds_nothing() -> None:
    assert find_all(TEXT, "   ", diacritics=False) == []
