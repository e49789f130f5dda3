"""What the memory holds back, listed per surface, and lifting it through the one write path."""

from __future__ import annotations

from annotator.app.suggest.hold_backs import hold_backs, last_run_counts, lift_operation
from annotator.app.suggest.memory import CANDIDATE, project_memory, remembered
from annotator.core.model import SourceDocument
from annotator.core.operations import AddSpan, AddSuggestions, SetSpanState
from annotator.nlp.base import Suggestion
from annotator.nlp.memory import surface_keys

BASE = "căn cứ không quân Myanmar"


def _rejected(project, session, count: int, start_at: int = 0) -> list[int]:
    """`count` documents whose `Myanmar` LOC, inside a longer ORG, was rejected."""
    ids = []
    for i in range(start_at, start_at + count):
        text = f"Máy bay rời {BASE} lần {i}."
        doc = project.add_document(SourceDocument(text=text, title=f"d{i}"))
        at = text.index("Myanmar")
        added = session.apply(
            AddSuggestions(doc, spans=((at, at + len("Myanmar"), "LOC", "rules", 0.8),))
        )
        session.apply(SetSpanState(added.spans_added[0], "rejected"))
        ids.append(doc)
    return ids


def _later(project) -> tuple[int, list[Suggestion]]:
    doc = project.add_document(SourceDocument(text="Myanmar và Thái Lan hợp tác.", title="later"))
    return doc, [Suggestion(0, len("Myanmar"), "LOC", "rules", 0.8)]


def test_a_surface_rejected_twice_is_listed_with_its_rejections_and_documents(project) -> None:
    session = project.session()
    _rejected(project, session, 1)
    assert hold_backs(project) == []  # once is not enough
    ids = _rejected(project, session, 1, start_at=1)
    (held,) = hold_backs(project)
    assert (held.surface, held.label, len(held.rejections)) == ("Myanmar", "LOC", 2)
    assert held.doc_ids == sorted([ids[0] - 1, ids[0]])
    doc, start, end = held.rejections[0][0], held.rejections[0][2], held.rejections[0][3]
    assert project.document(doc).text[start:end] == "Myanmar"


def test_a_lift_lets_the_memory_suggest_it_again_until_two_more_rejections(project) -> None:
    session = project.session()
    _rejected(project, session, 2)
    doc, later = _later(project)
    assert remembered(project, doc, later, CANDIDATE) == []
    change = session.apply(lift_operation(hold_backs(project)))
    assert change.memory_changed
    assert hold_backs(project) == []
    assert remembered(project, doc, later, CANDIDATE) == later
    _rejected(project, session, 1, start_at=2)
    assert remembered(project, doc, later, CANDIDATE) == later  # one rejection since the lift
    _rejected(project, session, 1, start_at=3)
    (held,) = hold_backs(project)
    assert len(held.rejections) == 2  # only the two made after the lift count
    assert remembered(project, doc, later, CANDIDATE) == []


def test_undoing_a_lift_holds_the_surface_back_again(project) -> None:
    session = project.session()
    _rejected(project, session, 2)
    session.apply(lift_operation(hold_backs(project)))
    assert surface_keys("Myanmar") not in project_memory(project).entries  # nothing counts
    undone = session.undo()
    assert undone is not None and undone.memory_changed
    assert [h.surface for h in hold_backs(project)] == ["Myanmar"]
    session.redo()
    assert hold_backs(project) == []


def test_an_accepted_surface_is_not_held_back(project) -> None:
    session = project.session()
    _rejected(project, session, 2)
    doc, _ = _later(project)
    session.apply(AddSpan(doc, 0, len("Myanmar"), "LOC"))
    from annotator.core.operations import SetStatus

    session.apply(SetStatus(doc, "done"))
    assert hold_backs(project) == []


def test_a_lift_is_seen_by_the_kept_memory_as_a_change(project) -> None:
    session = project.session()
    _rejected(project, session, 2)
    position = project.last_action()
    session.apply(lift_operation(hold_backs(project)))
    change, _ = project.changes_after(position, besides=None)
    assert change.memory_changed and not change.doc_ids


def test_the_latest_run_is_counted_per_surface_whatever_its_spelling() -> None:
    held, withdrawn = last_run_counts(
        [("LOC", "Myanmar"), ("LOC", "MYANMAR"), ("ORG", "Myanmar")], [("LOC", "myanmar")]
    )
    key = ("LOC", surface_keys("Myanmar"))
    assert (held[key], withdrawn[key], held[("ORG", surface_keys("Myanmar"))]) == (2, 1, 1)


def test_nothing_chosen_is_no_operation() -> None:
    assert lift_operation([]) is None
