"""Registry operations through the one write path: logged, undoable, redoable, by uid."""

from __future__ import annotations

import json

import pytest

from annotator.core.errors import OperationError
from annotator.core.model import SourceDocument
from annotator.core.operations import (
    AddEntity,
    DeleteSpan,
    LinkMentions,
    MergeEntities,
    RenameEntity,
    SetSpanState,
    operation_from_dict,
)

TEXT = "Bí thư Tỉnh ủy Phan Việt Cường phát biểu. Ông Cường nói, ông PHAN VIỆT CƯỜNG kết luận."


def _spans(text: str, *names: str) -> tuple[tuple[int, int, str], ...]:
    found = []
    for name in names:
        start = text.index(name)
        found.append((start, start + len(name), "PER"))
    return tuple(found)


@pytest.fixture
def doc(project) -> int:
    spans = _spans(TEXT, "Phan Việt Cường", "Cường nói", "PHAN VIỆT CƯỜNG")
    spans = (spans[0], (spans[1][0], spans[1][0] + 5, "PER"), spans[2])
    return project.add_document(SourceDocument(text=TEXT, title="t", spans=spans))


def _ids(project, doc: int) -> list[int]:
    return [s.id for s in project.spans(doc)]


def test_add_link_undo_redo_keep_uid_and_row(project, doc) -> None:
    session = project.session()
    full, short, upper = _ids(project, doc)
    change = session.apply(
        AddEntity("u1", "person", "Phan Việt Cường", span_ids=(full, upper), status="auto")
    )
    assert change.registry_changed and not change.doc_ids  # no document is redrawn
    [person] = project.registry_entities("person")
    assert (person.uid, person.name, person.mention_count) == ("u1", "Phan Việt Cường", 2)
    session.apply(LinkMentions("u1", (short,), "suggested"))
    assert [m.status for m in project.registry_mentions("u1")] == ["auto", "suggested", "auto"]
    session.undo()
    session.undo()
    assert project.registry_entities("person") == []
    session.redo()
    [again] = project.registry_entities("person")
    assert (again.id, again.uid, again.mention_count) == (person.id, "u1", 2)
    session.redo()
    assert len(project.registry_mentions("u1")) == 3


def test_split_moves_mentions_and_undo_moves_them_back(project, doc) -> None:
    session = project.session()
    full, short, upper = _ids(project, doc)
    session.apply(AddEntity("a", "person", "Phan Việt Cường", span_ids=(full, short, upper)))
    session.apply(AddEntity("b", "person", "Cường", span_ids=(short,), status="confirmed"))
    assert [m.span_id for m in project.registry_mentions("a")] == [full, upper]
    assert [(m.span_id, m.status) for m in project.registry_mentions("b")] == [(short, "confirmed")]
    session.undo()
    assert [m.span_id for m in project.registry_mentions("a")] == [full, short, upper]
    assert project.registry_entity("b") is None


def test_merge_moves_names_and_links_and_one_undo_restores_both(project, doc) -> None:
    session = project.session()
    full, short, upper = _ids(project, doc)
    session.apply(AddEntity("a", "person", "Phan Việt Cường", span_ids=(full,)))
    session.apply(AddEntity("b", "person", "P. V. Cường", span_ids=(upper,), status="auto"))
    session.apply(MergeEntities("b", "a"))
    [merged] = project.registry_entities("person")
    assert merged.uid == "a" and merged.mention_count == 2
    assert set(merged.names) == {"Phan Việt Cường", "P. V. Cường"}
    session.undo()
    entities = {e.uid: e for e in project.registry_entities("person")}
    assert entities["a"].names == ("Phan Việt Cường",) and entities["a"].mention_count == 1
    assert [(m.span_id, m.status) for m in project.registry_mentions("b")] == [(upper, "auto")]
    session.redo()
    assert [e.uid for e in project.registry_entities("person")] == ["a"]


def test_a_link_outlives_its_deleted_span_and_comes_back_with_undo(project, doc) -> None:
    session = project.session()
    full, _, upper = _ids(project, doc)
    session.apply(AddEntity("a", "person", "Phan Việt Cường", span_ids=(full, upper)))
    session.apply(DeleteSpan(upper))
    assert project.registry_entities("person")[0].mention_count == 1
    session.undo()
    assert project.registry_entities("person")[0].mention_count == 2
    session.apply(SetSpanState(full, "rejected"))
    assert [m.span_id for m in project.registry_mentions("a")] == [upper]


def test_rename_keeps_the_old_name_as_a_variant_and_errors_are_clear(project, doc) -> None:
    session = project.session()
    session.apply(AddEntity("a", "person", "PHAN VIỆT CƯỜNG"))
    session.apply(RenameEntity("a", "Phan Việt Cường"))
    [entity] = project.registry_entities("person")
    assert entity.name == "Phan Việt Cường" and entity.names == ("PHAN VIỆT CƯỜNG",)
    with pytest.raises(OperationError, match="no entity"):
        session.apply(LinkMentions("missing", (1,)))
    with pytest.raises(OperationError, match="into itself"):
        session.apply(MergeEntities("a", "a"))


def test_every_registry_operation_survives_the_action_log(project, doc) -> None:
    session = project.session()
    full, short, _ = _ids(project, doc)
    session.apply(AddEntity("a", "person", "Phan Việt Cường", ("P.V.Cường",), (full,)))
    session.apply(AddEntity("b", "person", "Cường", span_ids=(short,)))
    session.apply(MergeEntities("b", "a"))
    rows = project._conn.execute(
        "SELECT op, inverse FROM action_log WHERE kind = 'do' ORDER BY id"
    ).fetchall()
    for op, inverse in rows:
        for data in (op, inverse):
            decoded = json.loads(data)
            if decoded.get("kind"):
                assert operation_from_dict(decoded).to_dict() == decoded


def test_an_entity_uid_taken_is_refused_with_a_message(project, doc) -> None:
    session = project.session()
    session.apply(AddEntity("u1", "person", "Phan Việt Cường"))
    with pytest.raises(OperationError, match="already has an entity u1"):
        session.apply(AddEntity("u1", "person", "Người khác"))
    assert [e.name for e in project.registry_entities("person")] == ["Phan Việt Cường"]
