"""Timelines: the posts a person held, or who held an organisation's posts, with evidence.

Each piece of evidence points at the text: the document, the person's
mention, the role, and the date with where it was found. Rows group the
evidence by post and body (by person and post for an organisation) and
span their earliest to their latest date.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

from annotator.app.registry.evidence import Dated, DocumentEvidence
from annotator.app.registry.roles import Post, RoleParser, default_parser
from annotator.core.model import ACCEPTED, PENDING
from annotator.core.registry import MENTION_LABELS, ORGANISATION, PERSON, ROLE_LABEL
from annotator.core.search_query import SearchQuery

VISIBLE = (ACCEPTED, PENDING)


@dataclass(frozen=True)
class Evidence:
    """One place that says a person held a post."""

    doc_id: int
    title: str
    person_uid: str | None
    mention: tuple[int, int]
    mention_text: str
    role: tuple[int, int]
    post: Post
    source: str  # a HOLDS relation, or the role written next to the name
    dated: Dated | None
    accepted: bool  # the mention, the role (and the relation) are all accepted

    @property
    def first(self) -> str:
        return self.dated.date.first if self.dated else ""

    @property
    def last(self) -> str:
        return self.dated.date.last if self.dated else ""


@dataclass
class TimelineRow:
    """A post (of a body) held by a person, over the dates its evidence gives."""

    person_uid: str | None
    person: str
    post: str
    body: str
    first: str = ""
    last: str = ""
    count: int = 0
    accepted: bool = False
    documents_seen: set[int] = field(default_factory=set)
    sources_seen: set[str] = field(default_factory=set)
    role_texts: Counter[str] = field(default_factory=Counter)
    posts: Counter[str] = field(default_factory=Counter)
    bodies: Counter[str] = field(default_factory=Counter)
    evidence: list[Evidence] = field(default_factory=list)

    def add(self, e: Evidence, *, keep: bool) -> None:
        self.count += 1
        self.accepted = self.accepted or e.accepted
        if e.first and (not self.first or e.first < self.first):
            self.first = e.first
        if e.last and e.last > self.last:
            self.last = e.last
        self.documents_seen.add(e.doc_id)
        self.sources_seen.add(e.source)
        self.role_texts[e.post.text] += 1
        self.posts[e.post.post] += 1
        self.bodies[e.post.body] += 1
        if keep:
            self.evidence.append(e)

    @property
    def documents(self) -> list[int]:
        return sorted(self.documents_seen)

    @property
    def role_text(self) -> str:
        return self.role_texts.most_common(1)[0][0] if self.role_texts else ""

    @property
    def sources(self) -> list[str]:
        return sorted(self.sources_seen)


class Timeline:
    """Evidence grouped into rows as it comes: by (post, body), or by person too."""

    def __init__(self, *, by_person: bool, keep_evidence: bool = True) -> None:
        self.by_person = by_person
        self.keep = keep_evidence
        self._rows: dict[tuple[Any, ...], TimelineRow] = {}

    def add(self, e: Evidence) -> None:
        key: tuple[Any, ...] = (e.post.post_key, e.post.body_key)
        if self.by_person:
            key = (e.person_uid or e.mention_text, *key)
        row = self._rows.get(key)
        if row is None:
            row = self._rows[key] = TimelineRow(e.person_uid, e.mention_text, "", "")
        row.add(e, keep=self.keep)

    def rows(self, names: dict[str, str]) -> list[TimelineRow]:
        """The rows, earliest first (undated last), with the most written spellings."""
        for row in self._rows.values():
            row.person = names.get(row.person_uid or "", row.person)
            row.post = row.posts.most_common(1)[0][0]
            row.body = row.bodies.most_common(1)[0][0]
            row.evidence.sort(key=lambda e: (e.first or "9999", e.doc_id, e.role))
        return sorted(self._rows.values(), key=lambda r: (r.first or "9999", r.person, r.post))


def evidence_in(
    item: Any,
    mention_ids: dict[int, str | None],
    *,
    states: Sequence[str] = VISIBLE,
    parser: RoleParser | None = None,
) -> Iterator[Evidence]:
    """Evidence of the posts held by the given PER mentions (span id -> person uid) here."""
    parser = parser or default_parser()
    doc = DocumentEvidence(item, states=states)
    for mention in doc.spans:
        if mention.id not in mention_ids:
            continue
        for role, source in doc.roles_of(mention):
            yield _evidence(doc, mention, role, source, mention_ids[mention.id], parser)


def _evidence(
    doc: DocumentEvidence, mention: Any, role: Any, source: str, uid: str | None, parser: RoleParser
) -> Evidence:
    text = doc.text
    accepted = mention.state == ACCEPTED and role.state == ACCEPTED
    if source == "HOLDS":
        accepted = accepted and any(
            r.state == ACCEPTED for r in doc.relations if r.head == mention.id and r.tail == role.id
        )
    return Evidence(
        doc_id=doc.document.id,
        title=doc.document.title,
        person_uid=uid,
        mention=(mention.start, mention.end),
        mention_text=" ".join(text[mention.start : mention.end].split()),
        role=(role.start, role.end),
        post=parser.split(text[role.start : role.end]),
        source=source,
        dated=doc.date_of(mention, role),
        accepted=accepted,
    )


def _names(reader: Any, timeline: Timeline) -> dict[str, str]:
    uids = [row.person_uid for row in timeline._rows.values() if row.person_uid]
    return {u: name for u, (_, name) in reader.registry_entity_names(uids).items()}


def person_timeline(reader: Any, uid: str, *, states: Sequence[str] = VISIBLE) -> list[TimelineRow]:
    """The posts of one person, with the evidence of each."""
    mentions = reader.registry_mentions(uid, states=states)
    by_doc = {doc_id: list(g) for doc_id, g in groupby(mentions, key=lambda m: m.doc_id)}
    timeline = Timeline(by_person=False)
    for item in reader.iter_annotated(sorted(by_doc)):
        wanted: dict[int, str | None] = {m.span_id: uid for m in by_doc[item.document.id]}
        for e in evidence_in(item, wanted, states=states):
            timeline.add(e)
    return timeline.rows(_names(reader, timeline))


def organisation_timeline(
    reader: Any, uid: str, *, states: Sequence[str] = VISIBLE
) -> list[TimelineRow]:
    """Who held the posts of one organisation: roles whose body is one of its names."""
    from annotator.app.search.engine import SearchRun

    entity = reader.registry_entity(uid)
    if entity is None or entity.kind != ORGANISATION:
        return []
    parser = default_parser()
    keys = {Post("", "", name).body_key for name in entity.names}
    roles_by_doc: dict[int, set[tuple[int, int]]] = defaultdict(set)
    for name in entity.names:
        query = SearchQuery(
            text=name, label=ROLE_LABEL, match_diacritics=True, states=tuple(states)
        )
        for hit in SearchRun(reader, query).hits():
            roles_by_doc[hit.doc_id].add((hit.start, hit.end))
    timeline = Timeline(by_person=True)
    links = reader.registry_links_in(sorted(roles_by_doc))
    for item in reader.iter_annotated(sorted(roles_by_doc)):
        doc = DocumentEvidence(item, states=states)
        for role in doc.spans:
            if (
                role.label != ROLE_LABEL
                or (role.start, role.end) not in roles_by_doc[item.document.id]
            ):
                continue
            if parser.split(doc.text[role.start : role.end]).body_key not in keys:
                continue
            holder = doc.holder_of(role)
            if holder is not None:
                person, source = holder
                person_uid = links.get(person.id, (None, ""))[0]
                timeline.add(_evidence(doc, person, role, source, person_uid, parser))
    return timeline.rows(_names(reader, timeline))


def all_roles(
    reader: Any,
    *,
    states: Sequence[str] = VISIBLE,
    progress: Callable[[int, int], None] | None = None,
) -> list[TimelineRow]:
    """Every person's posts (for roles.csv), streaming the documents with linked mentions."""
    doc_ids = reader.registry_documents(PERSON, states=states)
    label = MENTION_LABELS[PERSON]
    parser = default_parser()
    timeline = Timeline(by_person=True, keep_evidence=False)
    for start in range(0, len(doc_ids), 500):
        part = doc_ids[start : start + 500]
        links = reader.registry_links_in(part)
        for item in reader.iter_annotated(part):
            wanted: dict[int, str | None] = {
                s.id: links[s.id][0] for s in item.spans if s.label == label and s.id in links
            }
            for e in evidence_in(item, wanted, states=states, parser=parser):
                timeline.add(e)
        if progress:
            progress(min(start + 500, len(doc_ids)), len(doc_ids))
    return timeline.rows(_names(reader, timeline))
