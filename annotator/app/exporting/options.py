"""The choices of an export, shared by the command line and the export dialog, and their check.

Kept apart from the run (app/exporting/run.py) so that what can be chosen, and the
message that refuses a choice that cannot work, read in one place.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from annotator.app.card_language import CARD_LANGUAGES
from annotator.app.exporting.select import Selection
from annotator.app.exporting.tokens import BLOCKS, LEVELS, TokenOptions
from annotator.app.team.layers import LAYER_CHOICES
from annotator.core.errors import ExportError
from annotator.formats import tagging
from annotator.formats.extras import unavailable_reason
from annotator.formats.layers import OUTERMOST, POLICIES
from annotator.formats.registry import writers


@dataclass(frozen=True)
class ExportOptions:
    """Every choice of an export, shared by the CLI and the export dialog."""

    format: str = "jsonl"
    out: Path | None = None
    selection: Selection = field(default_factory=Selection)
    tokens: TokenOptions = field(default_factory=TokenOptions)
    # "": each document's source scheme at level source, IOB2 otherwise.
    scheme: str = ""
    # None: -DOCSTART- where the document's source had it (always for others).
    docstart: bool | None = None
    overlap: str = OUTERMOST
    split: tuple[int, ...] = ()
    seed: int = 13
    stratify: bool = False
    duplicate_threshold: float = 0.8
    overwrite: bool = False
    max_layers: int = 3
    # Worker processes for large exports: 0 chooses one per CPU, 1 means none.
    jobs: int = 0
    # The language of the dataset card (README.md): "en" or "vi".
    card_language: str = "en"
    # Write each document's full source path (it names the linguist's folders);
    # by default from the folder it was imported from (app.exporting.sources).
    absolute_sources: bool = False

    def check(self) -> None:
        """Raise ExportError naming the first choice that cannot work."""
        self._check_names()
        if self.max_layers < 1:
            raise ExportError("the layers policy needs at least one layer")
        if self.jobs < 0:
            raise ExportError("jobs must be 0 (one per CPU), 1 (no workers) or more")
        if self.tokens.level not in LEVELS or self.tokens.block not in BLOCKS:
            raise ExportError(
                "level must be source, syllable or word, and blocks sentence or paragraph"
            )
        missing = unavailable_reason(self.format)
        if missing:
            raise ExportError(missing)

    def _check_names(self) -> None:
        """Refuse a format, scheme, policy, layer or card language this program does not know."""
        names = [w.name for w in writers()]
        if self.format not in names:
            raise ExportError(
                "unknown format {format!r}; choose one of {choices}",
                format=self.format,
                choices=", ".join(names),
            )
        if self.scheme and self.scheme not in tagging.SCHEMES:
            raise ExportError(
                "unknown tag scheme {scheme!r}; choose iob2 or bioes", scheme=self.scheme
            )
        if self.overlap not in POLICIES:
            raise ExportError(
                "unknown overlap policy {overlap!r}; choose {choices}",
                overlap=self.overlap,
                choices=", ".join(POLICIES),
            )
        if self.selection.layer not in LAYER_CHOICES:
            raise ExportError(
                "unknown layer {layer!r}; choose {choices}",
                layer=self.selection.layer,
                choices=", ".join(LAYER_CHOICES),
            )
        if self.card_language not in CARD_LANGUAGES:
            raise ExportError(
                "unknown card language {card_language!r}; choose {choices}",
                card_language=self.card_language,
                choices=", ".join(CARD_LANGUAGES),
            )

    def summary(self) -> dict[str, Any]:
        """The options as plain values, for the dataset card.

        The card travels with the dataset: it names the output folder by its
        own name, not by the path to it on the linguist's machine (full paths
        only with `absolute_sources`, as for the documents' sources).
        """
        data = asdict(self)
        out = self.out.resolve() if self.absolute_sources and self.out else self.out
        data["out"] = (str(out) if self.absolute_sources else out.name) if out else None
        return data
