"""The project's memory: its accepted and rejected spans, read through the store, as a table.

Worked documents (in progress, done, reviewed, as the consistency check
counts them) give the accepted spans and the surfaces left bare; a rejected
span of any document is a rejection (`rejected_spans`, one query per
label, since the streamed documents leave rejected spans out).

`CANDIDATE` is the policy that runs after the other suggesters (extend what
the rules and the model found to a remembered longer name, and hold back a
suggestion rejected twice at the same surface and never accepted; no
filling, no relabelling). It met the bar of docs/memory.md on the eleven
once-blind sets and was confirmed once on news14, a set it was not chosen
on. The chosen policy of that bar (which also fills) failed it and does not run.

Building the table costs seconds for thousands of worked documents (about
4.5 s at 6,000, docs/memory.md), so it is
kept between suggestions per project file (`kept_memory`), tagged with the
action-log position it reflects, and rebuilt only when a session other than
the suggesting one has written since: suggestions alone never change it
(only accepted spans, rejections and statuses count). A rebuild that took
under `INLINE_SECONDS` is done again in the suggesting thread, while the
workers load (never in the window's thread). A dearer one would make every
suggest after an edit wait for it, so the stale table serves that run and
a thread of its own, with its own connection, builds the next one: a large
project's memory lags its newest edits by one rebuild, never the linguist.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.core.model import DONE, IN_PROGRESS, REVIEWED
from annotator.nlp.base import Suggestion
from annotator.nlp.memory import (
    MEMORY,
    MemoryTable,
    Policy,
    Rejection,
    Worked,
    apply_memory,
    build_table,
    holds_back,
)
from annotator.store import open_project

WORKED = (IN_PROGRESS, DONE, REVIEWED)
CANDIDATE = Policy(
    min_count=1, min_ratio=0.5, min_syllables=1, fill=False, extend=True, hold_back=2
)
# (start, end, label, suggester, confidence) and (head, tail, type, suggester, confidence).
SpanTuple = tuple[int, int, str, str, float]
RelationTuple = tuple[int, int, str, str, float]

__all__ = [
    "CANDIDATE",
    "MEMORY",
    "KeptMemory",
    "advance_kept",
    "counted_rejections",
    "kept_memory",
    "project_memory",
    "held_back",
    "remembered",
]


def project_memory(reader: Any, *, leave_out: int | None = None) -> MemoryTable:
    """The memory of a project (a store reader), document `leave_out` not counted.

    Accepted spans and bare surfaces come from worked documents only: a new
    document's text was not read, so what it leaves unmarked says nothing.
    A rejection counts wherever it was made: the user rejected it on
    purpose, and "Reject all like this ▸ in all unfinished documents"
    rejects in documents that stay new (docs/memory.md).

    The simulation leaves the document being suggested on out (its own spans
    say nothing new about it); the kept table counts every document, since a
    span overlapping the document's own accepted spans is never stored.
    """
    ids = [i for i in reader.document_ids(status=list(WORKED)) if i != leave_out]
    everywhere = [i for i in reader.document_ids() if i != leave_out]
    rejected_places = counted_rejections(reader, everywhere)
    worked: list[Worked] = []
    texts: dict[int, str] = {}
    for item in reader.iter_annotated(ids):
        doc, text = item.document.id, item.document.text
        texts[doc] = text
        accepted = tuple((s.start, s.end, s.label) for s in item.spans if s.state == "accepted")
        worked.append(Worked(text, accepted))
    rejected: list[Rejection] = []
    for label, by_document in rejected_places.items():
        for doc, places in by_document.items():
            if doc not in texts:  # a rejection in a document not worked yet
                texts[doc] = reader.document(doc).text
            rejected.extend(Rejection(texts[doc], (start, end, label)) for start, end in places)
    return build_table(worked, rejected)


def counted_rejections(
    reader: Any, doc_ids: Sequence[int]
) -> dict[str, dict[int, dict[tuple[int, int], int]]]:
    """label -> doc id -> {(start, end): span id} of the rejections the memory counts.

    A rejection the user lifted ("Suggest it again", store.apply_memory) is
    not counted: the surface is held back again once rejected twice more.
    """
    lifted = reader.lifted_rejections()
    counted: dict[str, dict[int, dict[tuple[int, int], int]]] = {}
    for label in reader.schema().labels:
        found = reader.rejected_spans(doc_ids, label.name)
        counted[label.name] = {
            doc: kept
            for doc, places in found.items()
            if (kept := {place: i for place, i in places.items() if i not in lifted})
        }
    return counted


def remembered(
    reader: Any,
    doc_id: int,
    suggestions: Sequence[Suggestion],
    policy: Policy = CANDIDATE,
) -> list[Suggestion]:
    """A document's suggestions with the memory of the project's other worked documents applied."""
    text = reader.document(doc_id).text
    return apply_memory(project_memory(reader, leave_out=doc_id), text, suggestions, policy)


@dataclass
class KeptMemory:
    """A project's table and the last action-log row it reflects."""

    table: MemoryTable
    position: int
    seconds: float

    def current(self, project: Any) -> bool:
        """Whether no session has changed a document, the schema or a lift since `position`."""
        change, _ = project.changes_after(self.position, besides=None)
        return not (change.doc_ids or change.schema_changed or change.memory_changed)

    def advance(self, project: Any, session_id: str) -> None:
        """Move past rows the suggesting session wrote itself, if no other session wrote."""
        change, newest = project.changes_after(self.position, besides=session_id)
        if not (change.doc_ids or change.schema_changed or change.memory_changed):
            self.position = newest

    def holds_back(self, text: str, start: int, end: int, label: str) -> bool:
        """Whether the candidate would hold back a suggestion of `label` at [start, end) now."""
        return holds_back(self.table, text, Suggestion(start, end, label, "", 0.0), CANDIDATE)

    def apply(
        self, text: str, found: Sequence[SpanTuple], relations: Sequence[RelationTuple] = ()
    ) -> tuple[list[SpanTuple], list[RelationTuple]]:
        """One document's suggestions after the memory (see `remembered_tuples`)."""
        return remembered_tuples(self.table, text, found, relations)


_KEPT: dict[Path, KeptMemory] = {}
_KEPT_LOCK = threading.Lock()
# A rebuild that took longer than this is not waited for again (see the module docstring).
INLINE_SECONDS = 2.0
_BUILDING: dict[Path, threading.Thread] = {}


def kept_memory(project: Any) -> KeptMemory | None:
    """The project's memory, rebuilt only if another session wrote; None if nothing is worked.

    A project with no worked document has nothing to remember, and its
    suggestions are stored exactly as the suggesters made them.
    """
    key = Path(project.path).resolve()
    with _KEPT_LOCK:
        kept = _KEPT.get(key)
        if kept is not None and not kept.current(project) and kept.seconds > INLINE_SECONDS:
            _build_later(key)  # this run uses the table as it was
        elif kept is None or not kept.current(project):
            kept = _KEPT[key] = _built(project)
        return kept if kept.table.entries else None


def advance_kept(project: Any, session_id: str) -> None:
    """After a suggest run: the table kept now moves past that run's own suggestions.

    Not the table the run started with: a thread may have kept a newer one
    meanwhile, read before the run's suggestions were written, and left
    behind them it would look stale to the next run and be built again.
    """
    with _KEPT_LOCK:
        kept = _KEPT.get(Path(project.path).resolve())
    if kept is not None:
        kept.advance(project, session_id)


def _built(project: Any) -> KeptMemory:
    began = time.perf_counter()
    position = project.last_action()  # read first: later rows make it stale, never lost
    table = project_memory(project)
    return KeptMemory(table, position, time.perf_counter() - began)


def _build_later(key: Path) -> None:
    """Build the project's next table on a thread of its own (called holding `_KEPT_LOCK`)."""
    if key in _BUILDING:
        return
    thread = threading.Thread(target=_rebuild, args=(key,), name="memory-rebuild", daemon=True)
    _BUILDING[key] = thread
    thread.start()


def _rebuild(key: Path) -> None:
    """Open the project on its own connection, build its table, and keep it.

    A failure (the project closed, moved or locked meanwhile) keeps the
    older table: the memory only shapes suggestions, and the next suggest
    tries again.
    """
    try:
        project = open_project(key)
        try:
            kept = _built(project)
        finally:
            project.close()
        with _KEPT_LOCK:
            _KEPT[key] = kept
    except Exception:  # noqa: BLE001 (any failure leaves the older table in use)
        pass
    finally:
        with _KEPT_LOCK:
            _BUILDING.pop(key, None)


def wait_for_rebuild(project_path: str | Path, timeout: float | None = None) -> None:
    """Wait until a rebuild started for this project, if any, has finished."""
    with _KEPT_LOCK:
        thread = _BUILDING.get(Path(project_path).resolve())
    if thread is not None:
        thread.join(timeout)


def forget(project_path: str | Path) -> None:
    """Drop a kept table (a project replaced on disk, or a test that wants a cold start)."""
    wait_for_rebuild(project_path)
    with _KEPT_LOCK:
        _KEPT.pop(Path(project_path).resolve(), None)


def remembered_tuples(
    table: MemoryTable,
    text: str,
    found: Sequence[SpanTuple],
    relations: Sequence[RelationTuple] = (),
) -> tuple[list[SpanTuple], list[RelationTuple]]:
    """The candidate applied to a worker's answer, its relations kept pointing at the right spans.

    A suggestion the memory leaves alone keeps its suggester and confidence;
    an extension is a new span of the memory's own (suggester `memory`,
    confidence its smoothed share), so acceptance per suggester counts the
    rules and the model only for what they proposed. A relation follows a
    suggestion extended with its label, and is dropped with one held back.
    """
    given = [Suggestion(s[0], s[1], s[2], s[3], s[4]) for s in found]
    after = apply_memory(table, text, given, CANDIDATE)
    spans: list[SpanTuple] = []
    index: dict[tuple, int] = {}
    for s in after:
        index[(s.start, s.end, s.label, s.suggester)] = len(spans)
        spans.append((s.start, s.end, s.label, s.suggester, s.score))
    moved = [_new_index(index, after, found[i]) for i in range(len(found))]
    links = [
        (moved[h], moved[t], *rest)
        for h, t, *rest in relations
        if moved[h] is not None and moved[t] is not None and moved[h] != moved[t]
    ]
    return spans, links  # type: ignore[return-value]


def held_back(found: Sequence[SpanTuple], after: Sequence[SpanTuple]) -> list[SpanTuple]:
    """The spans of `found` the memory left out: neither kept nor inside an extension of theirs.

    The suggest report names them, so a suggestion missing from a new
    document has a reason the linguist can read (and undo with the memory
    left out).
    """
    kept = {(s[0], s[1], s[2]) for s in after}
    extensions = [s for s in after if s[3] == MEMORY]
    return [
        f
        for f in found
        if (f[0], f[1], f[2]) not in kept
        and not any(e[2] == f[2] and e[0] <= f[0] and f[1] <= e[1] for e in extensions)
    ]


def _new_index(index: dict[tuple, int], after: list[Suggestion], old: SpanTuple) -> int | None:
    """Where a found span is after the memory: itself, the extension holding it, or gone."""
    same = index.get((old[0], old[1], old[2], old[3]))
    if same is not None:
        return same
    for s in after:
        if s.suggester == MEMORY and s.label == old[2] and s.start <= old[0] and old[1] <= s.end:
            return index[(s.start, s.end, s.label, s.suggester)]
    return None
