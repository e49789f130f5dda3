"""Random operation sequences: undo/redo restore exact rows, caches and counts stay true."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from annotator.core.errors import AnnotatorError
from annotator.core.operations import (
    AcceptSpanAs,
    AddEntity,
    AddRelation,
    AddSpan,
    AddSuggestions,
    Batch,
    CurateSpan,
    CurateSpans,
    DeleteDocument,
    DeleteRelation,
    DeleteSpan,
    DeleteSpans,
    LinkMentions,
    MergeLayer,
    Operation,
    PutLabel,
    PutRelationType,
    RelabelSpan,
    RemoveLabel,
    RenameLabel,
    SetNote,
    SetSpanState,
    SetSpanStates,
    SetStatus,
    SetTitle,
)
from annotator.store import create_project, open_project
from annotator.store import repository as repo
from tests.store.helpers import article, snapshot

STATES = ("accepted", "pending", "rejected")


def _fast(project) -> None:
    # This test is about history, not durability (tested apart): skip fsync.
    project._conn.execute("PRAGMA synchronous = OFF")


class History(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="history-"))
        self.path = self.folder / "p.db"
        self.project = create_project(self.path, annotator="lan")
        _fast(self.project)
        self.docs = [self.project.add_document(article()), self.project.add_document(article("x"))]
        self.session = self.project.session()
        self.done: list[dict] = []  # snapshot before each not-undone step
        self.undone: list[dict] = []  # snapshot before each undo, for redo

    def teardown(self) -> None:
        self.project.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- drawing operations from the current state ------------------------------

    def _spans(self):
        return [s for d in self.docs for s in self.project.spans(d, states=None)]

    def _label(self, data):
        return data.draw(st.sampled_from(self.project.schema().label_names() + ["NOPE"]))

    def _op(self, data) -> Operation:
        doc = data.draw(st.sampled_from(self.docs))
        length = len(self.project.document(doc).text)
        spans = self._spans() or [None]
        span = data.draw(st.sampled_from(spans))
        span_id = span.id if span else 999
        start = data.draw(st.integers(0, length - 1))
        end = data.draw(st.integers(start, min(length + 1, start + 30)))
        kind = data.draw(st.integers(0, 24))
        relations = [r for d in self.docs for r in self.project.relations(d)]
        ops: dict[int, Operation] = {
            0: AddSpan(doc, start, end, self._label(data)),
            1: DeleteSpan(span_id),
            2: RelabelSpan(span_id, self._label(data)),
            3: SetSpanState(span_id, data.draw(st.sampled_from(STATES))),
            4: SetSpanStates(tuple(s.id for s in spans[:3] if s), "rejected"),
            5: AddSuggestions(
                doc, ((start, end, self._label(data), "rules"), (0, 2, "LOC", "crf"))
            ),
            6: AddRelation(span_id, data.draw(st.sampled_from(spans)).id if span else 1, "HOLDS"),
            7: DeleteRelation(relations[0].id if relations else 999),
            8: SetStatus(doc, data.draw(st.sampled_from(("new", "in_progress", "done", "bad")))),
            9: SetNote(doc, data.draw(st.text(max_size=5))),
            10: PutLabel(
                self._label(data), "#abcdef", key=data.draw(st.sampled_from(["", "9", "1"]))
            ),
            11: RenameLabel(self._label(data), data.draw(st.sampled_from(["NEW", "PER", "TEN"]))),
            12: RemoveLabel(self._label(data)),
            13: RemoveLabel(self._label(data), relabel_to=self._label(data)),
            14: PutRelationType("LINK", (self._label(data),), ()),
            15: DeleteSpans(tuple(s.id for s in spans[-2:] if s)),
            16: Batch(
                (AddSpan(doc, start, end, "ORG"), SetStatus(doc, "done"), DeleteSpan(span_id))
            ),
            17: AcceptSpanAs(span_id, self._label(data)),
            18: SetTitle(doc, data.draw(st.sampled_from(["Bài mới", "", "  x  "]))),
            19: DeleteDocument(doc),
            **self._team_ops(data, doc, (start, end), span_id),
        }
        return ops[kind]

    def _team_ops(self, data, doc: int, where: tuple[int, int], span_id: int) -> dict:
        """Layers replaced (imports, merges), curation and registry links: undone exactly too."""
        start, end = where
        label = self._label(data)
        who = data.draw(st.sampled_from(("lan", "an", "binh")))
        layer = ((None, start, end, label, "manual", "accepted", None, None),)
        uid = data.draw(st.sampled_from(("e1", "e2")))
        return {
            20: MergeLayer(who, ((doc, "done", layer if end > start else (), ()),)),
            21: CurateSpans(doc, ((start, end, label, (who,)),), ()),
            22: CurateSpan(doc, start, end, label, (who,)),
            23: AddEntity(uid, "person", f"Người {uid}", span_ids=(span_id,)),
            24: LinkMentions(uid, (span_id,), "confirmed"),
        }

    # -- rules ------------------------------------------------------------------

    @rule(data=st.data())
    def apply(self, data) -> None:
        before = snapshot(self.path)
        try:
            self.session.apply(self._op(data))
        except AnnotatorError:
            assert snapshot(self.path) == before
            return
        self.done.append(before)
        self.undone.clear()

    @rule()
    def undo(self) -> None:
        current = snapshot(self.path)
        change = self.session.undo()
        if not self.done:
            assert change is None
            return
        assert change is not None
        assert snapshot(self.path) == self.done.pop()
        self.undone.append(current)

    @rule()
    def redo(self) -> None:
        current = snapshot(self.path)
        change = self.session.redo()
        if not self.undone:
            assert change is None
            return
        assert change is not None
        assert snapshot(self.path) == self.undone.pop()
        self.done.append(current)

    @rule()
    def reopen(self) -> None:
        self.project.close()
        self.project = open_project(self.path, annotator="lan")
        _fast(self.project)
        self.session = self.project.session()

    # -- invariants ---------------------------------------------------------------

    @invariant()
    def caches_and_counts_match_the_rows(self) -> None:
        conn = sqlite3.connect(self.path)
        try:
            for doc in self.docs:
                for states in (None, ("accepted", "pending"), ("rejected",)):
                    fresh = repo.read_spans(conn, doc, states)
                    assert self.project.spans(doc, states=states) == fresh
                accepted, pending = conn.execute(
                    "SELECT count(*) FILTER (WHERE state = 'accepted'), "
                    "count(*) FILTER (WHERE state = 'pending') FROM annotations WHERE doc_id = ?",
                    (doc,),
                ).fetchone()
                row = next((r for r in self.project.document_rows() if r.id == doc), None)
                if row is None:  # deleted: nothing of it is left
                    assert (accepted, pending) == (0, 0)
                    continue
                assert (row.span_count, row.pending_count) == (accepted, pending)
            assert self.session.can_undo() == bool(self.done)
            assert self.session.can_redo() == bool(self.undone)
        finally:
            conn.close()


History.TestCase.settings = settings(
    max_examples=30,
    stateful_step_count=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestHistory = History.TestCase
