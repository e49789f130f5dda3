"""Migrations 0050-0059: annotator layers, the stash of replaced layers, assignments, stashed links.

SQL frozen here, as each file records it: a migration must keep working when
later ones change the tables again. store.migrations lists them in order.
"""

# Team annotation: each annotator's own status of a document (the document's
# status sums them up, and reviewed belongs to the curated layer), and who
# curated a span of the curated layer from which annotators' layers. Old
# files: whoever has spans in a started document gets its status as their own.
TEAM_LAYERS = """
CREATE TABLE document_status (
    doc_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    annotator TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('new', 'in_progress', 'done')),
    updated REAL NOT NULL,
    PRIMARY KEY (doc_id, annotator)
) WITHOUT ROWID;
ALTER TABLE annotations ADD COLUMN curator TEXT;
ALTER TABLE annotations ADD COLUMN sources TEXT;
INSERT OR IGNORE INTO document_status (doc_id, annotator, status, updated)
SELECT DISTINCT a.doc_id, a.annotator,
    CASE d.status WHEN 'reviewed' THEN 'done' ELSE d.status END, d.updated
FROM annotations a JOIN documents d ON d.id = a.doc_id
WHERE d.status != 'new' AND a.state = 'accepted' AND a.annotator NOT LIKE '@%'
"""


# Layers replaced by a merge (or an undo of one) are kept here, not in the
# action log: a log row names the stash, and undo or redo moves the rows
# back with their ids. A stash holds one annotator's layer on a set of
# documents: its spans, the relations touching them, and the annotator's own
# status of each document (NULL: none).
LAYER_STASH = """
CREATE TABLE layer_stashes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    annotator TEXT NOT NULL,
    created REAL NOT NULL
);
CREATE TABLE stashed_documents (
    stash INTEGER NOT NULL REFERENCES layer_stashes (id) ON DELETE CASCADE,
    doc_id INTEGER NOT NULL,
    status TEXT,
    updated REAL,
    PRIMARY KEY (stash, doc_id)
) WITHOUT ROWID;
CREATE TABLE stashed_spans (
    stash INTEGER NOT NULL REFERENCES layer_stashes (id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    doc_id INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    label TEXT NOT NULL,
    origin TEXT NOT NULL,
    state TEXT NOT NULL,
    suggester TEXT,
    created REAL NOT NULL,
    updated REAL NOT NULL,
    confidence REAL,
    curator TEXT,
    sources TEXT,
    PRIMARY KEY (stash, id)
) WITHOUT ROWID;
CREATE TABLE stashed_relations (
    stash INTEGER NOT NULL REFERENCES layer_stashes (id) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    doc_id INTEGER NOT NULL,
    head INTEGER NOT NULL,
    tail INTEGER NOT NULL,
    type TEXT NOT NULL,
    annotator TEXT NOT NULL,
    created REAL NOT NULL,
    state TEXT NOT NULL,
    origin TEXT NOT NULL,
    suggester TEXT,
    confidence REAL,
    updated REAL NOT NULL,
    PRIMARY KEY (stash, id)
) WITHOUT ROWID
"""


# Registry links of stashed spans (store.layer_stash): they leave and come
# back with their spans, so undoing a merge takes its links out and puts the
# replaced layer's back. The entity is named by uid, as in registry operations.
STASHED_LINKS = """
CREATE TABLE stashed_links (
    stash INTEGER NOT NULL REFERENCES layer_stashes (id) ON DELETE CASCADE,
    span_id INTEGER NOT NULL,
    entity_uid TEXT NOT NULL,
    status TEXT NOT NULL,
    annotator TEXT NOT NULL,
    updated REAL NOT NULL,
    PRIMARY KEY (stash, span_id)
) WITHOUT ROWID
"""


# Which annotator a work package gave which document, recorded when the
# package is made and when it is merged: curation lists the annotators
# still at work on a document.
ASSIGNMENTS = """
CREATE TABLE assignments (
    doc_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    annotator TEXT NOT NULL,
    package TEXT NOT NULL DEFAULT '',
    created REAL NOT NULL,
    PRIMARY KEY (doc_id, annotator)
) WITHOUT ROWID
"""
