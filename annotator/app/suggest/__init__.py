"""Suggesting spans and relations for many documents with a pool of worker processes.

- `worker`: the process that runs the suggesters, and its handle;
- `schedule`: feeding documents to workers, collecting answers, time limits;
- `storing`: filtering one document's suggestions against the project and
  storing them as pending through the one write path;
- `results`: progress, failures and the final report.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from annotator.app.suggest.memory import MEMORY, advance_kept, kept_memory
from annotator.app.suggest.results import (
    DocumentFailure,
    ProgressFn,
    SuggestError,
    SuggestProgress,
    SuggestReport,
)
from annotator.app.suggest.schedule import Schedule, run_schedule
from annotator.app.suggest.storing import SuggestionWriter
from annotator.app.suggest.withdrawing import Withdrawn, still_untouched, withdraw_operation
from annotator.app.suggest_options import left_out, uses_memory
from annotator.app.suggest_options import min_confidence as project_min_confidence
from annotator.app.suggesters import pipeline_config
from annotator.core.model import IN_PROGRESS, NEW
from annotator.nlp.pipeline import PipelineConfig
from annotator.store import open_project

__all__ = [
    "DocumentFailure",
    "SuggestError",
    "SuggestProgress",
    "SuggestReport",
    "suggest_documents",
]


def suggest_documents(
    project_path: str | os.PathLike[str],
    *,
    doc_ids: Sequence[int] | None = None,
    suggesters: Iterable[str] | None = None,
    workers: int | None = None,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    time_limit: float = 20.0,
    min_confidence: float | None = None,
    with_underthesea: bool | None = None,
    memory: bool | None = None,
    withdraw: bool = True,
) -> SuggestReport:
    """Suggest spans for documents (default: those not done) and store them as pending.

    `suggesters` names the suggesters to run; by default the rules and the model, plus stock
    underthesea NER if `with_underthesea` (None: the project's setting, see app/suggesters.py),
    then the project's memory (app/suggest/memory.py) when it has worked documents, unless
    `memory` is False (None: unless the project leaves it out, app/suggest_options.py) or
    `suggesters` leaves it out. `min_confidence` None is the project's own minimum (0 unless
    chosen). Opens its own connection, so it may run on any thread (the window's worker).

    With the memory, pending suggestions of earlier runs that it holds back now are withdrawn
    in one operation (`withdraw`), or only reported when `withdraw` is False, for a caller that
    applies `withdraw_operation` through its own session (the window, whose Ctrl+Z must reach it).
    """
    began = time.monotonic()
    project = open_project(Path(project_path))
    try:
        plan = _plan(
            project, doc_ids, suggesters, with_underthesea, min_confidence, memory, workers
        )
        if not plan.ids:
            return SuggestReport(0, 0, (), False, 0.0)
        writer = SuggestionWriter(project, plan.min_confidence)
        run = Schedule(writer, plan.config, workers=plan.workers, time_limit=time_limit)
        cancelled = _run_with_memory(run, plan, progress, cancel, began)
        return _finish(run, plan, cancelled, withdraw, began)
    finally:
        project.close()


@dataclass(frozen=True)
class _Plan:
    """What one run will do, settled from the arguments and the project's own choices."""

    ids: list[int]
    names: tuple[str, ...] | None
    config: PipelineConfig
    min_confidence: float
    remembers: bool
    workers: int


def _plan(
    project,
    doc_ids: Sequence[int] | None,
    suggesters: Iterable[str] | None,
    with_underthesea: bool | None,
    min_confidence: float | None,
    memory: bool | None,
    workers: int | None,
) -> _Plan:
    """Settle the run's documents, suggesters, minimum, memory and number of workers (at most
    one a document); None is the project's choice, or for `workers` one a processor."""
    ids = list(doc_ids) if doc_ids is not None else project.document_ids(status=(NEW, IN_PROGRESS))
    names = None if suggesters is None else tuple(suggesters)
    models = None if names is None else tuple(n for n in names if n != MEMORY)
    config = pipeline_config(project, models, with_underthesea=with_underthesea)
    if not ids:
        return _Plan(ids, names, config, 0.0, False, 1)
    if min_confidence is None:
        min_confidence = project_min_confidence(project)
    if memory is None:
        memory = uses_memory(project)
    remembers = memory and (names is None or MEMORY in names)
    count = max(1, min(workers or os.cpu_count() or 1, len(ids)))
    return _Plan(ids, names, config, min_confidence, remembers, count)


def _run_with_memory(
    run: Schedule,
    plan: _Plan,
    progress: ProgressFn | None,
    cancel: threading.Event | None,
    began: float,
) -> bool:
    """Run the schedule over the plan's documents and close its workers; True if cancelled.

    The memory is built (or a stale one rebuilt) once the workers have started, while they
    load their models, so it costs no wall time; it is used when the first answer comes.
    """
    try:
        writer = run.writer
        writer.memory = kept_memory(writer.project) if plan.remembers else None
        run.queue.extend(plan.ids)
        return run_schedule(run, progress=progress, cancel=cancel, began=began)
    finally:
        run.close()


def _finish(
    run: Schedule, plan: _Plan, cancelled: bool, withdraw: bool, began: float
) -> SuggestReport:
    """Withdraw what the memory holds back now, move the memory on, and report the run."""
    writer = run.writer
    withdrawn = tuple(writer.withdrawable)
    if withdraw:
        withdrawn = _withdrawn(writer, withdrawn)
    if writer.memory is not None:
        advance_kept(writer.project, writer.session.id)
    left = (
        _left_out(writer.project, plan.config.names, plan.remembers) if plan.names is None else ()
    )
    return SuggestReport(
        run.done,
        writer.added,
        tuple(run.failures),
        cancelled,
        time.monotonic() - began,
        relations=writer.relations_added,
        held_back=tuple(writer.held_back),
        min_confidence=plan.min_confidence,
        already=writer.already,
        withdrawn=withdrawn,
        left_out=left,
    )


def _left_out(project, ran: tuple[str, ...], remembers: bool) -> tuple[str, ...]:
    """What the project's choices left out of this run ("rules", "model", "memory"), for the
    report: a linguist who unticked one and forgot sees it said."""
    out = [n for n in ("rules", "model") if n in left_out(project) and n not in ran]
    return (*out, *(() if remembers else ("memory",)))


def _withdrawn(writer: SuggestionWriter, found: tuple[Withdrawn, ...]) -> tuple[Withdrawn, ...]:
    """Withdraw what is still untouched of `found` in one operation of the run's session."""
    left = tuple(still_untouched(writer.project, found))
    op = withdraw_operation(left)
    if op is not None:
        writer.session.apply(op, origin="suggest")
    return left
