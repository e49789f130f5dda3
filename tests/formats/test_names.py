"""Names written by formats without spaces: reversible for any name."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.formats.names import MARKUP, read_name, renamed, written_name, written_tag


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=30), st.booleans())
def test_any_name_reads_back(name: str, markup: bool) -> None:
    extra = MARKUP if markup else frozenset()
    written = written_name(name, extra)
    assert read_name(written) == name
    assert not any(c.isspace() for c in written)
    if markup:
        assert not any(c in written for c in "\"'<>&")


def test_ordinary_names_are_written_as_they_are() -> None:
    for name in ("PER", "SYMPTOM_AND_DISEASE", "Chức-vụ", "LOC.2"):
        assert written_name(name) == name
    assert written_name("CHỨC VỤ") == "CHỨC%20VỤ"
    assert written_name("50%") == "50%25"
    assert written_tag("B-CHỨC VỤ") == "B-CHỨC%20VỤ" and written_tag("Oy") == "Oy"
    assert renamed({"PER", "CHỨC VỤ"}) == {"CHỨC VỤ": "CHỨC%20VỤ"}
