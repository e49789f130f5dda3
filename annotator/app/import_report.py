"""What an import did, file by file: imported, already there, skipped with a reason, warnings."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from annotator.core.errors import AnnotatorError

IMPORTED = "imported"
DUPLICATE = "duplicate"
SKIPPED = "skipped"
IGNORED = "ignored"


@dataclass(frozen=True)
class Outcome:
    """What happened to one file, or to one record of a multi-record file."""

    source: str
    status: str
    reason: str = ""
    doc_id: int | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportProgress:
    """Sent after each file: enough for a progress bar and a running count."""

    files_done: int
    files_total: int
    current: str
    imported: int
    duplicates: int
    skipped: int


@dataclass
class ImportReport:
    """Accumulates outcomes during one import; the CLI prints it, the GUI shows it."""

    outcomes: list[Outcome] = field(default_factory=list)
    ignored: list[Outcome] = field(default_factory=list)
    files_total: int = 0
    cancelled: bool = False
    # Kept up to date by `add`: progress reports read them after every file.
    counts: Counter[str] = field(default_factory=Counter)

    def add(self, outcome: Outcome) -> None:
        self.counts[outcome.status] += 1
        if outcome.status == IGNORED:
            self.ignored.append(outcome)
        else:
            self.outcomes.append(outcome)

    def _count(self, status: str) -> int:
        return self.counts[status]

    @property
    def imported(self) -> int:
        return self._count(IMPORTED)

    @property
    def duplicates(self) -> int:
        return self._count(DUPLICATE)

    @property
    def skipped(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == SKIPPED]

    @property
    def warnings(self) -> list[tuple[str, str]]:
        return [(o.source, w) for o in self.outcomes for w in o.warnings]

    @property
    def doc_ids(self) -> list[int]:
        return [o.doc_id for o in self.outcomes if o.doc_id is not None and o.status == IMPORTED]

    @property
    def processed_anything(self) -> bool:
        """True when at least one document was imported or found already imported."""
        return any(o.status in (IMPORTED, DUPLICATE) for o in self.outcomes)

    def skip_reasons(self) -> Counter[str]:
        """How many were skipped for each kind of reason ("binary file", "empty file"...)."""
        return Counter(o.reason.split(":", 1)[0] for o in self.skipped)

    def summary(self) -> str:
        """One line for a status bar or the end of a command."""
        parts = [
            f"{self.imported} imported",
            f"{self.duplicates} already in the project",
            f"{len(self.skipped)} skipped",
        ]
        if self.warnings:
            parts.append(f"{len(self.warnings)} warning(s)")
        if self.ignored:
            parts.append(f"{len(self.ignored)} file(s) not matching the include patterns")
        line = ", ".join(parts)
        return line + (" (cancelled before the end)" if self.cancelled else "")

    def details(self) -> list[str]:
        """Every skipped file with its reason, then every warning."""
        lines = [f"skipped {o.source}: {o.reason}" for o in self.skipped]
        lines += [f"warning {source}: {message}" for source, message in self.warnings]
        return lines


class ImportStopped(AnnotatorError):
    """The project could not take more (a full disk): the import ended early.

    `report` says what was done before; every document it lists as imported
    is stored whole, and running the same import again finishes the rest.
    """

    def __init__(self, cause: AnnotatorError, report: ImportReport) -> None:
        super().__init__(
            f"{cause} The import stopped after {report.imported} imported document(s), "
            "which are kept; run the same import again to finish it "
            "(files already imported are skipped)."
        )
        self.report = report
