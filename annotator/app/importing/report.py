"""What an import did: imported, already there, kept beside the same text, skipped by reason.

Skips are grouped by reason (where in the file stripped off), each with how
many files, documents and entities it cost; so is every warning (what was
read differently from how the file wrote it). Labels and relation types the
import added to the schema, and documents kept beside another with the same
text, are listed too. The CLI prints it, the GUI shows it, and `lost`
decides the import command's exit status.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from annotator.app.importing.labels import SchemaChanges
from annotator.core.errors import AnnotatorError
from annotator.core.messages import (
    Message,
    as_message,
    by_count,
    counted,
    joined,
    message,
    without_place,
)
from annotator.core.textnorm import references_in_warning

IMPORTED = "imported"
DUPLICATE = "duplicate"
SKIPPED = "skipped"
IGNORED = "ignored"

# Examples shown for each reason.
EXAMPLES = 3
# Files listed by name under a heading of the details (the rest are counted).
LISTED = 20
# A location at the start of a reason: "x.conll, line 12: ", "document 'x': ", "line 4 (T1): ".
_WHERE = re.compile(
    r"^(?:.*?(?:,| ) ?(?:line|document|item) \d+(?: \(T\d+\))?: |document '.*?': |line \d+(?: \(T\d+\))?: )+"
)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# Where a record sits in its corpus file, at the end of its source: ":12" (line), "#3" (item).
_RECORD_PLACE = re.compile(r"[:#]\d+$")


def reason_key(reason: str) -> str:
    """A reason without where it happened, and with its numbers as N, to group alike reasons."""
    return _NUMBER.sub("N", _WHERE.sub("", reason))


@dataclass(frozen=True)
class Outcome:
    """What happened to one file, or to one record of a multi-record file.

    `documents` and `entities` count what a skip cost (a file that could not
    be read counts as one file and no known document).
    """

    source: str
    status: str
    reason: str = ""
    doc_id: int | None = None
    warnings: tuple[str, ...] = ()
    documents: int = 0
    entities: int = 0


@dataclass(frozen=True)
class ImportProgress:
    """Sent after each file (or piece of a large file): enough for a progress bar and counts."""

    files_done: int
    files_total: int
    current: str
    imported: int
    duplicates: int
    skipped: int


@dataclass(frozen=True)
class ReasonGroup:
    """Skips (or warnings) of one kind of reason."""

    reason: str
    count: int
    documents: int
    entities: int
    examples: tuple[str, ...]
    # The first reason as given (a Message, which the window translates) and, for
    # each example, its file and reason.
    first: str = ""
    cases: tuple[tuple[str, str], ...] = ()

    def line(self) -> str:
        """ "  3 × reason (cost)", as a Message (the window translates it)."""
        cost = [_documents(self.documents)] if self.documents else []
        cost += [_entities(self.entities)] if self.entities else []
        # The first reason itself when it names no place (so it keeps its template), else
        # the reason inside it, found among its fields (so the window translates it too).
        reason = self.first if self.first == self.reason else _placeless(self.first, self.reason)
        line = message("{count} × {reason}", count=f"{self.count:>6}", reason=reason)
        return message("{line} ({cost})", line=line, cost=joined(cost)) if cost else line


@dataclass
class ImportReport:
    """Accumulates outcomes during one import; the CLI prints it, the GUI shows it."""

    outcomes: list[Outcome] = field(default_factory=list)
    ignored: list[Outcome] = field(default_factory=list)
    files_total: int = 0
    cancelled: bool = False
    # Kept up to date by `add`: progress reports read them after every file.
    counts: Counter[str] = field(default_factory=Counter)
    schema: SchemaChanges = field(default_factory=SchemaChanges)
    # (document, the one already holding its text): both kept, each with its annotations.
    same_text: list[tuple[str, str]] = field(default_factory=list)
    # Documents of the project not yet in the full-text index once the import
    # ended (a large import lists most of its own there: store.search_backlog).
    search_waiting: int = 0

    def add(self, outcome: Outcome) -> None:
        self.counts[outcome.status] += 1
        if outcome.status == IGNORED:
            self.ignored.append(outcome)
        else:
            self.outcomes.append(outcome)

    @property
    def imported(self) -> int:
        return self.counts[IMPORTED]

    @property
    def duplicates(self) -> int:
        return self.counts[DUPLICATE]

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

    @property
    def lost(self) -> bool:
        """Whether anything was skipped: the import command then exits with its own status."""
        return bool(self.counts[SKIPPED])

    def references_decoded(self) -> tuple[int, int]:
        """(HTML character references decoded, files they were decoded in).

        A record of a corpus file is named by its file and its line or item
        ("x.conll:12", "x.json#3"): its file counts once, however many of its
        records held references.
        """
        total = 0
        files: set[str] = set()
        for outcome in self.outcomes:
            count = sum(map(references_in_warning, outcome.warnings))
            if count:
                total += count
                files.add(_RECORD_PLACE.sub("", outcome.source))
        return total, len(files)

    def skip_reasons(self) -> Counter[str]:
        """How many were skipped for each kind of reason ("binary file", "empty file"...)."""
        return Counter(_WHERE.sub("", o.reason).split(":", 1)[0] for o in self.skipped)

    def skip_groups(self) -> list[ReasonGroup]:
        """Skips grouped by reason, the costliest first."""
        return _groups((o.reason, o, o.source) for o in self.skipped)

    def warning_groups(self) -> list[ReasonGroup]:
        """Warnings grouped by reason, the most frequent first."""
        return _groups((w, None, o.source) for o in self.outcomes for w in o.warnings)

    def summary(self) -> str:
        """One line for a status bar or the end of a command."""
        lost = self.skipped
        parts = [f"{self.imported} imported", f"{self.duplicates} already in the project"]
        documents = sum(o.documents for o in lost)
        entities = sum(o.entities for o in lost)
        cost = [counted(documents, "document")] if documents else []
        cost += [counted(entities, "entity", "entities")] if entities else []
        parts.append(f"{len(lost)} skipped" + (f" ({', '.join(cost)})" if cost else ""))
        if self.same_text:
            parts.append(f"{len(self.same_text)} kept beside a document with the same text")
        if self.warnings:
            parts.append(counted(len(self.warnings), "warning"))
        references, files = self.references_decoded()
        if references:
            parts.append(
                f"{counted(references, 'HTML character reference')} decoded "
                f"in {counted(files, 'file')}"
            )
        if self.ignored:
            parts.append(f"{counted(len(self.ignored), 'file')} not matching the include patterns")
        line = ", ".join(parts)
        return line + (" (cancelled before the end)" if self.cancelled else "")

    def details(self) -> list[str]:
        """The report below the summary: skips and warnings by reason, schema changes, twins."""
        lines: list[str] = []
        titles = (message("Skipped, by reason:"), message("Warnings, by reason:"))
        for title, groups in zip(titles, (self.skip_groups(), self.warning_groups()), strict=True):
            if groups:
                lines.append(title)
            for group in groups:
                lines.append(message("  {line}", line=group.line()))
                lines.extend(
                    message("      e.g. {source}: {reason}", source=source, reason=reason)
                    for source, reason in group.cases
                )
        lines.extend(self._duplicate_lines())
        lines.extend(self.schema.lines())
        lines.extend(self._same_text_lines())
        return lines

    def _duplicate_lines(self) -> list[str]:
        """Each file not imported again and why: a count alone leaves a linguist
        searching a folder for the article that was already there."""
        twins = [o for o in self.outcomes if o.status == DUPLICATE]
        if not twins:
            return []
        lines: list[str] = [
            message("Already in the project, not imported again: {n}", n=len(twins))
        ]
        lines.extend(
            message("  {source}: {reason}", source=o.source, reason=o.reason)
            for o in twins[:LISTED]
        )
        if len(twins) > LISTED:
            lines.append(message("  ... and {n} more", n=len(twins) - LISTED))
        return lines

    def _same_text_lines(self) -> list[str]:
        if not self.same_text:
            return []
        lines: list[str] = [
            message(
                "Kept with their own annotations, though another document has the same text: {n}",
                n=len(self.same_text),
            )
        ]
        lines.extend(
            message("  {document} (same text as {first})", document=doc, first=first)
            for doc, first in self.same_text[:LISTED]
        )
        if len(self.same_text) > LISTED:
            lines.append(message("  ... and {n} more", n=len(self.same_text) - LISTED))
        return lines


def _placeless(first: str, reason: str) -> str:
    """`reason` (`first` without its place) as the Message `first` holds it in, if it does.

    "x.jsonl, line 3: {exc}" keeps its reason as a field; taking that field
    rather than the text left after the place keeps the reason's template.
    """
    for value in getattr(first, "fields", {}).values():
        if isinstance(value, Message):
            if value == reason:
                return value
            inner = _placeless(value, reason)
            if inner is not reason:
                return inner
    # "{where}: its text ..." keeps its reason in its template: cut the place off that.
    cut = without_place(first) if isinstance(first, Message) else None
    return cut if cut is not None and cut == reason else reason


def _groups(items: Iterable[tuple[str, Outcome | None, str]]) -> list[ReasonGroup]:
    """(reason, outcome or None, where) grouped by reason_key; a group is named by its first."""
    gathered: dict[str, list[tuple[Outcome | None, str, str]]] = {}
    for reason, outcome, source in items:
        gathered.setdefault(reason_key(reason), []).append((outcome, source, reason))
    groups = [_group(entries) for entries in gathered.values()]
    return sorted(groups, key=lambda g: (-g.documents, -g.count, g.reason))


def _group(entries: list[tuple[Outcome | None, str, str]]) -> ReasonGroup:
    first = entries[0][2]
    reason = _WHERE.sub("", first)
    if reason == first:  # no place: the group may span the numbers of its reasons
        first = reason = _spanning([r for _, _, r in entries])
    return ReasonGroup(
        reason=reason,
        count=len(entries),
        documents=sum(o.documents for o, _, _ in entries if o is not None),
        entities=sum(o.entities for o, _, _ in entries if o is not None),
        examples=tuple(f"{source}: {reason}" for _, source, reason in entries[:EXAMPLES]),
        first=first,
        cases=tuple((source, reason) for _, source, reason in entries[:EXAMPLES]),
    )


def _spanning(reasons: list[str]) -> str:
    """The first reason, its numbers that differ across the group written as a range.

    "23 × composed 10 accent marks" named the group by its first file, while
    the others had composed 2 or 13.
    """
    first = reasons[0]
    if not isinstance(first, Message) or all(r == first for r in reasons):
        return first
    if not all(isinstance(r, Message) and r.template == first.template for r in reasons):
        return first
    fields = dict(first.fields)
    for key, value in first.fields.items():
        values = [r.fields.get(key) for r in reasons]  # type: ignore[attr-defined]
        if isinstance(value, int) and all(isinstance(v, int) for v in values):
            low, high = min(values), max(values)  # type: ignore[type-var]
            fields[key] = value if low == high else f"{low}–{high}"
    return Message(first.template, fields)


class ImportStopped(AnnotatorError):
    """The project could not take more (a full disk): the import ended early.

    `report` says what was done before; every document it lists as imported
    is stored whole, and running the same import again finishes the rest.
    """

    def __init__(self, cause: AnnotatorError, report: ImportReport) -> None:
        super().__init__(
            by_count(
                report.imported,
                "{cause} The import stopped after 1 imported document, which is kept; "
                "run the same import again to finish it (files already imported are skipped).",
                "{cause} The import stopped after {n} imported documents, which are kept; "
                "run the same import again to finish it (files already imported are skipped).",
                cause=as_message(cause),
            )
        )
        self.report = report


def _documents(count: int) -> str:
    """What a reason cost in documents, singular for one (the window translates either)."""
    return message("1 document") if count == 1 else message("{n} documents", n=count)


def _entities(count: int) -> str:
    """What a reason cost in entities, singular for one (the window translates either)."""
    return message("1 entity") if count == 1 else message("{n} entities", n=count)
