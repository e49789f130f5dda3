"""Exporting a project to a training-data format: select, flatten, tokenise, split, write atomically.

`run_export` streams documents from the store through the chosen writer into a
temporary folder, fills the loss report and the counts on the way, writes the
dataset card (README.md) and only then renames the folder into place.
`dry_run=True` computes the same report without writing anything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from annotator.app import export_splits
from annotator.app.export_atomic import atomic_directory
from annotator.app.export_policy import LAYERS, OUTERMOST, POLICIES, flatten
from annotator.app.export_report import ExportStats, LossReport, dataset_card
from annotator.app.export_select import Selection, prepare, selected_ids
from annotator.app.export_tokens import BLOCKS, LEVELS, TokenOptions, tokenize
from annotator.core.errors import ExportError
from annotator.core.model import ACCEPTED, PENDING, Relation
from annotator.formats import tagging
from annotator.formats.registry import writer_named, writers
from annotator.formats.tokens import ExportDoc, WriteOptions
from annotator.store.streaming import SpanRow

TOKEN_FORMATS = frozenset({"conll", "hf", "spacy"})
RELATION_FORMATS = frozenset({"jsonl", "brat"})
# Formats that list every label up front (class names, brat's entity types).
LABEL_FORMATS = frozenset({"hf", "brat"})
ALL_SPLIT = "all"

# Called after each document with (documents done, documents in total).
ProgressFn = Callable[[int, int], None]
# Shown the report before the export is committed; False abandons it.
ConfirmFn = Callable[[LossReport, ExportStats], bool]


@dataclass(frozen=True)
class ExportOptions:
    """Every choice of an export, shared by the CLI and the export dialog."""

    format: str = "jsonl"
    out: Path | None = None
    selection: Selection = field(default_factory=Selection)
    tokens: TokenOptions = field(default_factory=TokenOptions)
    scheme: str = tagging.IOB2
    docstart: bool = True
    overlap: str = OUTERMOST
    split: tuple[int, ...] = ()
    seed: int = 13
    stratify: bool = False
    duplicate_threshold: float = 0.8
    overwrite: bool = False
    max_layers: int = 3

    def check(self) -> None:
        """Raise ExportError naming the first choice that cannot work."""
        names = [w.name for w in writers()]
        if self.format not in names:
            raise ExportError(f"unknown format {self.format!r}; choose one of {', '.join(names)}")
        if self.scheme not in tagging.SCHEMES:
            raise ExportError(f"unknown tag scheme {self.scheme!r}; choose iob2 or bioes")
        if self.overlap not in POLICIES:
            raise ExportError(
                f"unknown overlap policy {self.overlap!r}; choose {', '.join(POLICIES)}"
            )
        if self.max_layers < 1:
            raise ExportError("the layers policy needs at least one layer")
        if self.tokens.level not in LEVELS or self.tokens.block not in BLOCKS:
            raise ExportError("level must be syllable or word, and blocks sentence or paragraph")

    def summary(self) -> dict[str, Any]:
        """The options as plain values, for the dataset card."""
        data = asdict(self)
        data["out"] = str(self.out) if self.out else None
        return data


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
        for item in self.project.iter_annotated(self._ids_of(split)):
            out = self._export_doc(item.document, item.spans, item.relations)
            self.done += 1
            if self.progress:
                self.progress(self.done, self.total)
            if out is not None:
                self.stats.add_document(split, out.spans, len(out.relations))
                yield out

    def _export_doc(
        self, doc: Any, spans: Sequence[SpanRow], relations: Sequence[Relation]
    ) -> ExportDoc | None:
        selection = self.options.selection
        if selection.annotators and not any(s.annotator in selection.annotators for s in spans):
            return None
        out = prepare(doc, spans, relations, selection=selection, report=self.report)
        return self._shape(out)

    def _shape(self, doc: ExportDoc) -> ExportDoc | None:
        fmt = self.options.format
        if not doc.text.strip():
            self.report.add("empty", doc=doc.key)
            return None
        if fmt not in RELATION_FORMATS:
            for _, _, kind in doc.relations:
                self.report.add("relation", doc=doc.key, label=kind)
        if fmt not in TOKEN_FORMATS:
            return doc
        policy = LAYERS if fmt == "spacy" else self.options.overlap
        depth = None if fmt == "spacy" else self.options.max_layers
        layers, dropped = flatten(doc.spans, policy, max_layers=depth)
        for span in dropped:
            self.report.add(
                "overlap", doc=doc.key, label=span.label, surface=doc.text[span.start : span.end]
            )
        shaped = tokenize(doc, layers, self.options.tokens, self.report)
        if not any(shaped.blocks):
            self.report.add("empty", doc=doc.key)
            return None
        if fmt != "spacy" and policy != LAYERS:
            shaped = _keep_layer_spans(shaped)
        return shaped

    def _assign(self) -> dict[int, str]:
        items = []
        selection = self.options.selection
        states = (ACCEPTED, PENDING) if selection.include_pending else (ACCEPTED,)
        for item in self.project.iter_annotated(self.ids):
            spans = item.spans
            if selection.annotators and not any(s.annotator in selection.annotators for s in spans):
                continue
            counts: dict[str, int] = {}
            for s in spans:
                if s.state in states:
                    counts[s.label] = counts.get(s.label, 0) + 1
            sketch = export_splits.sketch(item.document.text)
            items.append(export_splits.SplitItem(item.document.id, sketch, counts))
        return export_splits.assign(
            items,
            ratios=self.options.split,
            seed=self.options.seed,
            stratify=self.options.stratify,
            threshold=self.options.duplicate_threshold,
        )

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


def _keep_layer_spans(doc: ExportDoc) -> ExportDoc:
    """A flat export counts only the spans it kept (for the card's numbers)."""
    from dataclasses import replace

    kept = [s for layer in doc.layers for s in layer]
    return replace(doc, spans=tuple(sorted(kept)), relations=())


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
    run = _Run(project, options, progress)
    if dry_run:
        for _, docs in run.splits():
            for _ in docs:
                pass
        return ExportResult(None, (), run.report, run.stats)
    target = Path(options.out) if options.out else default_directory(project, options)
    try:
        files = _write(project, run, target, before_commit)
    except _Abandoned:
        return ExportResult(None, (), run.report, run.stats)
    return ExportResult(target, files, run.report, run.stats)


def _write(
    project: Any, run: _Run, target: Path, before_commit: ConfirmFn | None
) -> tuple[str, ...]:
    options = run.options
    writer = writer_named(options.format)
    with atomic_directory(target, overwrite=options.overwrite) as temp:
        written = writer.write(run.splits(), directory=temp, options=run.write_options())
        files = tuple(sorted(str(Path(p).relative_to(temp)) for p in written))
        card = dataset_card(
            name=target.name,
            format_name=options.format,
            options=options.summary(),
            stats=run.stats,
            report=run.report,
            schema=project.schema().to_dict(),
            files=list(files),
        )
        (temp / "README.md").write_text(card, encoding="utf-8")
        if before_commit is not None and not before_commit(run.report, run.stats):
            raise _Abandoned
    return files


class _Abandoned(Exception):
    """The caller declined the export after seeing its report."""
