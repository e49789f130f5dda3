"""File names from titles: no traversal, no reserved device names, bounded, unique."""

from __future__ import annotations

from annotator.formats.filenames import MAX_STEM, UniqueNames, safe_stem


def test_traversal_and_separators_are_neutralised() -> None:
    for title in ("../../etc/passwd", "..\\..\\boot.ini", "/abs/path", "a\x00b"):
        stem = safe_stem(title)
        assert "/" not in stem and "\\" not in stem and ".." not in stem and "\x00" not in stem


def test_reserved_names_and_empty_titles() -> None:
    assert safe_stem("CON").lower() != "con"
    assert safe_stem("nul") == "nul_"
    assert safe_stem("COM1 report") == "COM1_report_"
    assert safe_stem("...") == "document"


def test_length_and_uniqueness_case_insensitive() -> None:
    names = UniqueNames()
    long = "Bí thư " * 50
    first, second = names.take(long), names.take(long)
    assert len(first) <= MAX_STEM and len(second) <= MAX_STEM and first != second
    assert names.take("Hà Nội") == "Hà_Nội"
    assert names.take("hà nội") == "hà_nội-2"
