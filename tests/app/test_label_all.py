"""Label every occurrence: the preview's counts, one undo step, no duplicates, syllables kept."""

from __future__ import annotations

from annotator.app.search.consistency import check_consistency
from annotator.app.search.label_all import plan_label_all, span_query
from annotator.core.operations import SetSpanState
from annotator.core.search_query import SearchQuery
from tests.app._corpus_projects import ARTICLES, build_corpus, find


def _spans(project, doc: int, label: str) -> list:
    return [s for s in project.spans(doc, states=None) if s.label == label]


def test_pending_suggestions_from_search_in_one_undo_step(project) -> None:
    ids = build_corpus(project)
    session = project.session()
    plan = plan_label_all(project, SearchQuery(text="Tỉnh ủy"), "ORG")
    # In ROLE "Bí thư Tỉnh ủy Quảng Nam": inside another annotation; the ORG already there;
    # inside the ORG "Tỉnh ủy Quảng Nam": overlapping an ORG. One free occurrence is left.
    assert (plan.count, plan.already, plan.in_other_annotation, plan.overlapping_same_label) == (
        1,
        1,
        1,
        1,
    )
    assert (plan.documents, plan.accept) == (1, False)
    before = len(project.spans(ids[1], states=None))
    change = session.apply(plan.operation())
    [added] = [s for s in project.spans(ids[1]) if s.id in change.spans_added]
    assert (added.state, added.origin, added.suggester) == ("pending", "suggested", "search")
    assert ARTICLES[1][1][added.start : added.end] == "Tỉnh ủy"
    again = plan_label_all(project, SearchQuery(text="Tỉnh ủy"), "ORG")
    assert again.count == 0 and again.operation() is None and again.already == 2
    session.undo()
    assert len(project.spans(ids[1], states=None)) == before


def test_accepted_mode_accepts_identical_suggestions_and_the_rejected(project) -> None:
    ids = build_corpus(project)
    session = project.session()
    [pending] = _spans(project, ids[2], "PER")
    plan = plan_label_all(project, span_query("Phan Việt Cường"), "PER", accept=True)
    assert plan.count == 1 and plan.to_accept == [pending.id] and plan.already == 2
    session.apply(plan.operation())
    assert project.span(pending.id).state == "accepted"
    session.undo()
    session.apply(SetSpanState(pending.id, "rejected"))
    assert plan_label_all(project, span_query("Phan Việt Cường"), "PER").rejected_before == 1
    plan = plan_label_all(project, span_query("Phan Việt Cường"), "PER", accept=True)
    assert plan.to_accept == [pending.id]


def test_many_documents_and_nesting_on_request(project) -> None:
    ids = build_corpus(project)
    session = project.session()
    plan = plan_label_all(project, SearchQuery(text="Quảng Nam"), "LOC", accept=True)
    assert plan.count == 1 and plan.in_other_annotation == 2  # in the ROLE and in the ORG
    nested = plan_label_all(project, SearchQuery(text="Quảng Nam"), "LOC", nested=True, accept=True)
    assert nested.count == 3 and nested.documents == 3
    change = session.apply(nested.operation())
    spans = [project.span(i) for i in change.spans_added]
    assert {(s.origin, s.suggester, s.state) for s in spans} == {("manual", "search", "accepted")}
    assert {ARTICLES[ids.index(s.doc_id)][1][s.start : s.end] for s in spans} == {"Quảng Nam"}
    session.undo()
    assert all(not _spans(project, doc, "LOC") for doc in ids)


def test_never_inside_a_syllable_and_within_one_document(project) -> None:
    ids = build_corpus(project)
    plan = plan_label_all(project, SearchQuery(text=r"Nam\w*", regex=True), "LOC")
    found = {(d, r) for d, ranges in plan.new.items() for r in ranges}
    assert (ids[2], find(ARTICLES[2][1], "Nami")) in found  # the regex asked for "Nami" itself
    plan = plan_label_all(project, SearchQuery(text="am"), "LOC")
    assert plan.count == 0
    plan = plan_label_all(project, span_query("Tỉnh ủy"), "ORG", within=[ids[0]])
    assert plan.count == 0 and plan.already == 1


def test_the_consistency_check_lists_divided_surfaces_with_their_places(project) -> None:
    ids = build_corpus(project)
    found = {x.surface: x for x in check_consistency(project)}
    # "Tỉnh ủy": ORG in the first document, free once in the second (statuses done and in progress).
    tinh_uy = found["Tỉnh ủy"]
    assert tinh_uy.labels == {"ORG": 1} and tinh_uy.unlabelled == 1
    free = [p for p in tinh_uy.places if p.label is None]
    assert [(p.doc_id, p.start, p.end) for p in free] == [
        (ids[1], *find(ARTICLES[1][1], "Tỉnh ủy", 1))
    ]
    # "Cường" is a PER once; "Phan Việt Cường" is labelled everywhere it occurs in worked documents.
    assert "Phan Việt Cường" not in found
    everywhere = {x.surface for x in check_consistency(project, statuses=())}
    assert "Quốc hội" in everywhere  # QUỐC HỘI in the new document is not labelled
