"""Every operation: its rows, its change set, its validation, and undo/redo restoring rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.errors import OffsetError, OperationError, SchemaError
from annotator.core.operations import (
    AddRelation,
    AddSpan,
    AddSuggestions,
    Batch,
    DeleteRelation,
    DeleteSpan,
    DeleteSpans,
    Operation,
    PutLabel,
    PutRelationType,
    RelabelSpan,
    RemoveLabel,
    RemoveRelationType,
    RenameLabel,
    ResizeSpan,
    SetNote,
    SetSpanState,
    SetSpanStates,
    SetStatus,
)
from tests.store.helpers import article, find, snapshot


def _per_role(project, doc: int):
    by_label = {s.label: s for s in project.spans(doc)}
    return by_label["PER"], by_label["ROLE"]


@pytest.fixture
def doc(project) -> int:
    doc_id = project.add_document(article())
    assert doc_id is not None
    return doc_id


def _ops(project, doc: int) -> dict[str, Operation]:
    text = project.document(doc).text
    per, role = _per_role(project, doc)
    relation = project.relations(doc)[0]
    lts = find(text, "Lê Trí Thanh")
    return {
        "add_span": AddSpan(doc, *lts, "PER"),
        "delete_span": DeleteSpan(per.id),
        "delete_spans": DeleteSpans((per.id, role.id)),
        "relabel": RelabelSpan(role.id, "ORG"),
        "resize": ResizeSpan(role.id, role.start, role.end - 1),
        "set_state": SetSpanState(per.id, "rejected"),
        "set_states": SetSpanStates((per.id, role.id), "pending"),
        "suggest": AddSuggestions(doc, ((*lts, "PER", "rules"), (0, 4, "EVENT", "crf"))),
        "add_relation": AddRelation(per.id, role.id, "HOLDS"),
        "delete_relation": DeleteRelation(relation.id),
        "status": SetStatus(doc, "done"),
        "note": SetNote(doc, "cần xem lại"),
        "put_label_new": PutLabel("MISC", "#123456", key="8", description="khác"),
        "put_label_edit": PutLabel("PER", "#000000", key="1"),
        "rename_label": RenameLabel("PER", "NGUOI"),
        "remove_label": RemoveLabel("PER"),
        "remove_label_relabel": RemoveLabel("ROLE", relabel_to="ORG"),
        "put_type_new": PutRelationType("MEMBER_OF", ("PER",), ("ORG",)),
        "put_type_edit": PutRelationType("HOLDS", ("PER", "ORG"), ("ROLE",)),
        "remove_type": RemoveRelationType("HOLDS"),
        "batch": Batch((AddSpan(doc, *lts, "PER"), SetStatus(doc, "in_progress"))),
    }


@pytest.mark.parametrize(
    "name",
    [
        "add_span",
        "delete_span",
        "delete_spans",
        "relabel",
        "resize",
        "set_state",
        "set_states",
        "suggest",
        "delete_relation",
        "status",
        "note",
        "put_label_new",
        "put_label_edit",
        "rename_label",
        "remove_label",
        "remove_label_relabel",
        "put_type_new",
        "put_type_edit",
        "remove_type",
        "batch",
    ],
)
def test_undo_restores_rows_and_redo_repeats(project, project_path: Path, doc: int, name: str):
    op = _ops(project, doc)[name]
    session = project.session()
    before = snapshot(project_path)
    change = session.apply(op)
    after = snapshot(project_path)
    assert after != before, f"{name} changed nothing"
    assert change.action_id is not None
    undone = session.undo()
    assert undone is not None
    assert snapshot(project_path) == before
    redone = session.redo()
    assert redone is not None
    assert snapshot(project_path) == after
    session.undo()
    assert snapshot(project_path) == before


def test_add_relation_then_undo(project, project_path: Path, doc: int) -> None:
    session = project.session()
    session.apply(DeleteRelation(project.relations(doc)[0].id))
    per, role = _per_role(project, doc)
    before = snapshot(project_path)
    change = session.apply(AddRelation(per.id, role.id, "HOLDS"))
    assert len(change.relations_added) == 1
    session.undo()
    assert snapshot(project_path) == before


def test_change_sets_list_what_changed(project, doc: int) -> None:
    session = project.session()
    per, role = _per_role(project, doc)
    added = session.apply(AddSpan(doc, 0, 4, "EVENT"), origin="editor")
    assert added.spans_added and added.doc_ids == {doc} and added.origin == "editor"
    deleted = session.apply(DeleteSpan(per.id))
    assert deleted.spans_removed == (per.id,)
    assert len(deleted.relations_removed) == 1 and project.relations(doc) == []
    status = session.apply(SetStatus(doc, "done"))
    assert status.status_changed == {doc}
    schema = session.apply(PutLabel("MISC", "#111111"))
    assert schema.schema_changed


def test_span_counts_follow_every_change(project, doc: int) -> None:
    session = project.session()

    def counts() -> tuple[int, int]:
        row = project.document_rows()[0]
        return row.span_count, row.pending_count

    assert counts() == (2, 0)
    change = session.apply(AddSuggestions(doc, ((0, 4, "EVENT", "rules"), (5, 9, "LOC", "rules"))))
    assert counts() == (2, 2)
    session.apply(SetSpanState(change.spans_added[0], "accepted"))
    session.apply(SetSpanState(change.spans_added[1], "rejected"))
    assert counts() == (3, 0)
    session.apply(DeleteSpan(change.spans_added[0]))
    assert counts() == (2, 0)
    session.undo()
    assert counts() == (3, 0)


def test_rejected_suggestion_is_never_added_again(project, doc: int) -> None:
    session = project.session()
    first = session.apply(AddSuggestions(doc, ((0, 4, "EVENT", "rules"),)))
    session.apply(SetSpanState(first.spans_added[0], "rejected"))
    again = session.apply(
        AddSuggestions(doc, ((0, 4, "EVENT", "crf"), (0, 4, "EVENT", "crf"), (5, 9, "LOC", "crf")))
    )
    assert len(again.spans_added) == 1
    assert project.span(again.spans_added[0]).start == 5
    all_spans = project.spans(doc, states=None)
    assert [(s.start, s.end, s.label) for s in all_spans].count((0, 4, "EVENT")) == 1
    # An accepted imported span is not proposed again either.
    per, _ = _per_role(project, doc)
    repeat = session.apply(AddSuggestions(doc, ((per.start, per.end, "PER", "rules"),)))
    assert repeat.spans_added == ()


@pytest.mark.parametrize(
    ("op_factory", "error"),
    [
        (lambda d, n: AddSpan(d, 5, 5, "PER"), OffsetError),
        (lambda d, n: AddSpan(d, -1, 3, "PER"), OffsetError),
        (lambda d, n: AddSpan(d, 0, n + 1, "PER"), OffsetError),
        (lambda d, n: AddSpan(d, 0, 3, "NOPE"), SchemaError),
        (lambda d, n: AddSpan(d, 0, 3, "PER", origin="magic"), OperationError),
        (lambda d, n: AddSpan(d, 0, 3, "PER", state="maybe"), OperationError),
        (lambda d, n: AddSpan(d + 99, 0, 3, "PER"), OperationError),
        (lambda d, n: AddSuggestions(d, ((0, n + 5, "PER", "x"),)), OffsetError),
        (lambda d, n: SetStatus(d, "finished"), OperationError),
        (lambda d, n: DeleteSpan(12345), OperationError),
        (lambda d, n: PutLabel("X", "#fff", key="1"), SchemaError),
        (lambda d, n: RenameLabel("PER", "ROLE"), SchemaError),
        (lambda d, n: RemoveLabel("PER", relabel_to="NOPE"), SchemaError),
        (lambda d, n: PutRelationType("R", ("NOPE",), ()), SchemaError),
    ],
)
def test_invalid_operations_are_refused_without_changes(
    project, project_path: Path, doc: int, op_factory, error
) -> None:
    session = project.session()
    before = snapshot(project_path)
    with pytest.raises(error):
        session.apply(op_factory(doc, len(project.document(doc).text)))
    assert snapshot(project_path) == before
    assert not session.can_undo()


def test_relation_rules(project, doc: int) -> None:
    session = project.session()
    per, role = _per_role(project, doc)
    with pytest.raises(SchemaError, match="does not link"):
        session.apply(AddRelation(role.id, per.id, "HOLDS"))
    with pytest.raises(SchemaError, match="unknown relation"):
        session.apply(AddRelation(per.id, role.id, "LIKES"))
    with pytest.raises(OperationError, match="already linked"):
        session.apply(AddRelation(per.id, role.id, "HOLDS"))
    other = project.add_document(article(" Bài khác."))
    _, other_role = _per_role(project, other)
    with pytest.raises(OperationError, match="same document"):
        session.apply(AddRelation(per.id, other_role.id, "HOLDS"))


def test_batch_failure_rolls_back_every_part(project, project_path: Path, doc: int) -> None:
    session = project.session()
    before = snapshot(project_path)
    with pytest.raises(SchemaError):
        session.apply(Batch((AddSpan(doc, 0, 4, "EVENT"), AddSpan(doc, 0, 4, "NOPE"))))
    assert snapshot(project_path) == before


def test_rename_label_updates_spans_and_relation_types(project, doc: int) -> None:
    session = project.session()
    change = session.apply(RenameLabel("PER", "NGUOI"))
    assert change.schema_changed and change.doc_ids == {doc}
    assert sorted(s.label for s in project.spans(doc)) == ["NGUOI", "ROLE"]
    holds = project.schema().relation("HOLDS")
    assert holds.head_labels == ("NGUOI",)
    assert project.schema().label_names()[0] == "NGUOI"


def test_remove_label_deletes_or_relabels_and_undo_restores(project, doc: int) -> None:
    session = project.session()
    session.apply(RemoveLabel("ROLE", relabel_to="ORG"))
    assert sorted(s.label for s in project.spans(doc)) == ["ORG", "PER"]
    assert "ROLE" not in project.schema().label_names()
    session.undo()
    session.apply(RemoveLabel("PER"))
    assert [s.label for s in project.spans(doc)] == ["ROLE"]
    assert project.relations(doc) == []
    # HOLDS and PARTICIPATES allowed only PER heads: they go too.
    assert {r.name for r in project.schema().relations} == {"ISSUED_BY", "WHEN"}
    session.undo()
    assert project.schema().label_names()[0] == "PER"
    assert project.schema().relation("HOLDS").head_labels == ("PER",)
    assert len(project.relations(doc)) == 1
