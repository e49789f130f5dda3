"""Bulk steps keep accepted spans from crossing, as single edits do.

Accept all, label all (AddSpans accepted) and accepting a relation's pending
ends write many rows at once; each is checked after the rows are written, so
spans accepted together are checked against each other, and a refusal rolls
the whole step back.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.errors import OperationError
from annotator.core.model import ACCEPTED, PENDING
from annotator.core.operations import AddSpan, AddSpans, SetSpanStates
from tests.store.helpers import article, find, snapshot


@pytest.fixture
def doc(project) -> int:
    doc_id = project.add_document(article())
    assert doc_id is not None
    return doc_id


def _across_the_name(project, doc: int) -> tuple[int, int]:
    """From inside `Phan Việt Cường` (accepted PER) to the word after it."""
    text = project.document(doc).text
    start, end = find(text, "Phan Việt Cường")
    return start + len("Phan "), end + text[end:].index(" ", 1)


def test_labelling_all_as_accepted_refuses_a_range_across_an_accepted_span(
    project, project_path: Path, doc: int
) -> None:
    session = project.session()
    before = snapshot(project_path)
    start, end = _across_the_name(project, doc)
    with pytest.raises(OperationError, match="would cross the PER “Phan Việt Cường”"):
        session.apply(AddSpans("ORG", ((doc, 0, 4), (doc, start, end)), ACCEPTED))
    assert snapshot(project_path) == before
    # As suggestions they may cross: a linguist decides them one by one.
    assert session.apply(AddSpans("ORG", ((doc, start, end),), PENDING)).spans_added


def test_accepting_two_pending_spans_that_cross_each_other_is_refused_whole(
    project, project_path: Path, doc: int
) -> None:
    session = project.session()
    first = session.apply(AddSpan(doc, 0, 6, "EVENT", state=PENDING)).spans_added[0]
    second = session.apply(AddSpan(doc, 3, 9, "ORG", state=PENDING)).spans_added[0]
    before = snapshot(project_path)
    with pytest.raises(OperationError, match="nest but not cross"):
        session.apply(SetSpanStates((first, second), ACCEPTED))
    assert snapshot(project_path) == before
    session.apply(SetSpanStates((first,), ACCEPTED))
    assert {s.id: s.state for s in project.spans(doc)}[first] == ACCEPTED


def test_crossing_pairs_names_the_suggestions_accept_all_must_leave_pending(
    project, doc: int
) -> None:
    session = project.session()
    first = session.apply(AddSpan(doc, 0, 6, "EVENT", state=PENDING)).spans_added[0]
    second = session.apply(AddSpan(doc, 3, 9, "ORG", state=PENDING)).spans_added[0]
    word = find(project.document(doc).text, "lấy")
    alone = session.apply(AddSpan(doc, *word, "EVENT", state=PENDING)).spans_added[0]
    start, end = _across_the_name(project, doc)
    across = session.apply(AddSpan(doc, start, end, "ORG", state=PENDING)).spans_added[0]
    pairs = project.crossing_pairs([first, second, alone, across])
    assert [(p.span_id, p.other_id) for p in pairs] == [
        (first, second),
        (across, _accepted_per(project, doc)),
    ]
    assert (pairs[1].other_label, pairs[1].other_surface) == ("PER", "Phan Việt Cường")
    # What crosses nothing is accepted in one step; the pairs stay pending.
    held = {i for p in pairs for i in (p.span_id, p.other_id)}
    rest = tuple(i for i in (first, second, alone, across) if i not in held)
    session.apply(SetSpanStates(rest, ACCEPTED))
    states = {s.id: s.state for s in project.spans(doc)}
    assert [states[i] for i in (first, second, alone, across)] == [
        PENDING,
        PENDING,
        ACCEPTED,
        PENDING,
    ]


def _accepted_per(project, doc: int) -> int:
    return next(s.id for s in project.spans(doc) if s.label == "PER" and s.state == ACCEPTED)
