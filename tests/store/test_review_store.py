"""The store keeps review data right: one live span per place and label, paragraphs apart."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from annotator.core.errors import DuplicateSpanError, OperationError, SchemaError
from annotator.core.model import ACCEPTED, PENDING, REJECTED, SourceDocument
from annotator.core.operations import (
    AcceptSpanAs,
    AddSpan,
    AddSuggestions,
    PutLabel,
    RelabelSpan,
    RemoveLabel,
    SetSpanState,
    SetSpanStates,
)
from annotator.core.schema import LabelDef, LabelSchema
from tests.store.helpers import article, find, snapshot


@pytest.fixture
def doc(project) -> int:
    doc_id = project.add_document(article())
    assert doc_id is not None
    return doc_id


def _live(project, doc: int) -> list[tuple[int, int, str, str]]:
    return sorted((s.start, s.end, s.label, s.state) for s in project.spans(doc))


def _suggest(project, doc: int, needle: str, label: str) -> int:
    start, end = find(project.document(doc).text, needle)
    changes = project.session().apply(AddSuggestions(doc, ((start, end, label, "rules"),)))
    return changes.spans_added[0]


def test_labelling_a_pending_suggestion_accepts_it_instead_of_adding_one(project, doc) -> None:
    pending = _suggest(project, doc, "Lê Trí Thanh", "PER")
    start, end = project.span(pending).start, project.span(pending).end
    session = project.session()
    changes = session.apply(AddSpan(doc, start, end, "PER"))
    assert changes.spans_added == () and changes.spans_changed == (pending,)
    assert project.span(pending).state == ACCEPTED
    assert [s for s in project.spans(doc) if (s.start, s.end) == (start, end)] == [
        project.span(pending)
    ]
    session.undo()
    assert project.span(pending).state == PENDING


def test_an_identical_accepted_span_is_never_made_twice(project, doc, project_path) -> None:
    span = project.spans(doc)[0]
    before = snapshot(project_path)
    with pytest.raises(DuplicateSpanError) as raised:
        project.session().apply(AddSpan(doc, span.start, span.end, span.label))
    assert raised.value.span_id == span.id
    assert "already labelled" in str(raised.value)
    assert snapshot(project_path) == before
    log = project._conn.execute("SELECT count(*) FROM action_log WHERE kind = 'do'").fetchone()
    assert log == (0,)  # nothing was logged either


def test_the_file_itself_refuses_a_second_identical_live_span(project, doc) -> None:
    span = project.spans(doc)[0]
    with pytest.raises(sqlite3.IntegrityError):
        project._conn.execute(
            'INSERT INTO annotations (doc_id, start, "end", label, annotator, origin, state, '
            "created, updated) VALUES (?, ?, ?, ?, 'x', 'manual', 'pending', 0, 0)",
            (doc, span.start, span.end, span.label),
        )


def test_relabelling_onto_an_identical_span_names_it(project, doc) -> None:
    per = next(s for s in project.spans(doc) if s.label == "PER")
    session = project.session()
    org = session.apply(AddSpan(doc, per.start, per.end, "ORG")).spans_added[0]
    with pytest.raises(DuplicateSpanError) as raised:
        session.apply(RelabelSpan(org, "PER"))
    assert raised.value.span_id == per.id


def test_a_rejected_span_stays_rejected_where_its_twin_lives_again(project, doc) -> None:
    pending = _suggest(project, doc, "Lê Trí Thanh", "PER")
    session = project.session()
    session.apply(SetSpanState(pending, REJECTED))
    span = project.span(pending)
    manual = session.apply(AddSpan(doc, span.start, span.end, "PER")).spans_added[0]
    assert manual != pending  # made by hand beside the rejected suggestion
    with pytest.raises(DuplicateSpanError, match="stays rejected"):
        session.apply(SetSpanStates((pending,), PENDING))


def test_accept_as_relabels_and_accepts_in_one_step(project, doc) -> None:
    pending = _suggest(project, doc, "Lê Trí Thanh", "ORG")
    session = project.session()
    session.apply(AcceptSpanAs(pending, "PER"))
    assert (project.span(pending).label, project.span(pending).state) == ("PER", ACCEPTED)
    session.undo()
    assert (project.span(pending).label, project.span(pending).state) == ("ORG", PENDING)


def test_accept_as_a_label_two_suggesters_disagree_on_keeps_one_span(project, doc) -> None:
    as_org = _suggest(project, doc, "Lê Trí Thanh", "ORG")
    as_per = _suggest(project, doc, "Lê Trí Thanh", "PER")
    session = project.session()
    session.apply(AcceptSpanAs(as_org, "PER"))
    assert project.span(as_per).state == ACCEPTED
    assert project.span(as_org).state == REJECTED
    assert (project.span(as_org).label, len(project.spans(doc))) == ("ORG", 3)
    session.undo()
    assert {project.span(as_org).state, project.span(as_per).state} == {PENDING}


def test_a_span_across_a_paragraph_break_is_refused_unless_its_label_allows_it(
    project,
) -> None:
    doc = project.add_document(SourceDocument(text="Covid-19.\nCông an tỉnh", title="t"))
    session = project.session()
    with pytest.raises(OperationError, match="paragraph break"):
        session.apply(AddSpan(doc, 0, 14, "ORG"))
    assert project.spans(doc) == []
    label = project.schema().label("ORG")
    session.apply(
        PutLabel("ORG", label.color, key=label.key, description="", crosses_paragraphs=True)
    )
    assert project.schema().label("ORG").crosses_paragraphs
    session.apply(AddSpan(doc, 0, 14, "ORG"))
    assert _live(project, doc) == [(0, 14, "ORG", ACCEPTED)]


def test_a_reserved_key_is_refused_with_its_reason(project) -> None:
    with pytest.raises(SchemaError, match="reserved.*relation"):
        project.session().apply(PutLabel("NEW", "#123456", key="R"))
    schema = LabelSchema((LabelDef("A", key="r"),))
    with pytest.raises(SchemaError, match="reserved"):
        schema.check()
    with pytest.raises(SchemaError, match="one visible character"):
        project.session().apply(PutLabel("NEW", "#123456", key=" "))
    assert "NEW" not in project.schema().label_names()


def test_removing_a_label_merges_spans_into_identical_ones_of_the_new_label(
    project, doc, project_path
) -> None:
    text = project.document(doc).text
    start, end = find(text, "Phan Việt Cường")
    session = project.session()
    session.apply(PutLabel("NAME", "#123456"))
    name = session.apply(AddSpan(doc, start, end, "NAME")).spans_added[0]
    role = next(s for s in project.spans(doc) if s.label == "ROLE")
    before = snapshot(project_path)
    changes = session.apply(RemoveLabel("NAME", relabel_to="PER"))
    assert name in changes.spans_removed
    assert [s.label for s in project.spans(doc) if s.start == start] == ["PER"]
    assert role.id is not None
    session.undo()
    assert snapshot(project_path) == before


def test_imported_repeats_are_merged_with_a_warning(project) -> None:
    source = SourceDocument(
        text="Ông Phan Việt Cường phát biểu.",
        title="t",
        spans=((4, 19, "PER"), (4, 19, "PER"), (20, 29, "ROLE")),
        relations=((1, 2, "HOLDS"),),
    )
    pairs = list(project.add_documents([source], on_error=lambda *_: None))
    ((stored, doc_id),) = pairs
    assert _live(project, doc_id) == [(4, 19, "PER", ACCEPTED), (20, 29, "ROLE", ACCEPTED)]
    (relation,) = project.relations(doc_id)
    assert project.span(relation.head).label == "PER"
    assert any("merged" in w for w in stored.meta["import_warnings"])


def test_pending_relations_are_counted_on_the_document(project, doc) -> None:
    text = project.document(doc).text
    per, role = find(text, "Lê Trí Thanh"), find(text, "Chủ tịch UBND tỉnh")
    op = AddSuggestions(
        doc,
        spans=((*per, "PER", "rules"), (*role, "ROLE", "rules")),
        relations=((0, 1, "HOLDS", "rules", 0.5),),
    )
    changes = project.session().apply(op)
    row = project.document_rows()[0]
    assert (row.pending_count, row.pending_relations) == (2, 1)
    project.session().apply(SetSpanState(changes.spans_added[0], REJECTED))
    row = project.document_rows()[0]
    assert (row.pending_count, row.pending_relations) == (1, 0)


def _raw_duplicates(path: Path) -> tuple[int, int]:
    """A project as version 0006 wrote it, then two copies of its PER, one with a relation."""
    from annotator.store import create_project
    from annotator.store.migrations import MIGRATIONS

    old = [m for m in MIGRATIONS if m.name < "0007"]
    with create_project(path, annotator="lan", migrations=old) as project:
        conn = project._conn
        conn.execute("INSERT INTO annotators (name, created) VALUES ('lan', 1)")
        conn.execute(
            "INSERT INTO documents (title, text_hash, length, created, updated) "
            "VALUES ('t', 'h', 30, 1, 1)"
        )
        conn.execute("INSERT INTO document_texts (doc_id, text) VALUES (1, ?)", ("x" * 30,))
        ids = []
        for state in ("pending", "accepted", "accepted", "rejected"):
            cursor = conn.execute(
                'INSERT INTO annotations (doc_id, start, "end", label, annotator, origin, '
                "state, created, updated) VALUES (1, 0, 5, 'PER', 'lan', 'manual', ?, 1, 1)",
                (state,),
            )
            ids.append(cursor.lastrowid)
        role = conn.execute(
            'INSERT INTO annotations (doc_id, start, "end", label, annotator, origin, state, '
            "created, updated) VALUES (1, 6, 9, 'ROLE', 'lan', 'manual', 'accepted', 1, 1)"
        ).lastrowid
        conn.execute(
            "INSERT INTO relations (doc_id, head, tail, type, annotator, created) "
            "VALUES (1, ?, ?, 'HOLDS', 'lan', 1)",
            (ids[2], role),
        )
    return ids[1], role


def test_migration_merges_existing_duplicates_and_logs_it(project_path: Path) -> None:
    from annotator.store import open_project
    from annotator.store.migrations_review import MIGRATION_ANNOTATOR

    keep, role = _raw_duplicates(project_path)
    with open_project(project_path, annotator="lan") as project:
        spans = project.spans(1, states=None)
        assert sorted((s.id, s.state) for s in spans if s.label == "PER") == [
            (keep, ACCEPTED),
            (keep + 2, REJECTED),  # rejected spans are kept: never proposed again
        ]
        (relation,) = project.relations(1)
        assert (relation.head, relation.tail) == (keep, role)  # moved to the span kept
        ((who, kind, op, inverse),) = project._conn.execute(
            "SELECT annotator, kind, op, inverse FROM action_log"
        ).fetchall()
        assert (who, kind, inverse) == (MIGRATION_ANNOTATOR, "do", None)
        logged = json.loads(op)
        assert logged["kind"] == "merge_duplicate_spans"
        assert logged["merged"] == [[keep, [keep + 1, keep - 1]]]  # the accepted ones first
        assert logged["relations_moved"] == 1
        assert not project.session().can_undo()  # nobody's step to take back
        assert project.document_rows()[0].span_count == 2


def test_two_annotators_may_each_hold_the_same_span_in_their_own_layer(project, doc) -> None:
    per = next(s for s in project.spans(doc) if s.label == "PER")
    lan = project.session("lan").apply(AddSpan(doc, per.start, per.end, "PER"))
    assert lan.spans_added  # another layer: agreement needs both
    with pytest.raises(DuplicateSpanError):
        project.session("lan").apply(AddSpan(doc, per.start, per.end, "PER"))


def test_the_curated_layer_holds_a_span_once(project, doc) -> None:
    from annotator.core.operations import CurateSpan

    per = next(s for s in project.spans(doc) if s.label == "PER")
    session = project.session()
    session.apply(CurateSpan(doc, per.start, per.end, "PER", ("tester",)))
    with pytest.raises(DuplicateSpanError):
        session.apply(CurateSpan(doc, per.start, per.end, "PER", ("tester",)))
