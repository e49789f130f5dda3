"""SQLite project store: open, migrate, read, and apply operations."""

from annotator.store.opening import create_project, open_project
from annotator.store.project import Project, default_annotator
from annotator.store.repository import DocumentRow
from annotator.store.session import Session
from annotator.store.streaming import ProjectReader

__all__ = [
    "DocumentRow",
    "Project",
    "ProjectReader",
    "Session",
    "create_project",
    "default_annotator",
    "open_project",
]
