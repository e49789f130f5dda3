"""Work packages: one project file per annotator with their share of the documents.

A package is an ordinary project the annotator opens in the app; it carries
the schema, the guidelines, the annotator's own earlier work and, when
asked, the pending suggestions. Its settings say which project it belongs to
(the project's team id), so merging it into another project is refused.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.app.exporting.sources import exported_source
from annotator.app.team.assign import assign
from annotator.core.errors import TeamError
from annotator.core.messages import counted
from annotator.core.resources import resource_path
from annotator.core.team import check_annotator_name
from annotator.store.document_filter import DocumentFilter
from annotator.store.packages import write_package
from annotator.store.team_reads import GUIDELINES_SETTING

PACKAGE_FORMAT = 1
# How many annotators get each document unless an overlap is asked for.
DEFAULT_OVERLAP = 2
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def default_overlap(annotators: int) -> int:
    """Annotators per document when none is asked for: two give agreement figures,
    and a lone annotator gets every document (an overlap of two would be refused)."""
    return min(DEFAULT_OVERLAP, max(1, annotators))


@dataclass(frozen=True)
class PackageOptions:
    """Every choice of `annotator package create`, shared with the package dialog."""

    annotators: tuple[str, ...]
    out: Path
    overlap: int = 2
    common: int = 0
    seed: int = 13
    statuses: tuple[str, ...] = ()  # empty: every document
    doc_ids: tuple[int, ...] = ()  # empty: every document (after statuses and title)
    title_contains: str = ""
    with_suggestions: bool = False


@dataclass
class PackageReport:
    files: dict[str, Path] = field(default_factory=dict)
    documents: dict[str, int] = field(default_factory=dict)
    shared: dict[tuple[str, str], int] = field(default_factory=dict)
    total: int = 0

    def lines(self) -> list[str]:
        total, annotators = counted(self.total, "document"), counted(len(self.files), "annotator")
        out = [f"{total} shared out among {annotators}:"]
        out += [
            f"  {name}: {counted(self.documents[name], 'document')} -> {path}"
            for name, path in self.files.items()
        ]
        if self.shared:
            out.append("Documents each pair shares (for agreement):")
            out += [f"  {a} & {b}: {n}" for (a, b), n in sorted(self.shared.items())]
        return out


def package_path(out: Path, project_path: Path, annotator: str) -> Path:
    """DIR/PROJECT-NAME.db, with characters no file system takes replaced."""
    name = _UNSAFE.sub("_", annotator).strip(". ") or "annotator"
    return out / f"{Path(project_path).stem}-{name}.db"


def chosen_documents(project: Any, options: PackageOptions) -> list[int]:
    statuses = options.statuses or None
    if options.title_contains:
        chosen = DocumentFilter(status=statuses, title=options.title_contains)
        total = project.document_count(chosen)
        ids = [row.id for row in project.document_rows(chosen, limit=max(total, 1))]
    else:
        ids = list(project.document_ids(status=statuses))
    if options.doc_ids:
        wanted = set(options.doc_ids)
        missing = sorted(wanted - set(project.document_ids()))
        if missing:
            raise TeamError("no document with id {missing} in this project", missing=missing[0])
        ids = [i for i in ids if i in wanted]
    if not ids:
        raise TeamError("no documents match; nothing to share out")
    return ids


def guidelines_text(project: Any) -> str:
    """The project's own guidelines when it has them, else those shipped with the tool."""
    own = project.get_setting(GUIDELINES_SETTING)
    if isinstance(own, str) and own.strip():
        return own
    path = resource_path("guidelines.md")
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def create_packages(project: Any, options: PackageOptions) -> PackageReport:
    """Write one package per annotator; checks every target before writing any."""
    names = tuple(check_annotator_name(n) for n in options.annotators)
    ids = chosen_documents(project, options)
    shares = assign(ids, names, overlap=options.overlap, seed=options.seed, common=options.common)
    targets = _free_targets(project, Path(options.out), names)
    team_id = project.team_id()
    schema = project.schema()
    guidelines = guidelines_text(project)
    report = PackageReport(total=len(ids))
    for name in names:
        report.documents[name] = write_package(
            project,
            targets[name],
            annotator=name,
            doc_ids=shares[name],
            schema=schema,
            with_suggestions=options.with_suggestions,
            info=_package_info(project, team_id, name, len(shares[name]), options),
            guidelines=guidelines,
            shared_source=_package_source,
        )
        report.files[name] = targets[name]
        project.record_assignments(name, shares[name], targets[name].name)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            report.shared[(a, b)] = len(set(shares[a]) & set(shares[b]))
    return report


def _free_targets(project: Any, out: Path, names: Sequence[str]) -> dict[str, Path]:
    """Each annotator's package file in OUT (made if missing), refused if any is taken."""
    out.mkdir(parents=True, exist_ok=True)
    targets = {name: package_path(out, project.path, name) for name in names}
    taken = [str(p) for p in targets.values() if p.exists()]
    if taken:
        raise TeamError(
            "{taken} already exists; choose another --out folder or remove it", taken=taken[0]
        )
    if len(set(targets.values())) < len(targets):
        raise TeamError("two annotators' names give the same file name; rename one")
    return targets


def _package_info(
    project: Any, team_id: str, annotator: str, documents: int, options: PackageOptions
) -> dict[str, Any]:
    """The package's settings: whose it is and of which project, checked again on merging."""
    return {
        "format": PACKAGE_FORMAT,
        "project_id": team_id,
        "project": Path(project.path).stem,
        "annotator": annotator,
        "created": time.time(),
        "documents": documents,
        "overlap": options.overlap,
        "seed": options.seed,
    }


def _package_source(source: str, shared: str) -> str:
    """A document's source in a package, as an export writes it: the path from the import
    folder, else a full path's file name (a package goes to another person's machine)."""
    return exported_source(source, shared, full=False)[0]
