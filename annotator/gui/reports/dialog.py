"""Plain-text reports at the end of an import, a suggestion run or a training run."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.dialog_keys import open_modal
from annotator.gui.plaintext import plain_label

MIN_WIDTH, MIN_HEIGHT = 420, 160
# The widest a report grows for its lines (in average characters): longer lines wrap.
MEASURE_CHARACTERS = 110


class ReportDialog(QDialog):
    """A summary line and read-only details, never interpreted as HTML, sized to its content.

    Shown with `show_report` (modal over its window): the keys are in the details when it
    opens (arrows and Page Down scroll them), Enter or Escape close it, and the keys go back
    to where they were in the window.
    """

    def __init__(
        self, *, title: str, summary: str, details: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.summary = plain_label(summary, self)
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setPlainText(details)
        self.details.setVisible(bool(details))
        # Long reasons wrap at the dialog's edge, never run off to the right.
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.table = QTableWidget(self)
        self.table.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        buttons.accepted.connect(self.accept)
        # Enter closes it from the details too (a Close button is nobody's default in Qt).
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.fit_content()

    def set_rows(self, headers: list[str], rows: list[list[str]]) -> None:
        """Show a table (per-label scores), each cell as plain text."""
        self.table.setVisible(True)
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(headers)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.fit_content()

    def fit_content(self) -> None:
        """Wide enough for the longest detail line up to a readable measure (longer lines
        wrap), tall enough for all of it as wrapped: within the screen."""
        screen = self.screen() or QApplication.primaryScreen()
        area = screen.availableGeometry()
        metrics = self.details.fontMetrics()
        lines = self.details.toPlainText().splitlines() if self.details.isVisibleTo(self) else []
        longest = max((metrics.horizontalAdvance(line) for line in lines), default=0)
        table_width, table_height = self._table_size()
        measure = metrics.averageCharWidth() * MEASURE_CHARACTERS
        width = max(MIN_WIDTH, min(longest, measure) + 60, table_width + 60)
        width = min(width, int(area.width() * 0.9))
        text_width = max(width - 60, 1)
        rows = sum(max(1, -(-metrics.horizontalAdvance(line) // text_width)) for line in lines)
        summary_height = self.summary.heightForWidth(width - 40)
        height = summary_height + table_height + metrics.lineSpacing() * rows + 110
        height = min(max(MIN_HEIGHT, height), int(area.height() * 0.85))
        self.resize(width, height)

    def _table_size(self) -> tuple[int, int]:
        if not self.table.isVisibleTo(self):
            return 0, 0
        width = sum(self.table.columnWidth(c) for c in range(self.table.columnCount()))
        height = self.table.horizontalHeader().height() + sum(
            self.table.rowHeight(r) for r in range(self.table.rowCount())
        )
        return width, height


def show_report(dialog: ReportDialog, keys: Iterable[QAction] = ()) -> ReportDialog:
    """Show a report as every other question is shown (`dialog_keys.open_modal`), with the
    window's `keys` (Undo, Redo: a report may say "Ctrl+Z puts them back") working in it.

    Shown bare (`show()`), a report had no keys on a desktop with no window
    manager (nothing activates a window that is not modal), so it could be
    neither scrolled nor closed from the keyboard, and the window's keys went
    nowhere while it stood.
    """
    dialog.addActions(list(keys))
    open_modal(dialog)
    return dialog
