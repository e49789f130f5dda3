"""Counts the window shows are grouped as the interface language groups them (1.234 / 1,234)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.core.model import SourceDocument
from annotator.core.operations import AddSuggestions
from annotator.store import create_project

DOCUMENTS = 1_234
SUGGESTIONS = 1_500


def _big_project(path: Path) -> None:
    """1,234 documents, the first with 1,500 suggestions."""
    with create_project(path, annotator="tester") as project:
        docs = (
            SourceDocument(text=f"Bài số {i} về Quốc hội.", title=f"Bài {i}")
            for i in range(DOCUMENTS)
        )
        added = [doc_id for _, doc_id in project.add_documents(docs)]
        text = " ".join(f"từ{i}" for i in range(SUGGESTIONS))
        many = project.add_document(SourceDocument(text=text, title="Dài"))
        assert None not in added and many is not None
        starts = [i for i, ch in enumerate(text) if i == 0 or text[i - 1] == " "]
        spans = tuple(
            (s, text.index(" ", s) if " " in text[s:] else len(text), "PER", "rules", 0.5)
            for s in starts
        )
        project.session().apply(AddSuggestions(many, spans))


@pytest.mark.parametrize(("language", "grouped"), [("vi", "1.235"), ("en", "1,235")])
def test_status_bar_statistics_and_document_list_group_digits(
    qtbot, make_window, tmp_path: Path, language: str, grouped: str
) -> None:
    from annotator.gui.i18n import install_translator

    _big_project(tmp_path / "big.db")
    install_translator(language)  # as at start: before the window is made
    try:
        window = make_window(tmp_path / "big.db")
        assert grouped in window.status.progress_label.text()  # Xong 0/1.235, 0 of 1,235 done
        table = window.documents.table
        model = table.model()
        row = model.row_of(max(window.project.document_ids()))
        index = model.index(row, 3)
        shown = table.itemDelegate().displayText(
            model.data(index, Qt.ItemDataRole.DisplayRole), table.locale()
        )
        assert shown == ("1.500" if language == "vi" else "1,500")
        window.open_document(max(window.project.document_ids()))
        characters = len(window.project.document(max(window.project.document_ids())).text)
        assert f"{characters:,}".replace(",", "." if language == "vi" else ",") in (
            window.info.meta.toPlainText()
        )  # the document panel's character count
        window.corpus.actions["statistics"].trigger()
        dialog = window.corpus.dialog
        qtbot.waitUntil(lambda: dialog.stats is not None, timeout=20000)
        grid = dialog.tabs.widget(0).widget(0)
        assert grouped in [grid.item(r, 1).text() for r in range(grid.rowCount())]
        dialog.close()
    finally:
        install_translator("en")


def test_chart_axes_group_digits_as_the_window_does(vietnamese, qtbot, make_window, tmp_path):
    """The spans chart counts up to 1.500: its axis says 1.000, not 1000."""
    import re

    from tests.gui.test_i18n_charts import _statistics

    _big_project(tmp_path / "big.db")
    dialog = _statistics(make_window(tmp_path / "big.db"), qtbot)
    ticks = [t.get_text() for t in dialog.canvases["spans"].figure.axes[0].yaxis.get_ticklabels()]
    assert any(re.fullmatch(r"1\.\d{3}", tick) for tick in ticks), ticks
    assert not any(re.fullmatch(r"\d{4,}", tick) for tick in ticks), ticks
