"""Merging a work package back: the annotator's layer replaces theirs, matched by content.

Checks come first and change nothing: the file must be a package (not a
damaged file, not a plain project) of this project, and every label and
relation type its annotations use must exist here (or be mapped). Then the
whole package is one MergePackage operation, its rows copied from the
attached file in SQL: one transaction, one line of the action log, one undo
step. Merging the same package again, or a newer one, replaces that
annotator's layer on those documents without duplicates.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.app.team.merge_order import CopyFacts, check_order, copy_facts, record_merge
from annotator.core.changes import ChangeSet
from annotator.core.errors import AnnotatorError, TeamError
from annotator.core.messages import Message, counted, joined, message, template
from annotator.core.model import STATUSES
from annotator.core.operations import MergePackage
from annotator.core.team import check_annotator_name
from annotator.store.packages import (
    PackageFacts,
    attached_package,
    cross_layer_relations,
    left_out_copies,
    name_usage,
    open_package,
)

MAX_LISTED = 10


@dataclass(frozen=True)
class StatusChange:
    """A document whose status the merge changed, and the merged annotator's status there.

    A document's status sums up every annotator's own status (core.team.summary_status),
    so a done document gets in progress when the merged layer there is not done yet.
    """

    doc_id: int
    title: str
    before: str
    after: str
    own: str  # the merged annotator's own status on the document


@dataclass
class MergeReport:
    """What a merge did, for the CLI and the dialog."""

    path: Path
    annotator: str = ""
    documents: int = 0
    spans: int = 0
    relations: int = 0
    unmatched: list[str] = field(default_factory=list)  # titles of documents not in the project
    # Schema differences that did not matter, registry and cross-layer relations: Messages,
    # English here, translated by the window.
    notes: list[Message] = field(default_factory=list)
    status_changes: list[StatusChange] = field(default_factory=list)
    # Documents that moved forward to the merged annotator's own status (new -> done
    # when they finished it): what a merge is for, so counted, not listed.
    advanced: list[StatusChange] = field(default_factory=list)
    # Pending suggestions copied into the package and never decided there: left out,
    # as the project holds each one (store.apply_package), still pending in another
    # layer (spans) or accepted or rejected there since (decided).
    left_out_spans: int = 0
    left_out_decided: int = 0
    left_out_relations: int = 0
    changes: ChangeSet | None = None

    def lines(self) -> list[str]:
        out = [
            f"Merged {self.path.name}: {self.annotator}'s layer on "
            f"{counted(self.documents, 'document')} ({counted(self.spans, 'span')}, "
            f"{counted(self.relations, 'relation')}) replaces their earlier layer there."
        ]
        if self.unmatched:
            shown = ", ".join(repr(t) for t in self.unmatched[:MAX_LISTED])
            more = (
                f" and {len(self.unmatched) - MAX_LISTED} more"
                if len(self.unmatched) > MAX_LISTED
                else ""
            )
            out.append(
                f"Skipped {counted(len(self.unmatched), 'document')} of the package that this "
                f"project does not hold (their text differs): {shown}{more}"
            )
        if self.advanced:
            out.append(
                f"{counted(len(self.advanced), 'document')} took {self.annotator}'s own status there, "
                "as expected."
            )
        out += self.status_lines()
        out += self.left_out_lines()
        out += self.notes
        return out

    def left_out_lines(self) -> list[str]:
        """The package's undecided copies that stayed out, each count with its reason."""
        never = f"Left out, never decided by {self.annotator}: "
        out = []
        if self.left_out_spans:
            out.append(
                f"{never}{counted(self.left_out_spans, 'pending suggestion')} of the package "
                "that this project still holds, pending in another layer; merged, each would "
                "only repeat one."
            )
        if self.left_out_decided:
            out.append(
                f"{never}{counted(self.left_out_decided, 'pending suggestion')} of the package "
                "that another layer here has accepted or rejected since; merged, each would "
                "bring a decided suggestion back as pending."
            )
        if self.left_out_relations:
            out.append(
                f"{never}{counted(self.left_out_relations, 'relation')} of the package on a "
                "span left out, or repeating a relation this project holds."
            )
        return out

    def status_lines(self) -> list[str]:
        """Which documents changed status, and why: the default export follows statuses."""
        out = []
        for (before, after, own), changed in sorted(moves_of(self.status_changes).items()):
            shown = ", ".join(repr(c.title) for c in changed[:MAX_LISTED])
            more = len(changed) - MAX_LISTED
            before, after, own = (s.replace("_", " ") for s in (before, after, own))
            out.append(
                f"{counted(len(changed), 'document')} went from {before} to {after}, as {self.annotator}'s "
                f"own status there is {own} (a document's status sums up every annotator's): "
                f"{shown}{f' and {more} more' if more > 0 else ''}"
            )
        return out


def moves_of(changes: list[StatusChange]) -> dict[tuple[str, str, str], list[StatusChange]]:
    out: dict[tuple[str, str, str], list[StatusChange]] = {}
    for change in changes:
        out.setdefault((change.before, change.after, change.own), []).append(change)
    return out


def parse_mapping(items: tuple[str, ...]) -> dict[str, str]:
    """OLD=NEW pairs of `--map`, for labels and relation types alike."""
    out = {}
    for item in items:
        old, sep, new = item.partition("=")
        if not sep or not old.strip() or not new.strip():
            raise TeamError("--map takes OLD=NEW, not {item!r}", item=item)
        out[old.strip()] = new.strip()
    return out


def merge_package(
    project: Any,
    session: Any,
    path: Path,
    *,
    mapping: Mapping[str, str] | None = None,
    origin: object = None,
    replace_newer: bool = False,
) -> MergeReport:
    """Merge one package file through `session` (one logged, undoable step).

    An older copy of a package already merged is refused (merge_order.OlderPackageError)
    unless `replace_newer`: its layer would replace the annotator's later work.
    """
    path = Path(path)
    names = dict(mapping or {})
    report, copy, again = _checked_package(project, path, names, replace_newer=replace_newer)
    annotator = report.annotator
    op = MergePackage(
        annotator, path.name, tuple(sorted(names.items())), description=f"merge package {path.name}"
    )
    statuses = project.status_and_title()
    with attached_package(project, path) as facts:
        before = cross_layer_relations(project, annotator)
        report.changes = session.apply(op, origin=origin)
        after = cross_layer_relations(project, annotator)
        copies = left_out_copies(project)
    report.left_out_spans, report.left_out_decided = copies.still_pending, copies.decided
    report.left_out_relations = copies.relations
    report.documents = len(report.changes.doc_ids)
    moved = _status_changes(project, annotator, statuses, report.changes.doc_ids)
    report.advanced = [c for c in moved if _advanced(c)]
    report.status_changes = [c for c in moved if not _advanced(c)]
    report.unmatched, report.spans, report.relations = facts.unmatched, facts.spans, facts.relations
    _note_registry(report, facts)
    _note_relations(report, facts.left_out, before, after)
    if again is not None:
        report.notes.append(again)
    record_merge(project, copy)
    return report


def _checked_package(
    project: Any, path: Path, names: dict[str, str], *, replace_newer: bool
) -> tuple[MergeReport, CopyFacts, Message | None]:
    """Open the package and run every check that must pass before anything changes.

    Gives the report started with its annotator, the facts the merge order
    is recorded with, and the note for a copy merged before (None if new).
    """
    try:
        package = open_package(path)
    except AnnotatorError as exc:
        raise TeamError("{name} was not merged: {exc}", name=path.name, exc=exc) from None
    try:
        annotator = _check_package(project, package, path)
        report = MergeReport(path=path, annotator=annotator)
        _check_schema(project, package, names, report)
        copy = copy_facts(package, annotator)
        again = None if replace_newer else check_order(project, copy, path)
    finally:
        package.close()
    return report, copy, again


def _note_registry(report: MergeReport, facts: PackageFacts) -> None:
    """Say how many mentions the merged layer links to registry entities, and how many are new."""
    if facts.links or facts.entities:
        report.notes.append(
            message(
                "Registry: the merged layer links {mentions} to registry entities; new here "
                "and now added, made or linked in the package: {entities}.",
                mentions=_count(facts.links, template("1 mention"), template("{n} mentions")),
                entities=_count(facts.entities, template("1 entity"), template("{n} entities")),
            )
        )


def _status_changes(
    project: Any, annotator: str, before: dict[int, tuple[str, str]], doc_ids: Any
) -> list[StatusChange]:
    """The merged documents whose status is not what it was, in document order."""
    out = []
    for doc_id, (status, title) in sorted(project.status_and_title(sorted(doc_ids)).items()):
        if doc_id in before and before[doc_id][0] != status:
            own = project.own_status(doc_id, annotator) or "none"
            out.append(StatusChange(doc_id, title, before[doc_id][0], status, own))
    return out


def _advanced(change: StatusChange) -> bool:
    """Whether the document moved forward, to the merged annotator's own status: expected.

    Anything else (a done document back to in progress, a move to another
    status than theirs) may take documents out of an export: it is listed.
    """
    order = {status: rank for rank, status in enumerate(STATUSES)}
    forward = order.get(change.after, -1) > order.get(change.before, len(order))
    return forward and change.after == change.own


def _note_relations(report: MergeReport, left_out: int, before: int, after: int) -> None:
    """Say what became of relations that link two layers (see store.layer_stash)."""
    if left_out:
        report.notes.append(
            message(
                "Left out {relations} of the package on a span of its curated layer: only "
                "the annotator's layer is merged.",
                relations=_relations(left_out),
            )
        )
    if before:
        report.notes.append(
            message(
                "Of {relations} that linked {annotator}'s earlier layer with another layer, "
                "{kept} kept (now on the identical span of the merged layer) and {removed} "
                "removed, as their span is gone (undo brings them back).",
                relations=_relations(before),
                annotator=report.annotator,
                kept=after,
                removed=before - after,
            )
        )


def _count(count: int, one: str, many: str) -> Message:
    """A count and its noun as a Message the window translates: `one` for 1, else `many`."""
    return message(one) if count == 1 else message(many, n=count)


def _relations(count: int) -> Message:
    return _count(count, template("1 relation"), template("{n} relations"))


def _check_package(project: Any, package: Any, path: Path) -> str:
    info = package.package_info()
    if info is None:
        raise TeamError(
            "{name} is a project, not a work package, so it was not merged. To compare "
            "annotations made elsewhere, import them with: annotator import PROJECT FILE "
            "--annotator NAME",
            name=path.name,
        )
    if info.get("project_id") != project.team_id():
        raise TeamError(
            "{name} is a package of another project ({other!r}), not of this one; nothing was "
            "merged.",
            name=path.name,
            other=info.get("project", "?"),
        )
    try:
        return check_annotator_name(str(info.get("annotator", "")))
    except AnnotatorError as exc:
        raise TeamError(
            "{name} names no usable annotator: {exc}", name=path.name, exc=exc
        ) from None


def _check_schema(project: Any, package: Any, mapping: dict[str, str], report: MergeReport) -> None:
    """Refuse labels and relation types the project lacks; note harmless differences."""
    ours, theirs = project.schema(), package.schema()
    labels, kinds = name_usage(package)
    used_labels: Counter[str] = Counter()
    for label, count in labels.items():
        used_labels[mapping.get(label, label)] += count
    used_types: Counter[str] = Counter()
    for kind, count in kinds.items():
        used_types[mapping.get(kind, kind)] += count
    unknown = sorted(set(used_labels) - set(ours.label_names()))
    unknown_types = sorted(set(used_types) - {r.name for r in ours.relations})
    if unknown or unknown_types:
        parts = [_missing_label(name, used_labels[name]) for name in unknown]
        parts += [_missing_type(name, used_types[name]) for name in unknown_types]
        raise TeamError(
            "{name} uses what this project's schema lacks: {missing}. Nothing was merged. Add "
            "them to the project's label schema, or map each to one it has, on the command "
            "line: annotator package merge PROJECT PACKAGE --map OLD=NEW",
            name=report.path.name,
            missing=joined(parts),
        )
    extra = sorted(set(theirs.label_names()) - set(ours.label_names()) - set(mapping))
    if extra:
        report.notes.append(
            message(
                "Labels only in the package's schema, unused there: {labels}",
                labels=", ".join(extra),
            )
        )
    for old, new in sorted(mapping.items()):
        if used_labels.get(new) or used_types.get(new):
            report.notes.append(message("Mapped {old} to {new}.", old=old, new=new))


def _missing_label(name: str, spans: int) -> Message:
    """A label the schema lacks and how many spans use it, translatable as a whole."""
    if spans == 1:
        return message("{label} (1 span)", label=name)
    return message("{label} ({count} spans)", label=name, count=spans)


def _missing_type(name: str, relations: int) -> Message:
    """A relation type the schema lacks and how many relations use it."""
    if relations == 1:
        return message("relation type {name} (1 relation)", name=name)
    return message("relation type {name} ({n} relations)", name=name, n=relations)
