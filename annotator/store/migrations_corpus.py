"""Migrations 0006-0060: relation states, source tokens, record keys, the registry.

SQL frozen here, as each file records it: a migration must keep working when
later ones change the tables again. store.migrations lists them in order.
"""

# Relations become reviewable like spans: a suggested relation is pending
# until accepted or rejected, and carries who proposed it and how sure it was.
# Spans gain the same confidence. Existing relations were made by hand.
RELATION_STATES = """
ALTER TABLE relations ADD COLUMN state TEXT NOT NULL DEFAULT 'accepted'
    CHECK (state IN ('accepted', 'pending', 'rejected'));
ALTER TABLE relations ADD COLUMN origin TEXT NOT NULL DEFAULT 'manual'
    CHECK (origin IN ('manual', 'suggested', 'imported', 'model'));
ALTER TABLE relations ADD COLUMN suggester TEXT;
ALTER TABLE relations ADD COLUMN confidence REAL;
ALTER TABLE relations ADD COLUMN updated REAL NOT NULL DEFAULT 0;
ALTER TABLE annotations ADD COLUMN confidence REAL;
UPDATE relations SET updated = created, origin = CASE WHEN EXISTS (
    SELECT 1 FROM annotations a WHERE a.id = relations.head AND a.origin = 'imported'
) THEN 'imported' ELSE 'manual' END
"""

# The tokens a tokenised corpus gave a document (core.source_tokens), packed
# by store.token_layer: offsets as arrays, the rest as JSON. Removed with
# their document.
SOURCE_TOKENS = """
CREATE TABLE document_tokens (
    doc_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    layout TEXT NOT NULL,
    starts BLOB NOT NULL,
    ends BLOB NOT NULL,
    sentences BLOB NOT NULL,
    forms TEXT NOT NULL DEFAULT '[]',
    extra BLOB,
    overrides TEXT NOT NULL DEFAULT '[]'
)
"""

# What makes a corpus record itself when several documents share a text
# (SourceDocument.record_key); empty for articles, where the text decides.
RECORD_KEYS = """
ALTER TABLE documents ADD COLUMN record_key TEXT NOT NULL DEFAULT '';
CREATE INDEX documents_record_key ON documents (record_key) WHERE record_key != ''
"""


# The people-and-roles registry. A link names its span by id without a
# foreign key: deleting a span keeps its link, so undoing the delete (which
# restores the span with its id) brings the link back; reads join live spans.
REGISTRY = """
CREATE TABLE registry_entities (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uid TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL CHECK (type IN ('person', 'organisation')),
    name TEXT NOT NULL,
    annotator TEXT NOT NULL,
    created REAL NOT NULL,
    updated REAL NOT NULL
);
CREATE INDEX registry_entities_type ON registry_entities (type, name);
CREATE TABLE registry_names (
    entity_id INTEGER NOT NULL REFERENCES registry_entities (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (entity_id, key)
);
CREATE INDEX registry_names_key ON registry_names (key);
CREATE TABLE registry_links (
    span_id INTEGER PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES registry_entities (id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('auto', 'suggested', 'confirmed')),
    annotator TEXT NOT NULL,
    updated REAL NOT NULL
);
CREATE INDEX registry_links_entity ON registry_links (entity_id)
"""
