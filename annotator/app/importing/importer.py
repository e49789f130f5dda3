"""Importing article files and folders into a project, one reader per file, never stopping on a bad file.

Files are read one at a time (the corpus is never held in memory), each file
goes through the reader the format registry chooses (multi-record files in
pieces of whole records, see jobs), and each file or piece is stored
atomically by the store. A bad file or record is skipped with a specific
reason; labels the project lacks join its schema (labels); an
interrupted import leaves only whole files and pieces, and running it again
skips what is already there: articles by their text, corpus records by their
file, place and annotations (so two records with the same text are both kept).
"""

from __future__ import annotations

import hashlib
import threading
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from annotator.app.importing.collect import collect_files, without_project_files
from annotator.app.importing.jobs import read_all
from annotator.app.importing.labels import LabelPolicy
from annotator.app.importing.reading import (
    DEFAULT_MAX_BYTES,
    KEEP,
    FileResult,
    ImportOptions,
    read_file_bytes,
)
from annotator.app.importing.report import (
    DUPLICATE,
    IMPORTED,
    SKIPPED,
    ImportProgress,
    ImportReport,
    ImportStopped,
    Outcome,
)
from annotator.app.importing.shared_source import ImportRoots
from annotator.app.workers import WorkerPool
from annotator.core.crossing import CROSSINGS_HERE, crossing_pairs
from annotator.core.decoding import text_hash
from annotator.core.errors import AnnotatorError, ImportFailure
from annotator.core.messages import Message, message
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

    def __init__(
        self,
        project: Any,
        *,
        report: ImportReport,
        progress: ProgressFn | None,
        options: ImportOptions,
        roots: ImportRoots | None = None,
    ) -> None:
        self.project = project
        self.roots = roots
        self.report = report
        self.progress = progress
        self.options = options
        self.files_done = 0
        # The file (and piece) of the document the store just received: its
        # documents share one transaction, so a piece is stored whole or not at all.
        self.group: tuple[str, int] = ("", 0)
        # Records read so far per file: a record's number is its place in its file.
        self.records: Counter[str] = Counter()
        # Documents stored by this run, so a duplicate can name the file it repeats.
        self.imported: dict[int, str] = {}
        self.labels = LabelPolicy(
            project,
            mapping=dict(options.label_map),
            new_labels=options.new_labels,
            changes=report.schema,
        )

    def notify(self, result: FileResult) -> None:
        self.files_done += int(result.last)
        if self.progress is not None:
            r = self.report
            where = (
                result.path
                if result.last and not result.part
                else f"{result.path} (part {result.part + 1})"
            )
            self.progress(
                ImportProgress(
                    files_done=self.files_done,
                    files_total=r.files_total,
                    current=where,
                    imported=r.imported,
                    duplicates=r.duplicates,
                    skipped=r.counts[SKIPPED],
                )
            )

    def sources(
        self, files: list[Path], *, cancel: threading.Event | None, pool: WorkerPool | None
    ) -> Generator[SourceDocument, None, None]:
        """The documents of every file; failures go to the report, not up the stack."""
        results = read_all(files, options=self.options, pool=pool)
        try:
            for result in results:
                if cancel is not None and cancel.is_set():
                    self.report.cancelled = True
                    return
                yield from self._file_sources(result)
                self.notify(result)
        finally:
            results.close()

    def _file_sources(self, result: FileResult) -> Iterator[SourceDocument]:
        self.group = (result.path, result.part)
        if result.failure is not None:
            self.report.add(Outcome(result.path, SKIPPED, result.failure))
            self.records[result.path] += 0
        elif result.last and not result.items and result.path not in self.records:
            # A file read in pieces that held no record at all.
            self.report.add(
                Outcome(result.path, SKIPPED, message("empty file: no documents in it"))
            )
        for item in result.items:
            self.records[result.path] += 1
            if isinstance(item, ImportFailure):
                self.report.add(Outcome(result.path, SKIPPED, item.message, documents=1))
                continue
            try:
                doc = self.labels.prepare(item)
            except AnnotatorError as exc:
                self.refused(item, exc)
                continue
            if self.roots is not None:
                doc = replace(doc, shared_source=self.roots.shared(doc.source, result.path))
            yield self._keyed(doc, result.path, self.records[result.path])

    def _keyed(self, doc: SourceDocument, path: str, number: int) -> SourceDocument:
        """A corpus record with what makes it itself (kept beside another of the same text)."""
        if self.options.duplicates != KEEP or not (doc.spans or doc.relations or doc.tokens):
            return doc
        digest = hashlib.sha256()
        where = Path(path)
        for part in (
            where.parent.name,
            where.name,
            str(number),
            doc.text,
            repr(doc.spans),
            repr(doc.relations),
        ):
            digest.update(part.encode("utf-8", "surrogatepass"))
            digest.update(b"\0")
        return replace(doc, record_key=digest.hexdigest())

    def refused(self, source: SourceDocument, error: AnnotatorError) -> None:
        """A document was refused (a label the schema lacks, a span that does not fit)."""
        self.report.add(
            Outcome(
                source.source or source.title,
                SKIPPED,
                error.message,
                documents=1,
                entities=len(source.spans),
            )
        )

    def same_text(self, source: SourceDocument, first_id: int) -> None:
        """A record kept beside a document with the same text: named in the report."""
        first = self.imported.get(first_id)
        if first is None:
            stored = self.project.document(first_id)
            first = stored.source or stored.title
        self.report.same_text.append((source.source or source.title, first))

    def stored(self, source: SourceDocument, doc_id: int | None) -> None:
        """Record what the store did with one document."""
        label = source.source or source.title
        warnings = tuple(
            w  # the document's own crossing warning: the report counts them in one line
            for w in source.meta.get("import_warnings", ())
            if getattr(w, "template", None) != CROSSINGS_HERE
        )
        if doc_id is None:
            # Nothing of a skipped text is stored, so what reading it changed is no news.
            # Only duplicates are hashed here: the store already hashed every text.
            first_id = next(
                (
                    found
                    for digest in (text_hash(source.text), *source.other_hashes)
                    if (found := self.project.document_with_hash(digest)) is not None
                ),
                None,
            )
            first = self.imported.get(first_id) if first_id is not None else None
            reason = (
                message("same text as {first}, imported just before", first=first)
                if first
                else message("already imported")
            )
            self.report.add(Outcome(label, DUPLICATE, reason))
            return
        self.imported[int(doc_id)] = label
        crossing = crossing_warning(source)
        if crossing:
            warnings = (*warnings, crossing)
        self.report.add(Outcome(label, IMPORTED, doc_id=int(doc_id), warnings=warnings))


def crossing_warning(source: SourceDocument) -> Message | None:
    """How many of the corpus's annotations cross another's edge, or None.

    They are kept as the corpus has them (they are its annotators' work), but
    said: the window refuses to make such a pair, and an export with nested
    tags or BIO layers cannot write both. No surface is named, so the report
    groups the documents with crossings under one line.
    """
    pairs = crossing_pairs(source.spans)
    if not pairs:
        return None
    return message(
        "annotations crossing another's edge: {n} (kept as the file has them; spans may "
        "nest but not cross, so nested tags or BIO layers cannot write both)",
        n=len({i for pair in pairs for i in pair}),
    )


def import_paths(
    project: Any,
    paths: Iterable[Path | str],
    *,
    options: ImportOptions | None = None,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    pool: WorkerPool | None = None,
) -> ImportReport:
    """Import files and folders into an open project and say what happened to each.

    Only ImportFailure-type problems are reported per file; an exception from
    `progress` (or a crash) interrupts the import, and the store keeps only
    whole files (and whole pieces of files read in pieces), so running the
    same import again completes it. When the store cannot take more (a full
    disk), ImportStopped carries the report of what was imported before.
    Reading workers already started (`pool`, see `start_workers`) are used
    first; the caller closes the pool.
    """
    options = options or ImportOptions()
    report = ImportReport()
    paths = list(paths)
    found = collect_files(paths, options=options, report=report)
    files = without_project_files(found, project_path=getattr(project, "path", None), report=report)
    report.files_total = len(files)
    run = _Run(project, report=report, progress=progress, options=options, roots=ImportRoots(paths))
    _store_all(project, run, run.sources(files, cancel=cancel, pool=pool))
    report.search_waiting = project.search_waiting()
    return report


def _store_all(project: Any, run: _Run, sources: Generator[SourceDocument, None, None]) -> None:
    """Store each document as it is read; a store that cannot take more stops the import
    (ImportStopped) with the report of what it took before."""
    results = project.add_documents(
        sources,
        commit_every=run.options.commit_every,
        on_error=run.refused,
        group=lambda _source: run.group,
        same_text=run.same_text,
    )
    try:
        for source, doc_id in results:
            run.stored(source, doc_id)
    except AnnotatorError as exc:
        # Documents go to on_error one by one; what arrives here stops the store
        # itself (a full disk). The batch it hit was rolled back whole.
        raise ImportStopped(exc, run.report) from exc
    finally:
        # Stop reading at once (worker processes included), even while the
        # exception keeps this frame alive.
        results.close()
        sources.close()
