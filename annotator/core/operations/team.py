"""Team operations: merging annotators' layers and packages, and curating them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from annotator.core.operations.base import Operation
from annotator.core.team import LayerDocument

# --- team: layers and curation ----------------------------------------------


@dataclass(frozen=True)
class MergeLayer(Operation):
    """Replace `annotator`'s layer (spans, relations, own status) on each listed document.

    The layer as it was goes into a stash; the inverse is a SwapLayer naming
    it, so undo and redo give back the same rows with their ids. Merging the
    same content twice leaves the project as merging it once.
    """

    kind: ClassVar[str] = "merge_layer"
    annotator: str
    documents: tuple[LayerDocument, ...]
    description: str = ""

    def to_dict(self) -> dict[str, Any]:
        # A package holds hundreds of thousands of span tuples: JSON writes
        # tuples as lists itself, far faster than asdict's deep copy.
        return {
            "kind": self.kind,
            "annotator": self.annotator,
            "documents": self.documents,
            "description": self.description,
        }


@dataclass(frozen=True)
class CurateSpans(Operation):
    """Settle spans and relations of one document into the curated layer, in one step.

    `spans` are (start, end, label, source annotators); `relations` are
    (head, tail, type, source annotators), head and tail given as
    (start, end, label) of curated spans, this operation's or earlier ones.
    What the curated layer already holds is left as it is.
    """

    kind: ClassVar[str] = "curate_spans"
    doc_id: int
    spans: tuple[tuple[int, int, str, tuple[str, ...]], ...] = ()
    relations: tuple[
        tuple[tuple[int, int, str], tuple[int, int, str], str, tuple[str, ...]], ...
    ] = ()
    description: str = ""


@dataclass(frozen=True)
class MergePackage(Operation):
    """Replace `annotator`'s layer with a work package's, read from the package file attached.

    The rows go from file to file in SQL; the log keeps this record of the
    merge (which file, how many documents), and the inverse is a SwapLayer.
    """

    kind: ClassVar[str] = "merge_package"
    annotator: str
    package: str  # the file's name, for the record
    mapping: tuple[tuple[str, str], ...] = ()  # (old, new) label or relation type names
    description: str = ""


@dataclass(frozen=True)
class SwapLayer(Operation):
    """Put a stashed layer back on its documents, stashing the layer found there (undo, redo)."""

    kind: ClassVar[str] = "swap_layer"
    stash: int
    description: str = ""


@dataclass(frozen=True)
class CurateSpan(Operation):
    """Add a span to the curated layer, recording the annotators it came from."""

    kind: ClassVar[str] = "curate_span"
    doc_id: int
    start: int
    end: int
    label: str
    sources: tuple[str, ...] = ()
