"""ResizeSpan: new bounds for a span, its id, label, state and relations kept; checked as a new span."""

from __future__ import annotations

import pytest

from annotator.core.errors import DuplicateSpanError, OffsetError, OperationError
from annotator.core.model import SourceDocument
from annotator.core.operations import AddSpan, ResizeSpan
from tests.store.helpers import article, find


@pytest.fixture
def doc(project) -> int:
    doc_id = project.add_document(article())
    assert doc_id is not None
    return doc_id


def _role(project, doc: int):
    return next(s for s in project.spans(doc) if s.label == "ROLE")


def test_a_resized_span_keeps_its_id_label_state_and_relation(project, doc: int) -> None:
    role = _role(project, doc)
    text = project.document(doc).text
    start, end = find(text, "Bí thư Tỉnh ủy Phan Việt Cường")
    change = project.session().apply(ResizeSpan(role.id, start, end))
    assert change.spans_changed == (role.id,) and change.doc_ids == {doc}
    moved = project.span(role.id)
    assert (moved.start, moved.end, moved.label, moved.state) == (start, end, "ROLE", role.state)
    (relation,) = project.relations(doc)
    assert relation.tail == role.id


def test_bounds_are_checked_as_a_new_spans_are(project, doc: int) -> None:
    role = _role(project, doc)
    session = project.session()
    with pytest.raises(OffsetError):
        session.apply(ResizeSpan(role.id, role.start, 10**6))
    other = session.apply(AddSpan(doc, role.start, role.end - 1, "ROLE")).spans_added[0]
    with pytest.raises(DuplicateSpanError) as refused:
        session.apply(ResizeSpan(role.id, role.start, role.end - 1))
    assert refused.value.span_id == other
    assert (project.span(role.id).start, project.span(role.id).end) == (role.start, role.end)


def test_a_span_is_not_stretched_across_a_paragraph_break(project) -> None:
    doc = project.add_document(SourceDocument(text="Bí thư Tỉnh ủy\nQuảng Nam", title="t"))
    session = project.session()
    span_id = session.apply(AddSpan(doc, 0, 14, "ROLE")).spans_added[0]
    with pytest.raises(OperationError, match="paragraph"):
        session.apply(ResizeSpan(span_id, 0, 24))
