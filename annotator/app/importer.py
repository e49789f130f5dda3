"""Importing article files and folders into a project, one reader per file, never stopping on a bad file.

Files are read one at a time (the corpus is never held in memory), each file
goes through the reader the format registry chooses, and each document is
stored atomically by the store. A bad file is skipped with a specific reason;
an interrupted import leaves only whole documents, and running it again skips
what is already there.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator, Iterable, Iterator
from pathlib import Path
from typing import Any

from annotator.app.import_reading import (
    DEFAULT_MAX_BYTES,
    FileResult,
    ImportOptions,
    collect_files,
    read_file_bytes,
    read_files,
)
from annotator.app.import_report import (
    DUPLICATE,
    IMPORTED,
    SKIPPED,
    ImportProgress,
    ImportReport,
    ImportStopped,
    Outcome,
)
from annotator.core.decoding import text_hash
from annotator.core.errors import AnnotatorError, ImportFailure
from annotator.core.model import SourceDocument

ProgressFn = Callable[[ImportProgress], None]

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ImportOptions",
    "ImportProgress",
    "ImportReport",
    "ImportStopped",
    "collect_files",
    "import_paths",
    "read_file_bytes",
]


class _Run:
    """The state of one import: counts for progress, outcomes for the report."""

    def __init__(self, project: Any, *, report: ImportReport, progress: ProgressFn | None) -> None:
        self.project = project
        self.report = report
        self.progress = progress
        self.files_done = 0
        # The file of the document the store just received: its documents share
        # one transaction, so a file is imported whole or not at all.
        self.current_file = ""
        # Documents stored by this run, so a duplicate can name the file it repeats.
        self.imported: dict[int, str] = {}
        self.warnings: dict[int, tuple[str, ...]] = {}

    def notify(self, current: str) -> None:
        self.files_done += 1
        if self.progress is not None:
            r = self.report
            self.progress(
                ImportProgress(
                    files_done=self.files_done,
                    files_total=r.files_total,
                    current=current,
                    imported=r.imported,
                    duplicates=r.duplicates,
                    skipped=r.counts[SKIPPED],
                )
            )

    def sources(
        self, files: list[Path], *, options: ImportOptions, cancel: threading.Event | None
    ) -> Generator[SourceDocument, None, None]:
        """The documents of every file; failures go to the report, not up the stack."""
        results = read_files(files, options=options)
        try:
            for result in results:
                if cancel is not None and cancel.is_set():
                    self.report.cancelled = True
                    return
                yield from self._file_sources(result)
                self.notify(result.path)
        finally:
            results.close()

    def _file_sources(self, result: FileResult) -> Iterator[SourceDocument]:
        self.current_file = result.path
        if result.failure is not None:
            self.report.add(Outcome(result.path, SKIPPED, result.failure))
        for item in result.items:
            if isinstance(item, ImportFailure):
                self.report.add(Outcome(result.path, SKIPPED, str(item)))
            else:
                yield item

    def refused(self, source: SourceDocument, error: AnnotatorError) -> None:
        """The store refused one document (a span or relation that does not fit)."""
        self.report.add(Outcome(source.source or source.title, SKIPPED, str(error)))

    def stored(self, source: SourceDocument, doc_id: int | None) -> None:
        """Record what the store did with one document."""
        label = source.source or source.title
        warnings = tuple(source.meta.get("import_warnings", ()))
        if doc_id is None:
            # Only duplicates are hashed here: the store already hashed every text.
            first_id = self.project.document_with_hash(text_hash(source.text))
            first = self.imported.get(first_id) if first_id is not None else None
            reason = f"same text as {first}, imported just before" if first else "already imported"
            self.report.add(Outcome(label, DUPLICATE, reason, warnings=warnings))
            return
        self.imported[int(doc_id)] = label
        self.report.add(Outcome(label, IMPORTED, doc_id=int(doc_id), warnings=warnings))


def import_paths(
    project: Any,
    paths: Iterable[Path | str],
    *,
    options: ImportOptions | None = None,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
) -> ImportReport:
    """Import files and folders into an open project and say what happened to each.

    Only ImportFailure-type problems are reported per file; an exception from
    `progress` (or a crash) interrupts the import, and the store keeps only
    whole documents, so running the same import again completes it. When the
    store cannot take more (a full disk), ImportStopped carries the report of
    what was imported before.
    """
    options = options or ImportOptions()
    report = ImportReport()
    files = collect_files(paths, options=options, report=report)
    report.files_total = len(files)
    run = _Run(project, report=report, progress=progress)
    sources = run.sources(files, options=options, cancel=cancel)
    results = project.add_documents(
        sources,
        commit_every=options.commit_every,
        on_error=run.refused,
        group=lambda _source: run.current_file,
    )
    try:
        for source, doc_id in results:
            run.stored(source, doc_id)
    except AnnotatorError as exc:
        # Documents go to on_error one by one; what arrives here stops the store
        # itself (a full disk). The batch it hit was rolled back whole.
        raise ImportStopped(exc, report) from exc
    finally:
        # Stop reading at once (worker processes included), even while the
        # exception keeps this frame alive.
        results.close()
        sources.close()
    return report
