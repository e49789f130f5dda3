"""The reading work of an import: whole files, and pieces of multi-record files, in order.

A file of a multi-record format (JSONL, CoNLL, PhoNER lines; any file over
the article limit whose reader reads records) is cut into pieces of whole
records here, as it is read from disk; every other file is one job read
whole. Jobs go to worker processes in requests of a bounded size, so a
million-record file needs no more memory than a few pieces, and come back in
order. Each piece is stored in its own transaction (see importer).
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import chain
from pathlib import Path

from annotator.app.importing.reading import (
    FileResult,
    ImportOptions,
    choose_reader,
    file_size,
    read_file,
    read_head,
    with_units,
    with_units_all,
)
from annotator.app.importing.workers import (
    CHUNKS_PER_WORKER,
    MIN_FILES_FOR_WORKERS,
    worker_count,
)
from annotator.app.workers import WorkerPool, map_in_workers
from annotator.core.errors import ImportFailure
from annotator.core.messages import message
from annotator.core.model import SourceDocument
from annotator.formats import records
from annotator.formats.records import HINT_BYTES, Piece
from annotator.formats.references import keeping_references
from annotator.formats.registry import reader_named, readers

# A request to a worker holds at most this many jobs, or about this many bytes of pieces.
REQUEST_JOBS = 24
REQUEST_BYTES = 1 << 20
# The first requests are smaller (a piece or two each, growing), so the writer
# receives its first documents soon after the workers start.
FIRST_REQUEST_BYTES = 1 << 18


@dataclass(frozen=True)
class Job:
    """One file read whole (`piece` None), or one piece of a file its `reader` reads in pieces."""

    path: str
    piece: Piece | None = None
    reader: str = ""
    part: int = 0
    last: bool = True


def _record_extensions() -> tuple[str, ...]:
    """Extensions only readers of records claim (.jsonl, .json): such files are always cut.

    A file of a shared extension (.txt, .conll) is looked at only when it is
    larger than an article: the article path stays as light as it was.
    """
    claims: dict[str, list[bool]] = {}
    for reader in readers():
        for ext in reader.extensions:
            claims.setdefault(ext.lower(), []).append(reader.records is not None)
    return tuple(ext for ext, by in claims.items() if ext and all(by))


def plan(paths: Iterable[Path], options: ImportOptions) -> Iterator[Job]:
    """The jobs of every file, in order; pieces are cut as the files are read."""
    extensions = _record_extensions()
    for path in paths:
        yield from _jobs_of(Path(path), options, extensions)


def _jobs_of(path: Path, options: ImportOptions, extensions: tuple[str, ...]) -> Iterator[Job]:
    whole = [Job(str(path))]
    try:
        size = file_size(path)
        if not path.name.lower().endswith(extensions) and size <= options.max_bytes:
            yield from whole
            return
        head = read_head(path, HINT_BYTES)
        reader = choose_reader(path, head, options)
    except ImportFailure:
        yield from whole  # reading it whole reports why it cannot be read
        return
    decision = reader.records(path, head) if reader.records is not None else None
    if decision is None:
        yield from whole
        return
    boundary, hints = decision
    yield from _pieces(path, reader.name, options, boundary, hints)


def _pieces(
    path: Path,
    reader: str,
    options: ImportOptions,
    boundary: records.Boundary,
    hints: records.Hints,
) -> Iterator[Job]:
    previous: Piece | None = None
    part = 0
    try:
        with path.open("rb") as stream:
            split = records.split(
                stream, limit=options.max_record_bytes, boundary=boundary, hints=hints
            )
            for piece in split:
                if previous is not None:
                    yield Job(str(path), previous, reader, part, last=False)
                    part += 1
                previous = piece
    except OSError as exc:
        failure = Piece(
            b"", failure=message("unreadable from here on: {why}", why=exc.strerror or str(exc))
        )
        if previous is not None:
            yield Job(str(path), previous, reader, part, last=False)
            part += 1
        previous = failure
    if previous is None:
        yield Job(str(path))  # an empty file: reading it whole says so
    else:
        yield Job(str(path), previous, reader, part, last=True)


def read_job(job: Job, options: ImportOptions) -> FileResult:
    """What one job gives; every problem becomes part of the result (runs in workers)."""
    piece = job.piece
    if piece is None:
        return read_file(job.path, options)
    result = FileResult(job.path, part=job.part, last=job.last)
    name = Path(job.path).name
    if piece.failure:
        return replace(
            result, items=(ImportFailure("{name}, {failure}", name=name, failure=piece.failure),)
        )
    reader = reader_named(job.reader)
    try:
        with keeping_references(options.keep_references):
            items = with_units_all(reader.read(Path(job.path), piece.data, piece=piece))  # type: ignore[call-arg]
    except ImportFailure as exc:
        return replace(result, failure=exc.message)
    except RecursionError:
        return replace(
            result, failure=message("line {line} on: nested too deeply to be read", line=piece.line)
        )
    except (ValueError, TypeError, KeyError, IndexError, LookupError, OSError) as exc:
        reason = message(
            "unreadable from line {line}: ({error})",
            line=piece.line,
            error=f"{type(exc).__name__}: {exc}",
        )
        return replace(result, failure=reason)
    return replace(result, items=items)


def read_requests(request: list[Job], options: ImportOptions) -> list[FileResult]:
    """A worker's request: several jobs, answered in order."""
    return [read_job(job, options) for job in request]


def requests_of(jobs: Iterable[Job]) -> Iterator[list[Job]]:
    """Jobs grouped for workers: a few whole files, or about a megabyte of pieces.

    The first requests hold less (a quarter of that, doubling up to the
    full size), so the first documents reach the writer sooner.
    """
    batch: list[Job] = []
    weight = 0
    limit = FIRST_REQUEST_BYTES
    for job in jobs:
        batch.append(job)
        weight += len(job.piece.data) if job.piece is not None else REQUEST_BYTES // REQUEST_JOBS
        if len(batch) >= REQUEST_JOBS or weight >= limit:
            yield batch
            batch, weight = [], 0
            limit = min(limit * 2, REQUEST_BYTES)
    if batch:
        yield batch


def total_size(paths: Iterable[Path]) -> int:
    """The bytes of all the files (those that cannot be read count nothing)."""
    total = 0
    for path in paths:
        try:
            total += Path(path).stat().st_size
        except OSError:
            continue
    return total


def warm_up() -> None:
    """What a reading worker loads before its first request (workers.WARM_UP)."""
    readers()
    with_units(SourceDocument(text="Hà Nội."))


def read_all(
    paths: list[Path], *, options: ImportOptions, pool: WorkerPool | None = None
) -> Generator[FileResult, None, None]:
    """Every job's result, in order; a large import is read by worker processes.

    The calling process then only stores documents while the workers read
    the next files or pieces; only a few requests wait in memory.
    `options.jobs == 1` reads everything in the calling thread. Workers of
    `pool` (started beforehand) are used first.
    """
    # Sizes matter only when the files are too few to decide (no stat per file otherwise).
    few = len(paths) < MIN_FILES_FOR_WORKERS
    workers = worker_count(options.jobs, len(paths), total_size(paths) if few else 0)
    jobs = plan(paths, options)
    if workers == 0:
        for job in jobs:
            yield read_job(job, options)
        return
    answers = map_in_workers(
        read_requests,
        requests_of(jobs),
        options,
        workers,
        per_request=1,
        in_flight=CHUNKS_PER_WORKER,
        pool=pool,
    )
    try:
        yield from chain.from_iterable(answers)
    finally:
        close = getattr(answers, "close", None)
        if close is not None:  # stop the workers at once, even on an early exit
            close()
