"""What curating one document decides on: each annotator's spans and relations side by side.

The voters of a document are the people whose layer there holds an
accepted span and the people who marked it done: someone who finished the
document and marked nothing votes "no span" on every row. Pending
suggestions are nobody's vote: a package's copies that its annotator never
looked at, or a suggester's layer, made a voter who disputed every row.
Annotators a package assigned the document who have neither finished it
nor accepted anything are listed as waiting and do not vote.

Spans and relations that every voter, a majority (more than half), or at
least a number of voters the curator chooses have are merged into the
curated layer in one step. A relation is merged only
when both its spans are agreed or already curated: the curated layer never
holds a relation to a span it lacks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from annotator.core.model import ACCEPTED, DONE
from annotator.core.operations import CurateSpans
from annotator.core.team import CURATED, is_person

ALL = "all"
MAJORITY = "majority"
Rule = str | int  # ALL, MAJORITY, or at least this many voters
Key = tuple[int, int, str]  # (start, end, label)


@dataclass
class SpanRow:
    """One (range, label) and who has it."""

    key: Key
    annotators: set[str] = field(default_factory=set)
    curated_ids: list[int] = field(default_factory=list)


@dataclass
class RelationRow:
    """One (head, tail, type) and who has it; head and tail by range and label."""

    head: Key
    tail: Key
    type: str
    annotators: set[str] = field(default_factory=set)
    curated_ids: list[int] = field(default_factory=list)


@dataclass
class Curation:
    """A document's layers as the curator weighs them."""

    doc_id: int
    voters: list[str]
    waiting: list[str]
    spans: list[SpanRow]
    relations: list[RelationRow]

    def needed(self, rule: Rule) -> int:
        """Voters who must agree: all, more than half, or the number chosen (at least one)."""
        count = len(self.voters)
        if isinstance(rule, int):
            return max(1, min(rule, count))
        return max(1, count if rule == ALL else count // 2 + 1)

    def agreed_spans(self, rule: Rule) -> list[SpanRow]:
        need = self.needed(rule)
        return [row for row in self.spans if len(row.annotators) >= need]

    def agreed_relations(self, rule: Rule) -> list[RelationRow]:
        """Relations enough voters have, between spans agreed on or already curated."""
        need = self.needed(rule)
        settled = {row.key for row in self.agreed_spans(rule)}
        settled |= {row.key for row in self.spans if row.curated_ids}
        return [
            row
            for row in self.relations
            if len(row.annotators) >= need and row.head in settled and row.tail in settled
        ]


def read_curation(project: Any, doc_id: int) -> Curation:
    """The document's spans and relations by layer, its voters and who is still at work."""
    spans = project.spans(doc_id, states=None)
    statuses = project.annotator_statuses(doc_id)
    holders = {s.annotator for s in spans if is_person(s.annotator) and s.state == ACCEPTED}
    finished = {name for name, status in statuses.items() if status == DONE and is_person(name)}
    voters = sorted(holders | finished)
    waiting = sorted(set(project.assigned_annotators(doc_id)) - set(voters))
    accepted = [s for s in spans if s.state == ACCEPTED]
    return Curation(
        doc_id,
        voters,
        waiting,
        _span_rows(accepted),
        _relation_rows(accepted, project.relations(doc_id)),
    )


def _span_rows(spans: list[Any]) -> list[SpanRow]:
    rows: dict[Key, SpanRow] = {}
    for span in spans:
        key = (span.start, span.end, span.label)
        row = rows.setdefault(key, SpanRow(key))
        if span.annotator == CURATED:
            row.curated_ids.append(span.id)
        elif is_person(span.annotator):
            row.annotators.add(span.annotator)
    return sorted(rows.values(), key=lambda r: (r.key[0], -r.key[1], r.key[2]))


def _relation_rows(spans: list[Any], relations: list[Any]) -> list[RelationRow]:
    """Accepted relations within one layer (a person's or the curated one)."""
    by_id = {s.id: s for s in spans}
    rows: dict[tuple[Key, Key, str], RelationRow] = {}
    for relation in relations:
        head, tail = by_id.get(relation.head), by_id.get(relation.tail)
        if relation.state != ACCEPTED or head is None or tail is None:
            continue
        if head.annotator != tail.annotator:
            continue  # links two layers: no one layer's vote
        key = (
            (head.start, head.end, head.label),
            (tail.start, tail.end, tail.label),
            relation.type,
        )
        row = rows.setdefault(key, RelationRow(*key))
        if head.annotator == CURATED:
            row.curated_ids.append(relation.id)
        elif is_person(head.annotator):
            row.annotators.add(head.annotator)
    return sorted(rows.values(), key=lambda r: (r.head, r.tail, r.type))


def curate_operation(
    curation: Curation,
    spans: list[SpanRow],
    relations: list[RelationRow],
    description: str,
) -> CurateSpans | None:
    """The step that puts these rows into the curated layer (with the spans relations need)."""
    wanted = {row.key: row for row in spans if not row.curated_ids}
    by_key = {row.key: row for row in curation.spans}
    chosen = [row for row in relations if not row.curated_ids]
    for row in chosen:  # a relation brings its spans along
        for key in (row.head, row.tail):
            if key in by_key and not by_key[key].curated_ids:
                wanted.setdefault(key, by_key[key])
    if not wanted and not chosen:
        return None
    return CurateSpans(
        curation.doc_id,
        tuple((*row.key, tuple(sorted(row.annotators))) for row in wanted.values()),
        tuple((row.head, row.tail, row.type, tuple(sorted(row.annotators))) for row in chosen),
        description=description,
    )


def merge_agreed(curation: Curation, rule: Rule) -> CurateSpans | None:
    """Every span and relation enough voters agree on, into the curated layer."""
    return curate_operation(
        curation,
        curation.agreed_spans(rule),
        curation.agreed_relations(rule),
        "merge agreed spans and relations",
    )
