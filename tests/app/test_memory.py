"""The memory read from a real project: accepted, rejected and bare spans through the store."""

from __future__ import annotations

from annotator.app.suggest.memory import CANDIDATE, project_memory, remembered
from annotator.core.model import SourceDocument
from annotator.core.operations import (
    AddSpan,
    AddSuggestions,
    SetSpanState,
    SetSpanStates,
    SetStatus,
)
from annotator.nlp.base import Suggestion
from annotator.nlp.memory import MEMORY, surface_keys

COMMITTEE = "Ủy ban Thường vụ Quốc hội"
TEXTS = [
    f"Sáng 5/12, {COMMITTEE} họp. Đại hội thể thao khai mạc.",
    f"Chiều 6/12, {COMMITTEE} cho ý kiến. Đại hội thể thao bế mạc.",
    f"Hôm nay {COMMITTEE} khai mạc phiên họp thứ 30.",
]


def _worked(project) -> list[int]:
    """Two worked documents (committee accepted, a sports meet rejected twice), one new one."""
    ids = [project.add_document(SourceDocument(text=t, title=f"t{i}")) for i, t in enumerate(TEXTS)]
    session = project.session()
    for doc, text in zip(ids[:2], TEXTS[:2], strict=True):
        start = text.index(COMMITTEE)
        session.apply(AddSpan(doc, start, start + len(COMMITTEE), "ORG"))
        meet = text.index("Đại hội")
        change = session.apply(
            AddSuggestions(doc, spans=((meet, meet + len("Đại hội"), "EVENT", "rules", 0.6),))
        )
        session.apply(SetSpanState(change.spans_added[0], "rejected"))
        session.apply(SetStatus(doc, "done"))
    return ids


def test_the_memory_counts_accepted_and_rejected_spans_of_worked_documents(project) -> None:
    ids = _worked(project)
    table = project_memory(project)
    committee = table.entries[surface_keys(COMMITTEE)]
    assert (committee.labels["ORG"], committee.bare) == (2, 0)
    assert table.entries[surface_keys("Đại hội")].rejected["EVENT"] == 2
    left_out = project_memory(project, leave_out=ids[0])
    assert left_out.entries[surface_keys(COMMITTEE)].labels["ORG"] == 1


def test_a_new_document_is_not_worked_and_adds_nothing(project) -> None:
    ids = _worked(project)
    session = project.session()
    text = TEXTS[2]
    start = text.index(COMMITTEE)
    session.apply(AddSpan(ids[2], start, start + len(COMMITTEE), "EVENT"))
    session.apply(SetStatus(ids[2], "new"))
    entry = project_memory(project).entries[surface_keys(COMMITTEE)]
    assert entry.labels == {"ORG": 2}


def test_the_candidate_extends_a_suggestion_to_the_remembered_name(project) -> None:
    ids = _worked(project)
    text = TEXTS[2]
    inner = text.index("Quốc hội")
    rules = [Suggestion(inner, inner + len("Quốc hội"), "ORG", "rules", 0.9)]
    (found,) = remembered(project, ids[2], rules, CANDIDATE)
    assert (text[found.start : found.end], found.label, found.suggester) == (
        COMMITTEE,
        "ORG",
        MEMORY,
    )
    assert found.score == (2 + 1) / (2 + 2)


def test_the_candidate_holds_back_what_was_rejected_twice_until_it_is_accepted(project) -> None:
    ids = _worked(project)
    doc = project.add_document(SourceDocument(text="Đại hội thể thao lần thứ ba.", title="x"))
    meet = [Suggestion(0, len("Đại hội"), "EVENT", "rules", 0.6)]
    assert remembered(project, doc, meet, CANDIDATE) == []
    session = project.session()
    text = TEXTS[1]
    start = text.index("Đại hội")
    session.apply(AddSpan(ids[1], start, start + len("Đại hội"), "EVENT"))
    assert remembered(project, doc, meet, CANDIDATE) == meet


def _rejected_in_new_documents(project, count: int) -> list[int]:
    """`count` new documents whose "Đại hội" EVENT suggestion is rejected in one bulk step,
    as Reject all like this ▸ in all unfinished documents does (they stay new)."""
    ids = [
        project.add_document(SourceDocument(text=f"Đại hội thể thao lần {i}.", title=f"n{i}"))
        for i in range(count)
    ]
    session = project.session()
    pending = [
        session.apply(
            AddSuggestions(doc, spans=((0, len("Đại hội"), "EVENT", "rules", 0.6),))
        ).spans_added[0]
        for doc in ids
    ]
    session.apply(SetSpanStates(tuple(pending), "rejected"))
    assert {project.document(doc).status for doc in ids} == {"new"}
    return ids


def test_a_rejection_counts_in_a_document_still_new(project) -> None:
    _rejected_in_new_documents(project, 2)
    assert project.document_ids(status=["in_progress", "done", "reviewed"]) == []
    entry = project_memory(project).entries[surface_keys("Đại hội")]
    assert (entry.rejected["EVENT"], entry.labels, entry.bare) == (2, {}, 0)
    doc = project.add_document(SourceDocument(text="Đại hội thể thao lần thứ ba.", title="x"))
    meet = [Suggestion(0, len("Đại hội"), "EVENT", "rules", 0.6)]
    assert remembered(project, doc, meet, CANDIDATE) == []


def test_a_rejection_in_the_document_left_out_does_not_count(project) -> None:
    ids = _rejected_in_new_documents(project, 2)
    entry = project_memory(project, leave_out=ids[0]).entries[surface_keys("Đại hội")]
    assert entry.rejected["EVENT"] == 1
