"""SQLite project store: open, migrate, read, and apply operations."""

from annotator.store.corpus import CorpusReader
from annotator.store.project import Project, create_project, default_annotator, open_project
from annotator.store.repository import DocumentRow
from annotator.store.session import Session
from annotator.store.streaming import ProjectReader

__all__ = [
    "CorpusReader",
    "DocumentRow",
    "Project",
    "ProjectReader",
    "Session",
    "create_project",
    "default_annotator",
    "open_project",
]
