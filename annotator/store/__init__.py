"""SQLite project store: open, migrate, read, and apply operations."""

from annotator.store.project import Project, create_project, default_annotator, open_project
from annotator.store.repository import DocumentRow
from annotator.store.session import Session

__all__ = [
    "DocumentRow",
    "Project",
    "Session",
    "create_project",
    "default_annotator",
    "open_project",
]
