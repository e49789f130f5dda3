"""Plain-text reports at the end of an import, a suggestion run or a training run."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.plaintext import plain_label


class ReportDialog(QDialog):
    """A summary line and read-only details, never interpreted as HTML."""

    def __init__(
        self, *, title: str, summary: str, details: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 360)
        self.summary = plain_label(summary, self)
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setPlainText(details)
        self.details.setVisible(bool(details))
        self.table = QTableWidget(self)
        self.table.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.details)
        layout.addWidget(buttons)

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
