"""Migration 0099: what the project's memory no longer counts.

SQL frozen here, as each file records it: a migration must keep working when
later ones change the tables again. store.migrations lists it in order.
"""

# Rejected spans whose rejection the memory no longer counts, because the
# user asked for the surface to be suggested again (a lift of a hold-back,
# store.apply_memory). No foreign key: a document deleted and restored
# keeps its span ids, and its lifts with them.
MEMORY_LIFTS = """
CREATE TABLE memory_lifts (
    span_id INTEGER PRIMARY KEY,
    lifted REAL NOT NULL
)
"""
