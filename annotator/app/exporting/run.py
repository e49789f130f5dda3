"""Exporting a project to a training-data format: select, flatten, tokenise, split, write atomically.

`run_export` streams documents from the store through the chosen writer into a
temporary folder, fills the loss report and the counts on the way, writes the
dataset card (README.md) and only then renames the folder into place.
Formats of one file per split are rendered chunk by chunk, by worker
processes for a large project (see export_chunks). `dry_run=True` computes
the same report without writing anything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.app.exporting import splits as export_splits
from annotator.app.exporting.atomic import atomic_directory
from annotator.app.exporting.chunks import (
    MIN_DOCUMENTS_FOR_WORKERS,
    ChunkTask,
    chunk_results,
    worker_count,
)
from annotator.app.exporting.options import ExportOptions
from annotator.app.exporting.report import ExportStats, LossReport, dataset_card
from annotator.app.exporting.select import check_names, selected_ids
from annotator.app.exporting.shape import RELATION_FORMATS, DocumentShaper
from annotator.app.team.layers import layer_card
from annotator.core.errors import ExportError
from annotator.core.model import ACCEPTED, PENDING
from annotator.formats.extras import unavailable_reason
from annotator.formats.names import MARKUP, renamed
from annotator.formats.registry import writer_named
from annotator.formats.tokens import ExportDoc, WriteOptions
from annotator.store import page_check

# Every export format, in the order the command line and the export dialog offer them.
FORMATS = (
    "conll",
    "jsonl",
    "doccano-rel",
    "brat",
    "spacy",
    "hf",
    "csv",
    "phoner",
    "vlsp2016",
    "vlsp2018",
)
# Formats that list every label up front (class names, brat's entity types).
LABEL_FORMATS = frozenset({"hf", "brat"})
# Formats that write names with spaces and invisible characters escaped (formats.names).
ESCAPING_FORMATS: dict[str, frozenset[str]] = {
    "conll": frozenset(),
    "brat": frozenset(),
    "vlsp2016": frozenset(),
    "phoner": frozenset(),
    "vlsp2018": MARKUP,
}
ALL_SPLIT = "all"

# Called after each document with (documents done, documents in total).
ProgressFn = Callable[[int, int], None]
# Shown the report before the export is committed; False abandons it.
ConfirmFn = Callable[[LossReport, ExportStats], bool]


@dataclass(frozen=True)
class ExportResult:
    directory: Path | None
    files: tuple[str, ...]
    report: LossReport
    stats: ExportStats


def default_directory(project: Any, options: ExportOptions) -> Path:
    """exports/<project name>-<format> under the current folder."""
    stem = Path(str(getattr(project, "path", "project"))).stem or "project"
    return Path("exports") / f"{stem}-{options.format}"


class _Run:
    """One export in progress: the document stream and what it reports."""

    def __init__(self, project: Any, options: ExportOptions, progress: ProgressFn | None) -> None:
        self.project = project
        self.options = options
        self.progress = progress
        self.report = LossReport()
        self.stats = ExportStats()
        self.shaper = DocumentShaper(options, self.report)
        self.writer = writer_named(options.format)
        self.done = 0
        self.ids = selected_ids(project, options.selection)
        self.total = len(self.ids)
        self.assignment = self._assign() if options.split else None

    def split_names(self) -> list[str]:
        if not self.options.split:
            return [ALL_SPLIT]
        names = list(export_splits.SPLIT_NAMES[: len(self.options.split)])
        return [n for n, r in zip(names, self.options.split, strict=True) if r > 0]

    def splits(self) -> Iterator[tuple[str, Iterator[ExportDoc]]]:
        for name in self.split_names():
            yield name, self._docs(name)

    def _ids_of(self, split: str) -> list[int]:
        if self.assignment is None:
            return self.ids
        return [i for i in self.ids if self.assignment.get(i) == split]

    def _docs(self, split: str) -> Iterator[ExportDoc]:
        ids = self._ids_of(split)
        shaper = self.shaper
        for item in self.project.iter_annotated(
            ids, units=shaper.wants_units, tokens=shaper.wants_tokens
        ):
            out = self.shaper.shape(item)
            self._step()
            if out is not None:
                self.stats.add_document(split, out.spans, len(out.relations))
                yield out

    def _step(self) -> None:
        self.done += 1
        if self.progress:
            self.progress(self.done, self.total)

    def chunked(self, split: str, *, render: bool) -> Iterator[bytes]:
        """The split's text chunk by chunk (empty for a dry run); reports and counts added up."""
        task = ChunkTask(
            path=str(getattr(self.project, "path", "")),
            options=self.options,
            split=split,
            write_options=self.write_options(),
            render=render,
        )
        ids = self._ids_of(split)
        workers = worker_count(
            self.options.jobs, len(ids), self.project, self.writer, self._characters(ids)
        )
        for result in chunk_results(self.project, ids, task, workers, each=self._step):
            self.report.merge(result.report)
            self.stats.merge(result.stats)
            if workers:
                self.done += result.documents
                if self.progress:
                    self.progress(self.done, self.total)
            yield result.data

    def _characters(self, ids: list[int]) -> int | None:
        """How much text the export renders, when it is worth asking (workers are considered)."""
        if self.options.jobs != 0 or len(ids) < MIN_DOCUMENTS_FOR_WORKERS:
            return None
        length = getattr(self.project, "text_length", None)
        return int(length(ids)) if length is not None else None

    def _assign(self) -> dict[int, str]:
        selection = self.options.selection
        states = (ACCEPTED, PENDING) if selection.include_pending else (ACCEPTED,)
        items = export_splits.split_items(
            self.project.iter_annotated(self.ids),
            states=states,
            annotators=selection.annotators or (),
        )
        return export_splits.assign(
            items,
            ratios=self.options.split,
            seed=self.options.seed,
            stratify=self.options.stratify,
            threshold=self.options.duplicate_threshold,
        )

    def report_renamed(self) -> None:
        """Name in the loss report every label and type the format writes differently."""
        extra = ESCAPING_FORMATS.get(self.options.format)
        if extra is None:
            return
        schema = self.project.schema()
        names = set(schema.label_names())
        if self.options.format in RELATION_FORMATS:
            names |= {r.name for r in schema.relations}
        for name, written in sorted(renamed(names, extra).items()):
            self.report.add_renamed(name, written)

    def name_repeated_titles(self) -> None:
        """Tell the report which titles of its examples other documents carry too: those
        documents are named by number as well (a project reader may not know)."""
        ask = getattr(self.project, "repeated_titles", None)
        titles = self.report.example_titles()
        if ask is not None and titles:
            self.report.repeated_titles |= ask(titles)

    def write_options(self) -> WriteOptions:
        schema = self.project.schema()
        labels = list(schema.label_names())
        if self.options.format in LABEL_FORMATS:
            # Labels in the data but no longer in the schema still need a class name.
            labels += sorted(set(self.project.stats().get("labels", {})) - set(labels))
        return WriteOptions(
            scheme=self.options.scheme,
            docstart=self.options.docstart,
            labels=tuple(labels),
            relation_types=tuple((r.name, r.head_labels, r.tail_labels) for r in schema.relations),
        )


def run_export(
    project: Any,
    options: ExportOptions,
    *,
    progress: ProgressFn | None = None,
    dry_run: bool = False,
    before_commit: ConfirmFn | None = None,
) -> ExportResult:
    """Export the selected documents; with `dry_run`, only compute the report and counts.

    `before_commit(report, stats)` is called once everything is written to the
    temporary folder and before it becomes the dataset; returning False drops
    it (the result then has no directory).
    """
    options.check()
    check_names(project, options.selection)
    # A damaged file is refused whole rather than exported in part.
    check = page_check.start_for(project)
    try:
        return _export(project, options, progress, dry_run, before_commit, check.result)
    finally:
        check.wait()  # also when the export failed first (store.page_check)


def _export(
    project: Any,
    options: ExportOptions,
    progress: ProgressFn | None,
    dry_run: bool,
    before_commit: ConfirmFn | None,
    confirm_intact: Callable[[], None],
) -> ExportResult:
    run = _Run(project, options, progress)
    run.report_renamed()
    if dry_run:
        for split in run.split_names():
            for _ in run.chunked(split, render=False):
                pass
        confirm_intact()
        run.name_repeated_titles()
        return ExportResult(None, (), run.report, run.stats)
    target = Path(options.out) if options.out else default_directory(project, options)
    try:
        files = _write(project, run, target, before_commit, confirm_intact)
    except _Abandoned:
        return ExportResult(None, (), run.report, run.stats)
    return ExportResult(target, files, run.report, run.stats)


def _write(
    project: Any,
    run: _Run,
    target: Path,
    before_commit: ConfirmFn | None,
    confirm_intact: Callable[[], None],
) -> tuple[str, ...]:
    options = run.options
    with atomic_directory(target, overwrite=options.overwrite) as temp:
        if run.writer.render is not None:
            written = _write_chunked(run, temp)
        else:
            written = _write_whole(run, temp)
        files = tuple(sorted(str(Path(p).relative_to(temp)) for p in written))
        run.name_repeated_titles()
        card = dataset_card(
            name=target.name,
            format_name=options.format,
            options=options.summary(),
            stats=run.stats,
            report=run.report,
            schema=project.schema().to_dict(),
            files=list(files),
            language=options.card_language,
        )
        card += layer_card(
            project,
            layer=options.selection.layer,
            annotators=options.selection.annotators,
            ids=run.ids,
            language=options.card_language,
        )
        (temp / "README.md").write_text(card, encoding="utf-8")
        confirm_intact()  # before the dataset is put in place
        if before_commit is not None and not before_commit(run.report, run.stats):
            raise _Abandoned
    return files


def _write_whole(run: _Run, directory: Path) -> list[Path]:
    """The writer's files; an extra that looked installed but fails to import is named."""
    try:
        return run.writer.write(run.splits(), directory=directory, options=run.write_options())
    except ImportError as exc:
        reason = unavailable_reason(run.options.format, exc.name or str(exc))
        if reason is None:
            raise
        raise ExportError(reason) from exc


def _write_chunked(run: _Run, directory: Path) -> list[Path]:
    """One file per split, written chunk by chunk as the chunks are rendered."""
    written = []
    for split in run.split_names():
        path = directory / run.writer.file_name(split)
        with path.open("wb") as out:
            for data in run.chunked(split, render=True):
                out.write(data)
        written.append(path)
    return written


class _Abandoned(Exception):
    """The caller declined the export after seeing its report."""
