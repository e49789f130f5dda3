"""`annotator registry PROJECT --out DIR`: the registry as files, written whole or not at all.

persons.csv, organisations.csv, mentions.csv, roles.csv, entities.jsonl,
entity_links.jsonl and a README.md card (see exports/README.md for every
column). Documents are streamed a chunk at a time.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.app.exporting.atomic import atomic_directory
from annotator.app.registry.timeline import TimelineRow, all_roles
from annotator.core.model import ACCEPTED, PENDING
from annotator.core.registry import ENTITY_KINDS, MENTION_LABELS, ORGANISATION, PERSON
from annotator.formats import registry_tables as tables

CONTEXT = 200  # characters of context each side of a mention in entity_links.jsonl
Progress = Callable[[str], None]


@dataclass
class RegistryFiles:
    """What was written, for the command's report and the card."""

    directory: Path
    counts: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        parts = [f"{name}: {count}" for name, count in self.counts.items()]
        return f"Wrote the registry to {self.directory} ({', '.join(parts)})"


def write_registry(
    reader: Any,
    directory: Path,
    *,
    pending: bool = False,
    overwrite: bool = False,
    progress: Progress | None = None,
) -> RegistryFiles:
    """Write every registry file; with `pending`, suggested mentions and roles count too."""
    states = (ACCEPTED, PENDING) if pending else (ACCEPTED,)
    result = RegistryFiles(Path(directory))
    with atomic_directory(result.directory, overwrite=overwrite) as temp:
        say = progress or (lambda _step: None)
        say("mentions")
        documents: dict[str, set[int]] = defaultdict(set)
        with (
            tables.CsvTable(temp / "mentions.csv", tables.MENTIONS) as mentions,
            tables.JsonLines(temp / "entity_links.jsonl", tables.LINK_KEYS) as links,
        ):
            for row, record in _links(reader, states, documents):
                mentions.write(row)
                links.write(record)
        result.counts["mentions"] = mentions.count
        result.counts["entity_links"] = links.count
        say("roles")
        roles = all_roles(reader, states=states)
        result.counts["roles"] = tables.write_csv(
            temp / "roles.csv", tables.ROLES, _role_rows(roles)
        )
        say("entities")
        _entities(reader, temp, states, documents, roles, result)
        _card(temp / "README.md", result, pending)
    return result


def _links(
    reader: Any, states: Sequence[str], documents: dict[str, set[int]]
) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    """(mentions.csv row, entity_links.jsonl record) of every linked mention, by document."""
    doc_ids = sorted(
        {d for kind in ENTITY_KINDS for d in reader.registry_documents(kind, states=states)}
    )
    labels = {label: kind for kind, label in MENTION_LABELS.items()}
    for start in range(0, len(doc_ids), 500):
        part = doc_ids[start : start + 500]
        links = reader.registry_links_in(part)
        names = reader.registry_entity_names([uid for uid, _ in links.values()])
        for item in reader.iter_annotated(part):
            doc = item.document
            for span in item.spans:
                link = links.get(span.id)
                if link is None or span.state not in states:
                    continue
                entity_type, name = names[link[0]]
                if labels.get(span.label) != entity_type:
                    continue
                documents[link[0]].add(doc.id)
                yield _mention(span, doc, link, entity_type, name)


def _mention(
    span: Any, doc: Any, link: tuple[str, str], entity_type: str, name: str
) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """One linked mention as its mentions.csv row and its entity_links.jsonl record."""
    text = doc.text
    surface = text[span.start : span.end]
    row: tuple[Any, ...] = (span.id, link[0], entity_type, name, doc.id, doc.title, span.start)
    row += (span.end, surface, link[1], span.state)
    record = {
        "mention_id": span.id,
        "document": doc.id,
        "start": span.start,
        "end": span.end,
        "mention": surface,
        "context_left": text[max(0, span.start - CONTEXT) : span.start],
        "context_right": text[span.end : span.end + CONTEXT],
        "label": span.label,
        "entity_id": link[0],
        "entity": name,
        "entity_type": entity_type,
        "link": link[1],
        "state": span.state,
    }
    return row, record


def _role_rows(roles: list[TimelineRow]) -> Iterator[tuple[Any, ...]]:
    for row in roles:
        yield (
            row.person_uid,
            row.person,
            row.role_text,
            row.post,
            row.body,
            row.first,
            row.last,
            " ".join(map(str, row.documents)),
            row.count,
            "; ".join(row.sources),
            row.accepted,
        )


def _entities(
    reader: Any,
    temp: Path,
    states: Sequence[str],
    documents: dict[str, set[int]],
    roles: list[TimelineRow],
    result: RegistryFiles,
) -> None:
    posts: dict[str | None, int] = defaultdict(int)
    for row in roles:
        posts[row.person_uid] += 1
    records = []
    for kind, file_name, header in (
        (PERSON, "persons.csv", tables.PERSONS),
        (ORGANISATION, "organisations.csv", tables.ORGANISATIONS),
    ):
        entities = [e for e in reader.registry_entities(kind, states=states) if e.mention_count]
        rows = []
        for e in entities:
            cells = (e.uid, e.name, " | ".join(e.names), e.mention_count, len(documents[e.uid]))
            rows.append(cells + ((posts[e.uid],) if kind == PERSON else ()))
            records.append(
                {
                    "entity_id": e.uid,
                    "entity_type": kind,
                    "name": e.name,
                    "names": list(e.names),
                    "mentions": e.mention_count,
                }
            )
        result.counts[file_name.removesuffix(".csv")] = tables.write_csv(
            temp / file_name, header, rows
        )
    tables.write_jsonl(temp / "entities.jsonl", tables.ENTITY_KEYS, records)


def _card(path: Path, result: RegistryFiles, pending: bool) -> None:
    counts = "\n".join(f"| {name} | {count} |" for name, count in result.counts.items())
    which = "accepted and pending" if pending else "accepted"
    path.write_text(
        "# People-and-roles registry\n\n"
        f"Written {time.strftime('%Y-%m-%d %H:%M')} from the project's {which} annotations.\n"
        "Every file and column is described in the annotator's exports/README.md "
        "(section *Registry*).\n\n| file | rows |\n| --- | ---: |\n"
        f"{counts}\n",
        encoding="utf-8",
    )
