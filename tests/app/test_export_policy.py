"""Flattening nested spans: the policies, and the shortcut for spans that never overlap."""

from __future__ import annotations

from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.formats import layers as export_policy
from annotator.formats.layers import INNERMOST, LAYERS, OUTERMOST, flatten
from annotator.formats.tokens import ExportSpan

PER, ORG = "PER", "ORG"


def _spans(*triples: tuple[int, int, str]) -> list[ExportSpan]:
    return sorted(ExportSpan(*t) for t in triples)


def test_each_policy_on_a_role_holding_an_organisation() -> None:
    role = ExportSpan(0, 20, "ROLE")
    org, loc = ExportSpan(7, 20, ORG), ExportSpan(12, 20, "LOC")
    spans = sorted([role, org, loc])
    assert flatten(spans, OUTERMOST) == ([[role]], [org, loc])
    assert flatten(spans, INNERMOST) == ([[loc]], [org, role])
    assert flatten(spans, LAYERS, max_layers=2) == ([[role], [org]], [loc])


@st.composite
def span_lists(draw: st.DrawFn) -> list[ExportSpan]:
    starts = st.integers(min_value=0, max_value=60)
    out = set()
    for start, size, label in draw(
        st.lists(st.tuples(starts, st.integers(1, 8), st.sampled_from([PER, ORG])), max_size=8)
    ):
        out.add(ExportSpan(start, start + size, label))
    return sorted(out)


@settings(max_examples=500, deadline=None)
@given(span_lists(), st.sampled_from([OUTERMOST, INNERMOST, LAYERS]), st.sampled_from([None, 1, 3]))
def test_the_shortcut_for_disjoint_spans_changes_nothing(spans, policy, depth) -> None:
    fast = flatten(spans, policy, max_layers=depth)
    with mock.patch.object(export_policy, "_disjoint", return_value=False):
        assert flatten(spans, policy, max_layers=depth) == fast


def test_disjoint_spans_come_back_whole_in_one_layer() -> None:
    spans = _spans((0, 3, PER), (3, 5, ORG), (9, 12, PER))
    assert flatten(spans, OUTERMOST) == ([spans], [])
    assert flatten(spans, LAYERS, max_layers=3) == ([spans, [], []], [])
    assert flatten([], LAYERS) == ([[]], [])


def test_the_loss_reports_examples_say_they_are_documents_in_both_languages():
    """ "ví dụ 1" under "documents with no text left" read as a count, not as document 1."""
    from annotator.app.exporting.report import LossReport

    report = LossReport()
    report.add("empty", doc="1")
    report.add("pending", doc="12", label="LOC", surface="Hà Nội")
    report.add_renamed("CHỨC VỤ", "CHUC_VU")
    english, vietnamese = report.lines("en"), report.lines("vi")
    assert "    e.g. document 1" in english
    assert "    e.g. document 12: “Hà Nội” LOC" in english
    assert "    e.g. “CHỨC VỤ” is written “CHUC_VU”" in english
    assert "    ví dụ tài liệu 1" in vietnamese
    assert "    ví dụ tài liệu 12: “Hà Nội” LOC" in vietnamese
    assert "    ví dụ “CHỨC VỤ” được ghi là “CHUC_VU”" in vietnamese


def test_the_loss_report_names_every_document_by_title_and_quotes_one_way():
    """The preview named documents by number under one kind of loss and "12 «title»" under
    another, and quoted a surface 'so' or "so" by its own apostrophes: every example now
    names its document by title, by number where the title is empty or repeated, and
    quotes with “ ” in both languages."""
    from annotator.app.exporting.report import DocName, LossReport

    report = LossReport()
    report.add("level", doc=DocName("3", "Kỳ họp thứ 8"))
    report.add("pending", doc=DocName("3", "Kỳ họp thứ 8"), label="ORG", surface="Quốc hội")
    report.add("pending", doc=DocName("4", ""), label="PER", surface="Lê Trí Thanh")
    report.add("cut", doc=DocName("5", "Tin ngắn"), label="LOC", surface="Nhà 'Trắng'")
    report.add("cut", doc=DocName("6", "Tin ngắn"), label="LOC", surface='Nhà "Xanh"')
    report.repeated_titles.add("Kỳ họp thứ 8")  # as the project says: another has it too
    for language, word in (("en", "document"), ("vi", "tài liệu")):
        lines = "\n".join(report.lines(language))
        assert f"{word} 3 “Kỳ họp thứ 8”: “Quốc hội” ORG" in lines, lines
        assert f"{word} 3 “Kỳ họp thứ 8”\n" in lines + "\n", lines
        assert f"{word} 4: “Lê Trí Thanh” PER" in lines, lines
        assert f"{word} 5 “Tin ngắn”: “Nhà 'Trắng'” LOC" in lines, lines
        assert f'{word} 6 “Tin ngắn”: “Nhà "Xanh"” LOC' in lines, lines
        assert "«" not in lines
    report.repeated_titles.clear()
    assert "document “Kỳ họp thứ 8”: “Quốc hội” ORG" in "\n".join(report.lines("en"))


def test_a_long_title_is_cut_in_the_loss_report():
    from annotator.app.exporting.report import TITLE_CHARACTERS, DocName, LossReport

    report = LossReport()
    report.add("empty", doc=DocName("1", "Một tiêu đề rất dài " * 10))
    (line,) = [x for x in report.lines("en") if "e.g." in x]
    title = line.split("“")[1].rstrip("”")
    assert TITLE_CHARACTERS - 5 < len(title) <= TITLE_CHARACTERS and title.endswith("…"), line
