"""Corpus statistics as plain tables: one use case behind the statistics view and `stats`.

Each table is a list of rows with a header, so the CLI prints it, writes it
as CSV and plots it, and the view shows it, all from the same numbers.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from annotator.core.messages import counted
from annotator.core.model import DONE, REVIEWED, STATUSES
from annotator.core.vietnamese import fold_key

Row = tuple[Any, ...]


@dataclass(frozen=True)
class Table:
    """A named table of numbers: what a CSV file, a chart and a view show."""

    name: str
    title: str
    header: tuple[str, ...]
    rows: tuple[Row, ...]

    def to_json(self) -> list[dict[str, Any]]:
        return [dict(zip(self.header, row, strict=True)) for row in self.rows]


@dataclass(frozen=True)
class SplitOptions:
    """The split an export would make (same ratios and seed give the same split)."""

    ratios: tuple[int, ...] = (8, 1, 1)
    seed: int = 13


@dataclass
class CorpusStats:
    tables: dict[str, Table] = field(default_factory=dict)

    def add(self, table: Table) -> None:
        self.tables[table.name] = table

    def to_json(self) -> dict[str, Any]:
        return {name: table.to_json() for name, table in self.tables.items()}


def collect_stats(
    reader: Any,
    *,
    top: int = 20,
    split: SplitOptions | None = None,
    progress: Callable[[str], None] | None = None,
) -> CorpusStats:
    """Every table of the statistics view (label counts per split only when asked)."""
    stats = CorpusStats()
    steps: list[tuple[str, Callable[[], Table]]] = [
        ("documents", lambda: _documents(reader)),
        ("annotator_status", lambda: _annotator_status(reader)),
        ("annotators", lambda: _annotators(reader)),
        ("spans", lambda: _spans(reader)),
        ("suggesters", lambda: _suggesters(reader)),
        ("progress", lambda: _progress(reader)),
        ("surfaces", lambda: _surfaces(reader, top)),
    ]
    if split is not None:
        steps.append(("splits", lambda: _splits(reader, split)))
    for name, step in steps:
        if progress:
            progress(name)
        stats.add(step())
    return stats


def _documents(reader: Any) -> Table:
    counts = reader.stats_read("documents_by_status")
    rows = tuple((status, counts.get(status, 0)) for status in STATUSES)
    return Table("documents", "Documents by status", ("status", "documents"), rows)


def _annotator_status(reader: Any) -> Table:
    """Documents by annotator and by their own status (each marks their own work done)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for annotator, status, count in reader.stats_read("statuses_by_annotator"):
        counts[annotator][status] += count
    own = [s for s in STATUSES if s != REVIEWED]
    rows = tuple((name, *(counts[name][s] for s in own)) for name in sorted(counts))
    return Table("annotator_status", "Documents by annotator and status", ("annotator", *own), rows)


def _annotators(reader: Any) -> Table:
    rows = tuple(
        (row["annotator"], row["documents"], row["spans"], row["relations"])
        for row in reader.stats_read("annotators")
    )
    header = ("annotator", "documents", "accepted_spans", "accepted_relations")
    return Table("annotators", "Work by annotator", header, rows)


def _spans(reader: Any) -> Table:
    rows = tuple(reader.stats_read("spans_by_label"))
    return Table(
        "spans", "Spans by label, origin and state", ("label", "origin", "state", "spans"), rows
    )


def _suggesters(reader: Any) -> Table:
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for suggester, kind, state, count in reader.stats_read("suggesters"):
        counts[(suggester, kind)][state] += count
    rows = []
    for (suggester, kind), states in sorted(counts.items()):
        reviewed = states["accepted"] + states["rejected"]
        share = round(states["accepted"] / reviewed, 3) if reviewed else None
        rows.append(
            (suggester, kind, states["accepted"], states["rejected"], states["pending"], share)
        )
    header = ("suggester", "kind", "accepted", "rejected", "pending", "acceptance")
    return Table("suggesters", "Suggestions by suggester", header, tuple(rows))


def _day(moment: float) -> str:
    return datetime.fromtimestamp(moment).strftime("%Y-%m-%d")


def _progress(reader: Any) -> Table:
    """Per day: actions done, documents imported, and documents done or reviewed by then."""
    actions: Counter[str] = Counter()
    for day, _annotator, count in reader.stats_read("activity_by_day"):
        actions[day] += count
    imported = dict(reader.stats_read("imports_by_day"))
    status: dict[int, str] = {}
    finished_by_day: dict[str, int] = {}
    finished = 0
    for moment, doc_id, new in reader.stats_read("status_changes"):
        was = status.get(doc_id) in (DONE, REVIEWED)
        now = new in (DONE, REVIEWED)
        finished += int(now) - int(was)
        status[doc_id] = new
        finished_by_day[_day(moment)] = finished
    rows = []
    running = 0
    for day in sorted(set(actions) | set(imported) | set(finished_by_day)):
        running = finished_by_day.get(day, running)
        rows.append((day, actions.get(day, 0), imported.get(day, 0), running))
    header = ("day", "actions", "imported", "finished_documents")
    return Table("progress", "Progress over time", header, tuple(rows))


def _surfaces(reader: Any, top: int) -> Table:
    """The most frequent surfaces per label (accepted spans), spellings folded together."""
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for label, surface, count in reader.stats_read("surfaces"):
        clean = " ".join(surface.split())
        counts[(label, fold_key(clean))][clean] += count
    by_label: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for (label, _key), spellings in counts.items():
        # The most written spelling; on a tie, the one not in capitals (a byline's).
        shown = min(spellings, key=lambda x: (-spellings[x], x.isupper(), x))
        by_label[label].append((sum(spellings.values()), shown))
    rows = []
    for label in sorted(by_label):
        ranked = sorted(by_label[label], key=lambda item: (-item[0], item[1]))[:top]
        rows += [(label, rank + 1, surface, count) for rank, (count, surface) in enumerate(ranked)]
    return Table(
        "surfaces",
        "Most frequent surfaces per label",
        ("label", "rank", "surface", "count"),
        tuple(rows),
    )


def _splits(reader: Any, split: SplitOptions) -> Table:
    """Accepted spans per label in each split the export would make with these options."""
    from annotator.app.exporting.splits import SPLIT_NAMES, assign, split_items

    items = split_items(reader.iter_annotated(reader.document_ids()))
    assignment = assign(items, ratios=split.ratios, seed=split.seed) if items else {}
    counts: Counter[tuple[str, str]] = Counter()
    documents: Counter[str] = Counter()
    for item in items:
        name = assignment[item.doc_id]
        documents[name] += 1
        for label, count in item.labels.items():
            counts[(name, label)] += count
    order = {name: i for i, name in enumerate(SPLIT_NAMES)}
    rows = [
        (name, "(documents)", documents[name])
        for name in sorted(documents, key=lambda n: order.get(n, 9))
    ]
    rows += [
        (name, label, count)
        for (name, label), count in sorted(
            counts.items(), key=lambda x: (order.get(x[0][0], 9), x[0][1])
        )
    ]
    title = f"Label counts per export split ({':'.join(map(str, split.ratios))}, seed {split.seed})"
    return Table("splits", title, ("split", "label", "count"), tuple(rows))


def table_text(table: Table, *, limit: int = 40) -> list[str]:
    """A table as aligned plain-text lines (for the terminal)."""
    rows: Sequence[Row] = table.rows[:limit]
    cells = [tuple(str(h) for h in table.header)] + [tuple(_cell(v) for v in row) for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(table.header))]
    lines = [table.title]
    lines += [
        "  " + "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) for row in cells
    ]
    if len(table.rows) > limit:
        more = counted(len(table.rows) - limit, "more row")
        lines.append(f"  … {more} (see the CSV or --json)")
    return lines


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)
