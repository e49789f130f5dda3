"""A team project for tests: 30 documents, packages for 3 annotators (overlap 2), known differences.

Every document reads "Ông Nguyễn Văn An gặp Bí thư Tỉnh ủy tại Hà Nội . Số N ." (16 syllable
tokens). In their packages, through the store's operations:
- an marks PER "Nguyễn Văn An", ROLE "Bí thư Tỉnh ủy", LOC "Hà Nội" and HOLDS(PER, ROLE);
- binh marks the same PER and ROLE, but "Hà Nội" as ORG, and no relation;
- chi marks PER and ROLE and HOLDS, and nothing on "Hà Nội".
Each marks every document of their package done.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from annotator.app.team.packages import PackageOptions, PackageReport, create_packages
from annotator.core.model import DONE, SourceDocument
from annotator.core.operations import AddRelation, AddSpan, SetStatus
from annotator.store import Project, create_project, open_project

ANNOTATORS = ("an", "binh", "chi")
DOCUMENTS = 30
TOKENS = 16  # syllable tokens of every document


def text_of(i: int) -> str:
    return f"Ông Nguyễn Văn An gặp Bí thư Tỉnh ủy tại Hà Nội . Số {i} ."


def _range(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def annotate_package(path: Path, name: str) -> None:
    """Annotate one package as `name` does (see the module docstring)."""
    package = open_project(path, annotator=name)
    try:
        session = package.session()
        for doc_id in package.document_ids():
            text = package.document(doc_id).text
            person = session.apply(AddSpan(doc_id, *_range(text, "Nguyễn Văn An"), "PER"))
            role = session.apply(AddSpan(doc_id, *_range(text, "Bí thư Tỉnh ủy"), "ROLE"))
            if name == "an":
                session.apply(AddSpan(doc_id, *_range(text, "Hà Nội"), "LOC"))
            if name == "binh":
                session.apply(AddSpan(doc_id, *_range(text, "Hà Nội"), "ORG"))
            if name in ("an", "chi"):
                session.apply(AddRelation(person.spans_added[0], role.spans_added[0], "HOLDS"))
            session.apply(SetStatus(doc_id, DONE))
    finally:
        package.close()


@dataclass
class TeamSetup:
    project: Project
    packages: PackageReport


_TEMPLATES: dict[bool, Path] = {}


def build_team_project(folder: Path, *, annotate: bool = True, fresh: bool = False) -> TeamSetup:
    """The main project (annotator "lead") and the three packages, annotated.

    Built once per test run and copied (the files are closed, so a copy is
    whole); `fresh` builds anew, with a team id of its own.
    """
    template = _TEMPLATES.get(annotate)
    if template is None or fresh:
        setup = _build(Path(tempfile.mkdtemp(prefix="team-template-")), annotate=annotate)
        setup.project.close()
        template = Path(setup.project.path).parent
        if not fresh:
            _TEMPLATES[annotate] = template
    shutil.copytree(template, folder, dirs_exist_ok=True)
    files = {
        name: folder / "packages" / path.name for name, path in _package_files(template).items()
    }
    report = PackageReport(files=files, total=DOCUMENTS)
    return TeamSetup(open_project(folder / "team.db", annotator="lead"), report)


def _package_files(folder: Path) -> dict[str, Path]:
    return {name: folder / "packages" / f"team-{name}.db" for name in ANNOTATORS}


def _build(folder: Path, *, annotate: bool) -> TeamSetup:
    project = create_project(folder / "team.db", annotator="lead")
    for i in range(DOCUMENTS):
        project.add_document(SourceDocument(text=text_of(i), title=f"Bài {i:02d}"))
    options = PackageOptions(annotators=ANNOTATORS, out=folder / "packages", overlap=2, seed=7)
    report = create_packages(project, options)
    if annotate:
        for name, path in report.files.items():
            annotate_package(path, name)
    return TeamSetup(project, report)
