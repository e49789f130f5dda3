"""How the statistics tables' columns and titles read in the window.

The tables come from app.stats with plain keys (the command line prints them
and the CSV files keep them); the window shows them in the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP

from annotator.gui.i18n import _tr, number

COLUMNS = {
    "status": QT_TR_NOOP("status"),
    "documents": QT_TR_NOOP("documents"),
    "annotator": QT_TR_NOOP("annotator"),
    "new": QT_TR_NOOP("new"),
    "in_progress": QT_TR_NOOP("in progress"),
    "done": QT_TR_NOOP("done"),
    "reviewed": QT_TR_NOOP("reviewed"),
    "accepted_spans": QT_TR_NOOP("accepted spans"),
    "accepted_relations": QT_TR_NOOP("accepted relations"),
    "label": QT_TR_NOOP("label"),
    "origin": QT_TR_NOOP("origin"),
    "state": QT_TR_NOOP("state"),
    "spans": QT_TR_NOOP("spans"),
    "suggester": QT_TR_NOOP("suggester"),
    "kind": QT_TR_NOOP("kind"),
    "accepted": QT_TR_NOOP("accepted"),
    "rejected": QT_TR_NOOP("rejected"),
    "pending": QT_TR_NOOP("pending"),
    "acceptance": QT_TR_NOOP("acceptance"),
    "day": QT_TR_NOOP("day"),
    "actions": QT_TR_NOOP("actions"),
    "imported": QT_TR_NOOP("imported"),
    "finished_documents": QT_TR_NOOP("finished documents"),
    "rank": QT_TR_NOOP("rank"),
    "surface": QT_TR_NOOP("surface"),
    "count": QT_TR_NOOP("count"),
    "split": QT_TR_NOOP("split"),
}
TITLES = {
    "documents": QT_TR_NOOP("Documents by status"),
    "annotator_status": QT_TR_NOOP("Documents by annotator and status"),
    "annotators": QT_TR_NOOP("Work by annotator"),
    "spans": QT_TR_NOOP("Spans by label, origin and state"),
    "suggesters": QT_TR_NOOP("Suggestions by suggester"),
    "progress": QT_TR_NOOP("Progress over time"),
    "surfaces": QT_TR_NOOP("Most frequent surfaces per label"),
    "splits": QT_TR_NOOP("Label counts per export split"),
}


def column_heading(key: str) -> str:
    return _tr(COLUMNS.get(key, key))


def table_title(name: str, english: str) -> str:
    """The table's title in the interface language (English titles not listed stay)."""
    return _tr(TITLES[name]) if name in TITLES else english


# Words the charts show besides the titles and columns above (app.stats.charts).
CHART_WORDS = (
    QT_TR_NOOP("Spans by label and state"),
    QT_TR_NOOP("Suggestions reviewed, by suggester"),
    QT_TR_NOOP("suggestions"),
    QT_TR_NOOP("actions per day"),
    QT_TR_NOOP("documents done or reviewed"),
    QT_TR_NOOP("finished"),
    QT_TR_NOOP("span"),
    QT_TR_NOOP("relation"),
    QT_TR_NOOP("manual"),
)
# Columns whose cells hold words (statuses, states, origins, kinds, suggesters), not names.
WORD_COLUMNS = frozenset({"status", "state", "origin", "kind", "suggester"})


def cell_text(column: str, value: object) -> str:
    """A table cell as the window shows it: words of WORD_COLUMNS in the interface language."""
    if value is None:
        return ""
    if column in WORD_COLUMNS and isinstance(value, str):
        return _tr(value.replace("_", " "))
    return number(value)  # counts grouped, ratios with the language's decimal mark


def chart_word(english: str) -> str:
    """What a chart shows for `english` in the interface language (as given when unknown)."""
    return _tr(english)
