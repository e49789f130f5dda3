"""What a suggest run reports: its progress, its failures and its outcome."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from annotator.app.suggest.withdrawing import Withdrawn
from annotator.core.changes import ChangeSet
from annotator.core.errors import AnnotatorError


class SuggestError(AnnotatorError):
    """The suggesters could not run at all (as opposed to failing on one document)."""


@dataclass(frozen=True)
class DocumentFailure:
    doc_id: int
    reason: str


@dataclass(frozen=True)
class SuggestProgress:
    """Sent after every finished document; `change` is what the store applied."""

    done: int
    total: int
    failed: int
    elapsed: float
    eta: float | None
    doc_id: int
    change: ChangeSet | None = None


@dataclass(frozen=True)
class SuggestReport:
    documents: int
    added: int
    failures: tuple[DocumentFailure, ...]
    cancelled: bool
    seconds: float
    relations: int = 0
    # (label, surface) of each suggestion the project's memory held back (rejected
    # twice and never accepted), in the order met
    held_back: tuple[tuple[str, str], ...] = ()
    min_confidence: float = 0.0  # the least confidence a stored suggestion needed
    already: int = 0  # spans found that the documents already had, in any state
    # Pending suggestions of earlier runs the memory holds back now: withdrawn by the run, or
    # left for the caller to withdraw (`suggest_documents(withdraw=False)`, the window)
    withdrawn: tuple[Withdrawn, ...] = ()
    # What the project's Annotate ▸ Suggesters (or the caller) left out: "rules", "model",
    # "memory"
    left_out: tuple[str, ...] = ()

    def held_back_names(self, most: int = 8) -> list[str]:
        """The distinct held-back surfaces as `“surface” (LABEL)`, the first `most` of them
        and "…" when there were more."""
        names = list(dict.fromkeys(f"“{s}” ({label})" for label, s in self.held_back))
        return names[:most] + (["…"] if len(names) > most else [])


ProgressFn = Callable[[SuggestProgress], None]
