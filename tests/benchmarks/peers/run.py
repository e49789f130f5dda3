"""Running the peer benchmark: every step by every tool, interleaved, ROUNDS times.

In each round every step runs once per tool, the tools in a rotating order,
so a slow moment of the shared machine does not fall on one tool only. The
first round's exports are also checked against the input spans.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.benchmarks.peers import checks
from tests.benchmarks.peers.client import PeerError
from tests.benchmarks.peers.corpus import BIG_SPANS, Workload, spans_by_text
from tests.benchmarks.peers.report import Results
from tests.benchmarks.peers.servers import PeakMemory
from tests.benchmarks.peers.tool import Handle, Kind, Tool

IMPORT_FOLDER = "import plain articles, folder of .txt"
IMPORT_JSONL = "import the same articles, one JSONL file"
IMPORT_ANNOTATED = "import annotated documents, JSONL"
EXPORT_JSONL = "export JSONL (Label Studio: JSON)"
EXPORT_CONLL = "export CoNLL"
READ = "read one 50,000-character document with 3,000 spans"
IMPORTS = [IMPORT_FOLDER, IMPORT_JSONL, IMPORT_ANNOTATED]
# The same import until the project is fully searchable: ours indexes the first
# documents of a large import at once and the rest on demand (`annotator index`,
# run and timed right after the import, so none of it overlaps a later step);
# the peers keep no full-text index, so for them it is the import itself.
SEARCHABLE = {step: f"{step}, then fully searchable" for step in IMPORTS}
READS = [EXPORT_JSONL, EXPORT_CONLL, READ]
STEPS = [row for step in IMPORTS for row in (step, SEARCHABLE[step])] + READS
READS_PER_ROUND = 5
# What --steps can choose; "annotated" includes the exports of what it imported.
STEP_GROUPS = ("folder", "jsonl", "annotated", "read")


@dataclass
class Check:
    tool: str
    what: str
    summary: str
    ok: bool


class Runner:
    """Runs the steps for a set of started tools and collects the results."""

    def __init__(
        self,
        tools: list[Tool],
        workload: Workload,
        scratch: Path,
        steps: tuple[str, ...] = STEP_GROUPS,
    ) -> None:
        self.tools = tools
        self.steps = steps
        self.workload = workload
        self.scratch = scratch
        self.results = Results([t.name for t in tools])
        self.checks: list[Check] = []
        self.expected = spans_by_text([workload.annotated_jsonl])
        self.readers: dict[str, Callable[[], int]] = {}

    def prepare_reads(self) -> None:
        """Import the large document into each tool once (not timed)."""
        if "read" not in self.steps:
            return
        for tool in self.tools:
            handle = tool.create(Kind.BIG, self.workload.big_jsonl)
            tool.load(handle, self.workload.big_jsonl, 1)
            self.readers[tool.name] = tool.reader(handle)

    def run(self, rounds: int, log: Callable[[str], None]) -> Results:
        for number in range(rounds):
            order = self.tools[number % len(self.tools) :] + self.tools[: number % len(self.tools)]
            for tool in order:
                log(f"round {number + 1}: {tool.name}")
                self._round(tool, number)
        return self.results

    def _round(self, tool: Tool, number: int) -> None:
        w = self.workload
        if "folder" in self.steps:
            before = tool.footprint()
            self._import(tool, IMPORT_FOLDER, Kind.FOLDER, w.folder, w.articles)
            if number == 0 and not self.results.failures.get((IMPORT_FOLDER, tool.name)):
                self.results.add_disk(tool.name, tool.footprint() - before, w.articles)
        if "jsonl" in self.steps:
            self._import(tool, IMPORT_JSONL, Kind.PLAIN_JSONL, w.plain_jsonl, w.articles)
        if "annotated" in self.steps:
            annotated = self._import(
                tool, IMPORT_ANNOTATED, Kind.ANNOTATED, w.annotated_jsonl, w.annotated
            )
            if annotated is not None:
                self._exports(tool, annotated, first=number == 0)
        if "read" in self.steps:
            self._read(tool)

    def _measure(self, step: str, tool: Tool, action: Callable[[], object]) -> object | None:
        """Time `action`, sampling the tool's memory; a failure is recorded, not raised."""
        with PeakMemory(tool.memory_roots) as memory:
            start = time.perf_counter()
            try:
                result = action()
            except (PeerError, RuntimeError, OSError, ValueError, KeyError) as exc:
                self.results.failures[step, tool.name].append(str(exc)[:300])
                return None
            seconds = time.perf_counter() - start
        self.results.add_time(step, tool.name, seconds)
        self.results.add_memory(step, tool.name, memory.peak)
        return result

    def _import(
        self, tool: Tool, step: str, kind: Kind, source: Path, expected: int
    ) -> Handle | None:
        handle = tool.create(kind, source)
        tool.phases = {}
        done = self._measure(step, tool, lambda: tool.load(handle, source, expected) or True)
        if done:
            self._searchable(tool, step, handle)
        if done and tool.phases:
            parts = ", ".join(
                f"{name} {value:.1f} s" if isinstance(value, float) else f"{name}: {value}"
                for name, value in tool.phases.items()
            )
            self.results.notes.append(f"{tool.name}, {step}: {parts}")
        return handle if done else None

    def _searchable(self, tool: Tool, step: str, handle: Handle) -> None:
        """The import's time plus the work it left for later (ours: the search index)."""
        imported = self.results.times[step, tool.name][-1]
        with PeakMemory(tool.memory_roots) as memory:
            start = time.perf_counter()
            try:
                tool.finish_deferred(handle)
            except (PeerError, RuntimeError, OSError) as exc:
                self.results.failures[SEARCHABLE[step], tool.name].append(str(exc)[:300])
                return
            seconds = time.perf_counter() - start
        self.results.add_time(SEARCHABLE[step], tool.name, imported + seconds)
        self.results.add_memory(SEARCHABLE[step], tool.name, memory.peak)

    def _exports(self, tool: Tool, handle: Handle, *, first: bool) -> None:
        out = self.scratch / tool.name.replace(" ", "-")
        shutil.rmtree(out, ignore_errors=True)
        exported = self._measure(
            EXPORT_JSONL, tool, lambda: tool.export_jsonl(handle, out / "jsonl")
        )
        if first and isinstance(exported, Path):
            check = checks.compare_spans(self.expected, tool.spans(exported))
            self.checks.append(Check(tool.name, "exported spans", check.summary(), check.ok))
        if not tool.has_conll:
            self.results.unsupported.add((EXPORT_CONLL, tool.name))
            return
        conll = self._measure(EXPORT_CONLL, tool, lambda: tool.export_conll(handle, out / "conll"))
        if first and isinstance(conll, Path):
            entities = checks.compare_conll(self.expected, conll)
            self.checks.append(Check(tool.name, "CoNLL entities", entities.summary(), entities.ok))

    def _read(self, tool: Tool) -> None:
        read = self.readers.get(tool.name)
        if read is None:
            return
        for _ in range(READS_PER_ROUND):
            count = self._measure(READ, tool, read)
            if count is not None and count != BIG_SPANS:
                self.results.failures[READ, tool.name].append(f"{count} spans, not {BIG_SPANS}")
