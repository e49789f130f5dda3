"""This project, driven through its command line as a user runs it.

Imports and exports are `annotator import` and `annotator export` processes
(their start-up is part of what a user waits for); reading a document is
what the editor does with an open project: the document and its spans.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Callable
from itertools import count
from pathlib import Path
from typing import Any

from annotator.store import open_project
from tests.benchmarks.peers.corpus import spans_by_text
from tests.benchmarks.peers.tool import Handle, Kind, Tool

# Every input of the benchmark is one file or one folder; JSONL files are
# larger than the default per-file limit of the importer.
MAX_SIZE_MB = "2048"
COMMAND_TIMEOUT = 1800


class Ours(Tool):
    name = "ours"

    def __init__(self, work: Path) -> None:
        super().__init__(work)
        self.projects = work / "projects"
        self.projects.mkdir(parents=True, exist_ok=True)
        self._numbers = count(1)
        self._running: list[int] = []
        self._readers: list[Any] = []  # open projects, closed by stop()

    def _cli(self, *args: str) -> str:
        argv = [sys.executable, "-m", "annotator.cli", *args]
        process = subprocess.Popen(
            argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        )
        self._running.append(process.pid)
        try:
            output, _ = process.communicate(timeout=COMMAND_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            raise RuntimeError(f"annotator {args[0]} took over {COMMAND_TIMEOUT} s") from None
        finally:
            self._running.remove(process.pid)
        text = output.decode("utf-8", "replace")
        if process.returncode != 0:
            raise RuntimeError(f"annotator {' '.join(args)} failed:\n{text[-2000:]}")
        return text

    def stop(self) -> None:
        while self._readers:
            self._readers.pop().close()

    def memory_roots(self) -> list[int]:
        return list(self._running)

    def footprint(self) -> int:
        return sum(p.stat().st_size for p in self.projects.iterdir() if p.is_file())

    def create(self, kind: Kind, source: Path) -> Handle:
        path = self.projects / f"{kind.name.lower()}-{next(self._numbers)}.db"
        self._cli("new", str(path), "--annotator", "bench")
        return Handle(kind, str(path))

    def load(self, handle: Handle, source: Path, expected: int) -> None:
        self._cli("import", handle.ref, str(source), "--max-size", MAX_SIZE_MB, "--quiet")
        with contextlib.closing(open_project(Path(handle.ref), "bench")) as project:
            stored = project.document_count()
        if stored != expected:
            raise RuntimeError(f"ours stored {stored} documents, expected {expected}")

    def finish_deferred(self, handle: Handle) -> None:
        self._cli("index", handle.ref, "--quiet")

    def _export(self, handle: Handle, out: Path, *options: str) -> Path:
        self._cli("export", handle.ref, "--status", "any", "--out", str(out), "--quiet", *options)
        return out

    def export_jsonl(self, handle: Handle, out: Path) -> Path:
        return self._export(handle, out, "--format", "jsonl")

    def export_conll(self, handle: Handle, out: Path) -> Path | None:
        return self._export(handle, out, "--format", "conll", "--level", "syllable")

    def spans(self, exported: Path) -> dict[str, list[tuple[int, int, str]]]:
        return spans_by_text(sorted(exported.rglob("*.jsonl")))

    def reader(self, handle: Handle) -> Callable[[], int]:
        project = open_project(Path(handle.ref), "bench")
        self._readers.append(project)
        (doc_id,) = project.document_ids()

        def read() -> int:
            project.document(doc_id)
            return len(project.spans(doc_id))

        return read
