"""Importing annotations made in another tool as one annotator's layer of documents already here.

Each document of the files (JSONL, CoNLL, brat, ... through the format
registry) is matched to a project document by its text: the same NFC text,
or the same characters spaced differently (a CoNLL file re-spaces an
article), whose spans are then moved across (core.offsets.SpacingMap). The
matched documents become the annotator's layer in one MergeLayer step, with
their own status done, so agreement counts them; nothing else is added.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.app.importing.collect import collect_files, without_project_files
from annotator.app.importing.reading import ImportOptions, read_documents
from annotator.app.importing.report import ImportReport
from annotator.core.changes import ChangeSet
from annotator.core.errors import ImportFailure, TeamError
from annotator.core.messages import counted
from annotator.core.model import ACCEPTED, DONE, IMPORTED, SourceDocument
from annotator.core.offsets import SpacingMap
from annotator.core.operations import MergeLayer
from annotator.core.team import LayerDocument, check_annotator_name
from annotator.formats.references import keeping_references

MAX_LISTED = 10


@dataclass
class AttachReport:
    annotator: str
    documents: int = 0
    spans: int = 0
    relations: int = 0
    respaced: int = 0  # matched by characters, spacing aside
    unmatched: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # files or records that could not be read
    lost_spans: int = 0  # spans of only spaces after moving
    changes: ChangeSet | None = None

    def lines(self) -> list[str]:
        out = [
            f"Attached {counted(self.spans, 'span')} and {counted(self.relations, 'relation')} "
            f"to {counted(self.documents, 'document')} as {self.annotator}'s layer (status done)."
        ]
        if self.respaced:
            out.append(
                f"{counted(self.respaced, 'document')} matched with different spacing; "
                "spans moved across."
            )
        if self.unmatched:
            shown = ", ".join(repr(t) for t in self.unmatched[:MAX_LISTED])
            out.append(
                f"Skipped {counted(len(self.unmatched), 'document')} of the files that the "
                f"project does not hold (import them first without --annotator): {shown}"
            )
        if self.lost_spans:
            lost = counted(self.lost_spans, "span")
            out.append(f"Left out {lost} that covered only spaces.")
        out += [f"Not read: {f}" for f in self.failures[:MAX_LISTED]]
        return out


class _Matcher:
    """Finds the project document of a text: by hash, else by characters without spaces."""

    def __init__(self, project: Any) -> None:
        self.project = project
        self.by_hash: dict[str, int] = project.documents_by_hash()
        self._by_key: dict[str, tuple[int, SpacingMap]] | None = None

    def find(self, text: str) -> tuple[int, SpacingMap | None] | None:
        doc_id = self.by_hash.get(self.project.text_hash(text))
        if doc_id is not None:
            return doc_id, None
        if self._by_key is None:
            self._by_key = {}
            for doc in self.project.iter_documents():
                spacing = SpacingMap(doc.text)
                self._by_key.setdefault(spacing.key, (doc.id, spacing))
        found = self._by_key.get(SpacingMap(text).key)
        return None if found is None else found


def _sources(
    paths: Iterable[Path], fmt: str | None, report: AttachReport, project_path: Path | None
) -> Iterable[SourceDocument]:
    # A layer made elsewhere is matched to the text as the project stores it, which
    # its files repeat as written: character references are not decoded here.
    options = ImportOptions(format=fmt, jobs=1, keep_references=True)
    found = ImportReport()
    files = collect_files(paths, options=options, report=found)
    # The open project's own files are never read: that would drop its locks.
    files = without_project_files(files, project_path=project_path, report=found)
    report.failures.extend(f"{Path(o.source).name}: {o.reason}" for o in found.skipped)
    for path in files:
        try:
            with keeping_references(True):
                items = list(read_documents(path, options=options))
            for item in items:
                if isinstance(item, SourceDocument):
                    yield item
                else:
                    report.failures.append(f"{path.name}: {item}")
        except ImportFailure as exc:
            report.failures.append(f"{path.name}: {exc}")


def _layer(
    source: SourceDocument, doc_id: int, spacing: SpacingMap | None, report: AttachReport
) -> LayerDocument:
    spans: list[tuple[Any, ...]] = []
    kept: dict[int, int] = {}
    target = None if spacing is None else SpacingMap(source.text)
    for i, (start, end, label) in enumerate(source.spans):
        moved = (
            (start, end)
            if target is None or spacing is None
            else target.to_other(spacing, start, end)
        )
        if moved is None:
            report.lost_spans += 1
            continue
        kept[i] = len(spans)
        spans.append((None, moved[0], moved[1], label, IMPORTED, ACCEPTED, None, None))
    relations = [
        (None, kept[h], kept[t], kind, ACCEPTED, IMPORTED, None, None)
        for h, t, kind in source.relations
        if h in kept and t in kept
    ]
    report.spans += len(spans)
    report.relations += len(relations)
    return (doc_id, DONE, tuple(spans), tuple(relations))


def attach_layer(
    project: Any,
    session: Any,
    paths: Iterable[Path],
    *,
    annotator: str,
    fmt: str | None = None,
) -> AttachReport:
    """Read the files and attach their annotations as `annotator`'s layer (one undoable step)."""
    report = AttachReport(annotator=check_annotator_name(annotator))
    matcher = _Matcher(project)
    documents: dict[int, LayerDocument] = {}
    for source in _sources(paths, fmt, report, getattr(project, "path", None)):
        found = matcher.find(source.text)
        if found is None:
            report.unmatched.append(source.title or source.text[:40])
            continue
        doc_id, spacing = found
        report.respaced += spacing is not None
        documents[doc_id] = _layer(source, doc_id, spacing, report)
    if not documents:
        if report.failures:
            raise TeamError(
                "no document of these files is in the project, so nothing was attached ({first})",
                first=report.failures[0],
            )
        raise TeamError("no document of these files is in the project, so nothing was attached")
    report.documents = len(documents)
    op = MergeLayer(report.annotator, tuple(documents.values()), description="import layer")
    report.changes = session.apply(op)
    return report
