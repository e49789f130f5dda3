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
    report.add("renamed", doc="'CHỨC VỤ' is written 'CHUC_VU'")
    english, vietnamese = report.lines("en"), report.lines("vi")
    assert "    e.g. document 1" in english
    assert "    e.g. document 12: 'Hà Nội' LOC" in english
    assert "    e.g. 'CHỨC VỤ' is written 'CHUC_VU'" in english
    assert "    ví dụ tài liệu 1" in vietnamese
    assert "    ví dụ tài liệu 12: 'Hà Nội' LOC" in vietnamese
