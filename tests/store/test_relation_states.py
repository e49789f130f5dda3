"""Relations reviewed like spans: pending suggestions, accept/reject, and the span cascade."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.model import ACCEPTED, PENDING, REJECTED
from annotator.core.operations import (
    AddRelation,
    AddSuggestions,
    SetRelationStates,
    SetSpanState,
    operation_from_dict,
)
from annotator.store import create_project, open_project
from annotator.store.migrations import MIGRATIONS
from tests.store.helpers import article, find


@pytest.fixture
def doc(project) -> int:
    doc_id = project.add_document(article())
    assert doc_id is not None
    return doc_id


def _suggest_pair(project, doc: int, *, confidence: float | None = 0.8) -> tuple[int, int, int]:
    """Suggest a PER, a ROLE and HOLDS between them; returns (per, role, relation) ids."""
    text = project.document(doc).text
    per = find(text, "Lê Trí Thanh")
    role = (per[0] - 12, per[0] - 1)
    op = AddSuggestions(
        doc,
        spans=((*per, "PER", "rules", 0.9), (*role, "ROLE", "rules", 0.7)),
        relations=((0, 1, "HOLDS", "rules", confidence),),
    )
    changes = project.session().apply(op)
    assert len(changes.spans_added) == 2 and len(changes.relations_added) == 1
    return changes.spans_added[0], changes.spans_added[1], changes.relations_added[0]


def test_suggested_relations_are_pending_with_provenance(project, doc: int) -> None:
    per, role, rel = _suggest_pair(project, doc)
    relation = next(r for r in project.relations(doc) if r.id == rel)
    assert (relation.head, relation.tail, relation.type) == (per, role, "HOLDS")
    assert (relation.state, relation.origin, relation.suggester) == (PENDING, "suggested", "rules")
    assert relation.confidence == pytest.approx(0.8)
    assert project.span(per).confidence == pytest.approx(0.9)


def test_undo_of_suggestions_removes_spans_and_relations(project, doc: int) -> None:
    before = {r.id for r in project.relations(doc, states=None)}
    _suggest_pair(project, doc)
    session = project.session()
    session.undo()
    assert {r.id for r in project.relations(doc, states=None)} == before
    assert all(s.state == ACCEPTED for s in project.spans(doc, states=None))


def test_accepting_a_relation_accepts_its_pending_spans_and_undo_reopens(project, doc) -> None:
    per, role, rel = _suggest_pair(project, doc)
    session = project.session()
    changes = session.apply(SetRelationStates((rel,), ACCEPTED))
    assert set(changes.spans_changed) == {per, role} and changes.relations_changed == (rel,)
    assert project.span(per).state == ACCEPTED and project.span(role).state == ACCEPTED
    session.undo()
    assert project.span(per).state == PENDING and project.span(role).state == PENDING
    assert {r.id: r.state for r in project.relations(doc)}[rel] == PENDING


def test_rejecting_a_span_rejects_its_relations_in_the_same_step(project, doc) -> None:
    per, _role, rel = _suggest_pair(project, doc)
    session = project.session()
    changes = session.apply(SetSpanState(per, REJECTED))
    assert changes.relations_changed == (rel,)
    assert rel not in {r.id for r in project.relations(doc)}
    assert {r.id: r.state for r in project.relations(doc, states=None)}[rel] == REJECTED
    session.undo()
    assert project.span(per).state == PENDING
    assert {r.id: r.state for r in project.relations(doc)}[rel] == PENDING


def test_undoing_a_rejection_leaves_the_other_pending_end_pending(project, doc) -> None:
    """Found by the history property test: the relation's undo must not accept its ends."""
    per, role, rel = _suggest_pair(project, doc)
    session = project.session()
    session.apply(SetRelationStates((rel,), ACCEPTED))
    session.apply(SetSpanState(per, PENDING))
    session.apply(SetSpanState(role, REJECTED))
    session.undo()
    assert (project.span(per).state, project.span(role).state) == (PENDING, ACCEPTED)
    assert {r.id: r.state for r in project.relations(doc)}[rel] == ACCEPTED


def test_a_rejected_relation_is_never_proposed_again(project, doc: int) -> None:
    _per, _role, rel = _suggest_pair(project, doc)
    project.session().apply(SetRelationStates((rel,), REJECTED))
    text = project.document(doc).text
    per = find(text, "Lê Trí Thanh")
    again = AddSuggestions(
        doc,
        spans=((*per, "PER", "rules"), (per[0] - 12, per[0] - 1, "ROLE", "rules")),
        relations=((0, 1, "HOLDS", "rules", None),),
    )
    changes = project.session().apply(again)
    assert changes.spans_added == () and changes.relations_added == ()


def test_no_relation_is_suggested_onto_a_rejected_span(project, doc: int) -> None:
    per, _role, rel = _suggest_pair(project, doc)
    session = project.session()
    session.apply(SetSpanState(per, REJECTED))
    project_rel_count = len(project.relations(doc, states=None))
    text = project.document(doc).text
    start, end = find(text, "Lê Trí Thanh")
    other_role = find(text, "Bí thư Tỉnh ủy")
    op = AddSuggestions(
        doc,
        spans=((start, end, "PER", "rules"), (*other_role, "ROLE", "rules")),
        relations=((0, 1, "HOLDS", "rules", None),),
    )
    assert session.apply(op).relations_added == ()
    assert len(project.relations(doc, states=None)) == project_rel_count


def test_linking_by_hand_accepts_an_identical_suggestion(project, doc: int) -> None:
    per, role, rel = _suggest_pair(project, doc)
    changes = project.session().apply(AddRelation(per, role, "HOLDS"))
    assert changes.relations_added == () and changes.relations_changed == (rel,)
    states = [(r.id, r.state) for r in project.relations(doc) if r.head == per]
    assert states == [(rel, ACCEPTED)]


def test_suggestions_with_relations_round_trip_through_the_action_log(project, doc) -> None:
    op = AddSuggestions(
        doc, spans=((0, 3, "PER", "rules", 0.5),), relations=((0, 0, "HOLDS", "rules", None),)
    )
    assert operation_from_dict(json.loads(json.dumps(op.to_dict()))) == op


def test_relations_of_an_older_file_become_accepted_with_their_origin(project_path: Path) -> None:
    with create_project(project_path, migrations=MIGRATIONS[:5]) as old:
        conn = old._conn  # the pre-0006 layout has no relation state columns to write
        conn.execute(
            "INSERT INTO documents (id, text_hash, length, created, updated) "
            "VALUES (1, 'h', 20, 1, 1)"
        )
        conn.execute("INSERT INTO document_texts (doc_id, text) VALUES (1, ?)", ("x" * 20,))
        conn.execute("INSERT INTO annotators (name, created) VALUES ('a', 1)")
        for span_id, origin in ((1, "imported"), (2, "imported"), (3, "manual"), (4, "manual")):
            conn.execute(
                'INSERT INTO annotations (id, doc_id, start, "end", label, annotator, origin, '
                "state, created, updated) VALUES (?, 1, ?, ?, 'PER', 'a', ?, 'accepted', 1, 1)",
                (span_id, span_id, span_id + 1, origin),
            )
        conn.executemany(
            "INSERT INTO relations (doc_id, head, tail, type, annotator, created) "
            "VALUES (1, ?, ?, 'HOLDS', 'a', 7)",
            [(1, 2), (3, 4)],
        )
        conn.commit()
    with open_project(project_path) as upgraded:
        relations = upgraded.relations(1)
        assert [(r.state, r.origin) for r in relations] == [
            (ACCEPTED, "imported"),
            (ACCEPTED, "manual"),
        ]
        assert all(r.updated == r.created == 7 for r in relations)
        assert all(span.confidence is None for span in upgraded.spans(1))
