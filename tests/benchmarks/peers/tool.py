"""What the benchmark asks of each tool: the same steps, driven the way a user drives that tool.

A tool is this project (through its command line) or a peer (through its
REST API, started from its own virtual environment). The runner times only
the steps below; creating a project and converting an input file into the
form a peer accepts happen before the clock starts.
"""

from __future__ import annotations

import abc
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path


class Kind(Enum):
    """What an import holds, which decides how a tool is asked to read it."""

    FOLDER = "plain articles, folder of .txt"
    PLAIN_JSONL = "the same articles, one JSONL file"
    ANNOTATED = "annotated documents, JSONL"
    BIG = "one large annotated document"


@dataclass
class Handle:
    """One project inside a tool, and what the tool needs to find it again."""

    kind: Kind
    ref: str  # a project file (ours) or a project id (peers)
    extra: dict[str, object] = field(default_factory=dict)


class Tool(abc.ABC):
    """One annotation tool under test."""

    name: str
    has_conll = True

    def __init__(self, work: Path) -> None:
        self.work = work
        # Seconds of the named parts of the last step (upload, import task...), for the report.
        self.phases: dict[str, float] = {}

    def start(self) -> None:  # noqa: B027 (most tools have servers to start; ours has none)
        """Start the tool's servers and wait until they answer (not timed)."""

    def stop(self) -> None:  # noqa: B027
        """Stop every process this tool started; safe to call twice or after a failure."""

    @abc.abstractmethod
    def memory_roots(self) -> list[int]:
        """Processes whose trees hold this tool's memory right now (servers, a running command)."""

    @abc.abstractmethod
    def footprint(self) -> int:
        """Bytes on disk of everything the tool stores: databases and upload copies."""

    @abc.abstractmethod
    def create(self, kind: Kind, source: Path) -> Handle:
        """An empty project for this import; converts `source` to the tool's format if needed."""

    @abc.abstractmethod
    def load(self, handle: Handle, source: Path, expected: int) -> None:
        """Import `source` into the project, waiting until the tool has finished with it."""

    def finish_deferred(self, handle: Handle) -> None:  # noqa: B027 (the peers defer nothing)
        """Do at once what the import left for later (ours: the search index of a large import)."""

    @abc.abstractmethod
    def export_jsonl(self, handle: Handle, out: Path) -> Path:
        """Export the project's documents and spans in the tool's JSON(L) format under `out`."""

    def export_conll(self, handle: Handle, out: Path) -> Path | None:
        """Export CoNLL under `out`; None where the tool has no CoNLL export."""
        return None

    @abc.abstractmethod
    def spans(self, exported: Path) -> dict[str, list[tuple[int, int, str]]]:
        """Spans by document text, read back from what export_jsonl wrote."""

    @abc.abstractmethod
    def reader(self, handle: Handle) -> Callable[[], int]:
        """A call that reads the project's one document as the tool shows it; returns its span count."""
