"""Registry rows that travel with work packages: entities by uid, their names, mention links.

A package carries the project's whole registry, so its annotator links
mentions to the same entities (the uid is what names an entity everywhere).
Merging the package back brings, in the same step:
- the entities the project lacks that the annotator made in the package
  (created after it was written) or that a merged mention links to;
- the names the package's entities have and the project's lack;
- the links of the merged spans, their span ids shifted as the spans' are
  (store.apply_package).
Undo takes them out exactly: the links leave with their spans (the layer's
stash, store.layer_stash), and the inverse removes the names and entities
the merge added (`RegistryCarry.undo`).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass

from annotator.core.operations import DeleteEntity, Operation, RemoveEntityNames
from annotator.store.team_reads import PACKAGE_SETTING

# The package's links of the spans a merge takes (its person layers, matched documents).
_LINKS_FROM = (
    "FROM package.registry_links l JOIN package.annotations a ON a.id = l.span_id "
    "JOIN temp.package_docs m ON m.pkg_id = a.doc_id "
    "JOIN package.registry_entities pe ON pe.id = l.entity_id"
)
_PERSON = "a.annotator NOT LIKE '@%'"


def copy_registry_into_package(conn: sqlite3.Connection) -> None:
    """A new package (its project attached as `src`) gets every entity and name, and its spans' links."""
    conn.execute(
        "INSERT INTO main.registry_entities (id, uid, type, name, annotator, created, updated) "
        "SELECT id, uid, type, name, annotator, created, updated FROM src.registry_entities"
    )
    conn.execute(
        "INSERT INTO main.registry_names (entity_id, name, key) "
        "SELECT entity_id, name, key FROM src.registry_names"
    )
    conn.execute(
        "INSERT INTO main.registry_links (span_id, entity_id, status, annotator, updated) "
        "SELECT span_id, entity_id, status, annotator, updated FROM src.registry_links "
        "WHERE span_id IN (SELECT id FROM main.annotations)"
    )


@dataclass(frozen=True)
class RegistryCarry:
    """What a merge added to the registry, and how to take it out again."""

    entities: tuple[str, ...] = ()  # uids of the entities added
    names: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (uid, names) added to entities here
    links: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.entities or self.names or self.links)

    def undo(self) -> tuple[Operation, ...]:
        """The operations that remove the names and entities (after the links left)."""
        names = tuple(RemoveEntityNames(uid, added) for uid, added in self.names)
        return (*names, *(DeleteEntity(uid) for uid in self.entities))


def carry_registry(conn: sqlite3.Connection, shift: int) -> RegistryCarry:
    """Bring the attached package's registry rows for the merged spans (ids + `shift`)."""
    entities = _new_entities(conn)
    names = _new_names(conn)
    for uid in entities:
        conn.execute(
            "INSERT INTO main.registry_entities (uid, type, name, annotator, created, updated) "
            "SELECT uid, type, name, annotator, created, updated FROM package.registry_entities "
            "WHERE uid = ?",
            (uid,),
        )
    conn.execute(
        "INSERT OR IGNORE INTO main.registry_names (entity_id, name, key) "
        "SELECT e.id, n.name, n.key FROM package.registry_names n "
        "JOIN package.registry_entities pe ON pe.id = n.entity_id "
        "JOIN main.registry_entities e ON e.uid = pe.uid ORDER BY n.rowid"
    )
    links = conn.execute(
        "INSERT INTO main.registry_links (span_id, entity_id, status, annotator, updated) "
        f"SELECT l.span_id + ?, e.id, l.status, l.annotator, l.updated {_LINKS_FROM} "
        f"JOIN main.registry_entities e ON e.uid = pe.uid WHERE {_PERSON} "
        "AND a.id NOT IN (SELECT id FROM temp.package_copies)",
        (shift,),
    ).rowcount
    return RegistryCarry(tuple(entities), names, max(links, 0))


def _new_entities(conn: sqlite3.Connection) -> list[str]:
    """Entities the project lacks: made in the package, or linked by a merged mention."""
    since = conn.execute(
        "SELECT json_extract(value, '$.created') FROM package.settings WHERE key = ?",
        (PACKAGE_SETTING,),
    ).fetchone()
    rows = conn.execute(
        "SELECT pe.uid FROM package.registry_entities pe "
        "WHERE pe.uid NOT IN (SELECT uid FROM main.registry_entities) "
        f"AND (pe.created >= ? OR pe.id IN (SELECT l.entity_id {_LINKS_FROM} WHERE {_PERSON})) "
        "ORDER BY pe.id",
        (since[0] if since and since[0] is not None else float("inf"),),
    )
    return [row[0] for row in rows]


def _new_names(conn: sqlite3.Connection) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Names the package's entities have that the same entities here lack (by key)."""
    added: dict[str, list[str]] = defaultdict(list)
    for uid, name in conn.execute(
        "SELECT pe.uid, n.name FROM package.registry_names n "
        "JOIN package.registry_entities pe ON pe.id = n.entity_id "
        "JOIN main.registry_entities e ON e.uid = pe.uid "
        "WHERE NOT EXISTS (SELECT 1 FROM main.registry_names k "
        "  WHERE k.entity_id = e.id AND k.key = n.key) ORDER BY n.rowid"
    ):
        added[uid].append(name)
    return tuple((uid, tuple(names)) for uid, names in added.items())


def registry_facts(conn: sqlite3.Connection) -> tuple[int, int]:
    """(links of the spans a merge takes, entities it will add), for the merge report."""
    links = conn.execute(f"SELECT count(*) {_LINKS_FROM} WHERE {_PERSON}").fetchone()[0]
    return int(links), len(_new_entities(conn))
