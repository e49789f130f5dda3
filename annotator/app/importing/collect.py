"""Finding the files of an import: folders walked in a stable order, what is left out reported.

Only the calling process needs this (and the report it fills); worker
processes import `reading`, which stays free of the report and its labels.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from annotator.app.importing.reading import ImportOptions
from annotator.app.importing.report import IGNORED, SKIPPED, ImportReport, Outcome
from annotator.core.messages import message
from annotator.formats.hf import is_dataset_metadata, parquet_twin
from annotator.formats.registry import readers


def collect_files(
    paths: Iterable[Path | str], *, options: ImportOptions, report: ImportReport
) -> list[Path]:
    """The files to import, in a stable order; folders are walked, hidden entries skipped.

    Only names are collected here, so a 10,000-file folder costs little memory.
    A path named explicitly is always tried, whatever its extension.
    """
    found: list[Path] = []
    matches = _matcher(options.patterns())
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(_walk(path, matches, report))
        else:
            found.append(path)
    return _without_twins(_without_companions(found))


def without_project_files(
    files: list[Path], *, project_path: Path | None, report: ImportReport
) -> list[Path]:
    """The files, less the open project's own (its file, log, index): each is reported.

    Reading one would open and close it in this process, and closing any
    descriptor of a file drops every lock the process holds on it (see
    store.file_reads): another program could then delete the log this
    project is writing to. None of them is an article anyway.
    """
    if project_path is None:
        return files
    base = os.path.realpath(project_path)
    own = {base} | {base + suffix for suffix in ("-wal", "-shm", "-journal")}
    kept = []
    for path in files:
        if os.path.realpath(path) in own:
            reason = message("the open project's own file: it is not an article and is not read")
            report.add(Outcome(str(path), SKIPPED, reason))
        else:
            kept.append(path)
    return kept


def _without_companions(paths: list[Path]) -> list[Path]:
    """The files, less those another listed file is read with (brat's `.txt` beside its `.ann`).

    Each pair is then read once, whichever of its files an import met.
    """
    companions = [r.companion for r in readers() if r.companion is not None]
    if not companions:
        return paths
    taken = {other for p in paths for c in companions if (other := c(p)) is not None}
    return [p for p in paths if p not in taken]


def _without_twins(paths: list[Path]) -> list[Path]:
    """The files, less what a Hugging Face export holds twice: each split's `.arrow` data
    when its Parquet twin is listed too (this tool's export writes both), and the
    dataset's description files. Like a brat pair, the rows are then read once."""
    listed = set(paths)
    return [
        path
        for path in paths
        if not is_dataset_metadata(path)
        and not (path.suffix.lower() == ".arrow" and parquet_twin(path) in listed)
    ]


def _matcher(patterns: tuple[str, ...]):  # type: ignore[no-untyped-def]
    lowered = tuple(p.lower() for p in patterns)
    # "*.txt" patterns are plain suffix tests; anything else goes through fnmatch.
    suffixes = tuple(
        p[1:] for p in lowered if p.startswith("*") and not any(c in p[1:] for c in "*?[")
    )
    others = tuple(p for p in lowered if p[1:] not in suffixes or not p.startswith("*"))
    described = " ".join(patterns)

    def matches(name: str) -> str | None:
        low = name.lower()
        if low.endswith(suffixes) or any(fnmatch.fnmatchcase(low, p) for p in others):
            return None
        return f"does not match {described}"

    return matches


def _walk(root: Path, matches, report: ImportReport) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    def unreadable(error: OSError) -> None:
        where = error.filename or str(root)
        report.add(
            Outcome(
                str(where),
                SKIPPED,
                message("unreadable folder: {why}", why=error.strerror or str(error)),
            )
        )

    for folder, dirs, files in os.walk(root, onerror=unreadable, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(folder, name)
            mismatch = matches(name)
            if mismatch is None:
                yield path
            else:
                report.add(Outcome(str(path), IGNORED, mismatch))
