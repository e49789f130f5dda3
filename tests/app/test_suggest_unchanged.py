"""Suggesting again where every suggestion is already there leaves no row in the history.

The store skips a suggestion the document already has, but the operation
was logged all the same: each run again wrote a step that did nothing, and
the window's "saved" time moved although nothing had changed.
"""

from __future__ import annotations

from annotator.app.suggest.storing import SuggestionWriter
from annotator.core.model import SourceDocument

FOUND = [(0, 7, "LOC", "rules", 0.9), (11, 14, "LOC", "rules", 0.9)]


def test_a_second_run_with_nothing_new_writes_nothing(project) -> None:
    doc = project.add_document(SourceDocument(text="Myanmar và Lào.", title="t"))
    writer = SuggestionWriter(project)
    first = writer.store(doc, FOUND)
    assert first is not None and len(first.spans_added) == 2
    logged = project.last_action()
    again = SuggestionWriter(project)
    assert again.store(doc, FOUND) is None
    assert (again.added, again.already) == (0, 2)
    assert project.last_action() == logged


def test_a_run_that_adds_one_suggestion_is_still_logged(project) -> None:
    doc = project.add_document(SourceDocument(text="Myanmar và Lào.", title="t"))
    SuggestionWriter(project).store(doc, FOUND[:1])
    logged = project.last_action()
    writer = SuggestionWriter(project)
    change = writer.store(doc, FOUND)
    assert change is not None and (writer.added, writer.already) == (1, 1)
    assert project.last_action() == logged + 1
