"""A memory of the project's own annotations: surfaces the user labelled, suggested again.

Pure: from (text, spans) of worked documents and (text, span) rejections it
builds a table (`build_table`) and applies it to a text and the suggestions
already made (`apply_memory`). No store, no Qt.
"""

from annotator.nlp.memory.recall import (
    MEMORY,
    Policy,
    apply_memory,
    holds_back,
    qualified_label,
    recall,
)
from annotator.nlp.memory.table import (
    Entry,
    MemoryTable,
    Rejection,
    Worked,
    build_table,
    surface_keys,
)

__all__ = [
    "MEMORY",
    "Entry",
    "MemoryTable",
    "Policy",
    "Rejection",
    "Worked",
    "apply_memory",
    "build_table",
    "holds_back",
    "qualified_label",
    "recall",
    "surface_keys",
]
