"""The demo project: the seed article and a few political Dân trí articles from resources/demo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from annotator.app.importing.importer import ImportOptions, import_paths
from annotator.app.importing.report import ImportReport
from annotator.app.suggest import SuggestReport, suggest_documents
from annotator.core.errors import ImportFailure
from annotator.core.resources import resource_path
from annotator.store import Project, create_project, open_project

DEMO_SETTING = "demo.imported"
SUGGESTED_SETTING = "demo.suggested"


def demo_articles() -> list[Path]:
    """The shipped demo articles, seed article first."""
    folder = resource_path("demo")
    files = sorted(folder.glob("*.txt"), key=lambda p: (not p.name.startswith("seed"), p.name))
    return files


def create_demo_project(path: str | Path, *, annotator: str | None = None) -> Project:
    """Open the demo project at `path`, building it first if it does not exist yet.

    Idempotent: an existing project is reopened as it is (with the user's
    work); if an earlier build was interrupted, the missing articles are added.
    A file that is not a project is refused, never overwritten.
    """
    target = Path(path)
    if target.exists():
        project = open_project(target, annotator)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        project = create_project(target, annotator=annotator)
    if not project.get_setting(DEMO_SETTING, False):
        report = import_demo_articles(project)
        if report.skipped:
            details = "; ".join(report.details())
            project.close()
            raise ImportFailure(
                "the demo articles could not be imported: {details}", details=details
            )
        project.set_setting(DEMO_SETTING, True)
    return project


def import_demo_articles(project: Any) -> ImportReport:
    """Import (or complete) the demo articles into an open project."""
    return import_paths(project, demo_articles(), options=ImportOptions())


def suggest_demo(project: Project) -> SuggestReport | None:
    """Pending suggestions on the demo articles, once: the demo then shows the correcting workflow.

    Runs only the first time (a user who rejected suggestions never sees them
    come back on a rerun); returns None when already done.
    """
    if project.get_setting(SUGGESTED_SETTING, False):
        return None
    report = suggest_documents(project.path)
    project.set_setting(SUGGESTED_SETTING, True)
    return report
