"""SQLite project store: open, migrate, read, and apply operations.

The write path (Session) and the whole-corpus readers are imported when
first asked for, so that opening a project to read a few figures stays
light (`annotator info`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from annotator.store.creating import create_project
from annotator.store.document_filter import DocumentFilter
from annotator.store.opening import open_project
from annotator.store.project import Project, default_annotator
from annotator.store.repository import DocumentRow

if TYPE_CHECKING:
    from annotator.store.corpus import CorpusReader
    from annotator.store.session import Session
    from annotator.store.streaming import ProjectReader

_LAZY = {
    "CorpusReader": "annotator.store.corpus",
    "ProjectReader": "annotator.store.streaming",
    "Session": "annotator.store.session",
}

__all__ = [
    "CorpusReader",
    "DocumentFilter",
    "DocumentRow",
    "Project",
    "ProjectReader",
    "Session",
    "create_project",
    "default_annotator",
    "open_project",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
