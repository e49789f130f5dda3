"""brat fragments: a span over a line break or a tab is written as brat writes it, and read back."""

from __future__ import annotations

from annotator.core.model import SourceDocument
from annotator.formats import brat
from tests.formats.pipeline import export_doc

TEXT = "Tin: Ủy ban nhân dân\ntỉnh Quảng Nam\thọp."


def test_a_span_across_lines_is_written_as_fragments_whose_text_matches() -> None:
    end = TEXT.index("\thọp")
    doc = export_doc(SourceDocument(text=TEXT, spans=((5, end, "ORG"),)))
    (line,) = brat.ann_text(doc).splitlines()
    assert line == "T1\tORG 5 20;21 35\tỦy ban nhân dân tỉnh Quảng Nam"
    assert TEXT[5:20] == "Ủy ban nhân dân" and TEXT[21:35] == "tỉnh Quảng Nam"
    back = brat.parse(TEXT, line + "\n", name="x")
    assert back.spans == ((5, end, "ORG"),) and not back.meta


def test_a_span_ending_in_a_tab_keeps_one_fragment() -> None:
    assert brat.fragments(TEXT, 21, 36) == [(21, 35)]
    assert brat.fragments("a\n\nb", 0, 4) == [(0, 1), (3, 4)]


def test_a_real_gap_is_read_as_the_whole_range_and_said() -> None:
    back = brat.parse("Bí thư và Tỉnh ủy", "T1\tROLE 0 6;10 17\tBí thư Tỉnh ủy\n", name="x")
    assert back.spans == ((0, 17, "ROLE"),)
    assert "discontinuous" in back.meta["import_warnings"][0]
