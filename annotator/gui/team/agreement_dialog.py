"""The agreement report in a dialog: the figures, a heat map per pair and label, documents worst first."""

from __future__ import annotations

from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.app.team.chart import heatmap_figure
from annotator.gui.i18n import number
from annotator.gui.team.agreement_text import agreement_lines, figure, scale_name


class AgreementDialog(QDialog):
    """Shows one agreement report; double-clicking a document asks the window to open it."""

    documentChosen = Signal(int)

    def __init__(self, report: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Agreement between annotators"))
        self.resize(980, 680)
        self.metric_choice = QComboBox(self)
        self.metric_choice.addItem(self.tr("Span F1 (exact match)"), "f1")
        self.metric_choice.addItem(self.tr("Cohen's kappa (tokens)"), "kappa")
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlainText("\n".join(agreement_lines(report)))
        self.canvas = FigureCanvasQTAgg(
            heatmap_figure(report, "f1", scale=scale_name("f1"), cell=_cell)
        )
        self.documents = QTableWidget(self)
        self.documents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.documents.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._fill_documents()
        self.metric_choice.currentIndexChanged.connect(self._redraw)
        self.documents.cellDoubleClicked.connect(self._open_row)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Heat map of"), self))
        top.addWidget(self.metric_choice)
        top.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        upper = QSplitter(Qt.Orientation.Horizontal, splitter)
        upper.addWidget(self.text)
        upper.addWidget(self.canvas)
        upper.setSizes([460, 520])  # the figures' lines read whole beside the heat map
        splitter.addWidget(upper)
        splitter.addWidget(self.documents)
        # A Close button: where no window manager draws a title bar, Esc was the only way out.
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    def _fill_documents(self) -> None:
        headers = [
            self.tr("Document"),
            self.tr("Span F1"),
            self.tr("Kappa"),
            self.tr("Disagreements"),
            self.tr("Annotators"),
        ]
        rows = self.report["documents"]
        self.documents.setColumnCount(len(headers))
        self.documents.setHorizontalHeaderLabels(headers)
        self.documents.setRowCount(len(rows))
        for n, doc in enumerate(rows):
            values = [doc["title"] or f"#{doc['doc_id']}", doc["span_f1"], doc["kappa"]]
            values += [doc["disagreements"], ", ".join(doc["annotators"])]
            for column, value in enumerate(values):
                shown = figure(value) if column in (1, 2) else number(value)  # 0,870; None: –
                item = QTableWidgetItem(shown)
                item.setData(Qt.ItemDataRole.UserRole, doc["doc_id"])
                if column in (1, 2, 3):  # figures right-aligned, their decimals one above another
                    item.setTextAlignment(RIGHT)
                self.documents.setItem(n, column, item)

    def _redraw(self) -> None:
        metric = self.metric_choice.currentData()
        self.canvas.figure = heatmap_figure(
            self.report, metric, scale=scale_name(metric), cell=_cell
        )
        self.canvas.figure.set_canvas(self.canvas)
        self.canvas.draw_idle()

    def _open_row(self, row: int, _column: int) -> None:
        item = self.documents.item(row, 0)
        if item is not None:
            self.documentChosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _cell(value: float) -> str:
    """A heat map cell's figure as the interface writes it (0,87 in Vietnamese)."""
    return number(value, 2)
