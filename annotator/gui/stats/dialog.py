"""The statistics view: each table of the corpus statistics with its chart (matplotlib, Qt canvas).

Counting runs in a background thread on its own connection; the charts
are the very figures `annotator stats --plot` saves, drawn by a
FigureCanvasQTAgg, so the window and the files never disagree.
"""

from __future__ import annotations

from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.app.exporting.splits import parse_ratios
from annotator.app.stats.charts import CHARTS
from annotator.app.stats.collect import CorpusStats, SplitOptions, Table, collect_stats
from annotator.app.stats.files import write_stats_files
from annotator.core.errors import AnnotatorError
from annotator.gui import file_dialogs
from annotator.gui.i18n import number
from annotator.gui.jobs import ThreadJob
from annotator.gui.messages import shown
from annotator.gui.plaintext import plain_label
from annotator.gui.stats.headings import cell_text, chart_word, column_heading, table_title
from annotator.store import CorpusReader

# Beyond this a table beside its chart scrolls sideways rather than squeeze the chart.
MAX_TABLE_WIDTH = 560
# Edits come in bursts (accept, move on, accept): count once they pause this long (ms).
RECOUNT_AFTER = 600


def _full_width(grid: QTableWidget) -> int:
    """The width that shows every column: the chart's share of the splitter hid the counts."""
    grid.resizeColumnsToContents()
    frame = 2 * grid.frameWidth()
    scroll = grid.verticalScrollBar().sizeHint().width()
    return (
        grid.verticalHeader().sizeHint().width() + grid.horizontalHeader().length() + frame + scroll
    )


class StatsDialog(QDialog):
    """Tabs of tables and charts; the split tab counts labels of an export's split.

    It is not modal: a linguist keeps it beside the text while reviewing. So
    it follows the project (`follow`): every change, made in this window or
    another, counts again once edits pause, and another project opened counts
    that one. Left alone, it showed the morning's figures all day.
    """

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Corpus statistics"))
        self.resize(980, 640)
        self._path = path
        self._job: ThreadJob | None = None
        self._split = False  # whether the last count asked for the split, to count alike again
        self._context = None  # the project context followed (its `changed` recounts)
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(RECOUNT_AFTER)
        self._recount.timeout.connect(lambda: self.count(split=self._split))
        self.stats: CorpusStats | None = None
        self.canvases: dict[str, FigureCanvasQTAgg] = {}
        self.tabs = QTabWidget(self)
        self.ratios = QLineEdit("8:1:1", self)
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 1_000_000)
        self.seed.setValue(13)
        self.split_button = QPushButton(self.tr("Count per split"), self)
        self.save_button = QPushButton(self.tr("Save CSV and PNG…"), self)
        self.save_button.setEnabled(False)
        self.summary = plain_label(self.tr("Counting…"), self)
        bottom = self._bottom_row()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.summary)
        self.split_button.clicked.connect(lambda: self.count(split=True))
        self.save_button.clicked.connect(self.ask_save)
        self.count(split=False)

    def _bottom_row(self) -> QHBoxLayout:
        """The split's ratios and seed, its button, Save and Close."""
        bottom = QHBoxLayout()
        bottom.addWidget(plain_label(self.tr("Split:"), self))
        bottom.addWidget(self.ratios)
        bottom.addWidget(plain_label(self.tr("seed"), self))
        bottom.addWidget(self.seed)
        bottom.addWidget(self.split_button)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        # Where no window manager draws a title bar, Esc was the only way out.
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.buttons)
        return bottom

    def follow(self, context) -> None:
        """Count again whenever the project of `context` changes (None: follow nothing)."""
        if self._context is not None:
            self._context.changed.disconnect(self._changed)
        self._context = context
        if context is None:
            return
        context.changed.connect(self._changed)
        if context.path != self._path:
            self._path = context.path
            self.count(split=self._split)

    def _changed(self, *_args) -> None:
        self._recount.start()  # restarted by each change of a burst

    def count(self, *, split: bool) -> None:
        """Count everything (with the split when asked) in the background."""
        self._split = split
        options = None
        if split:
            try:
                options = SplitOptions(parse_ratios(self.ratios.text()), self.seed.value())
            except ValueError as exc:
                self.summary.setText(shown(exc))
                return
        if self._job is not None:
            self._job.cancel()
        self.summary.setText(self.tr("Counting…"))
        path = self._path

        def work(_emit, cancel):
            with CorpusReader(path, cancel) as reader:
                return collect_stats(reader, split=options)

        self._job = ThreadJob(work, self)
        self._job.done.connect(self.show_stats)
        self._job.failed.connect(self.summary.setText)
        self._job.start()

    def show_stats(self, stats: CorpusStats) -> None:
        self.stats = stats
        current = self.tabs.currentIndex()
        self.tabs.clear()
        self.canvases.clear()
        titles = {
            "documents": self.tr("Documents"),
            "annotator_status": self.tr("By annotator"),
            "annotators": self.tr("Annotators"),
            "spans": self.tr("Spans"),
            "suggesters": self.tr("Suggesters"),
            "progress": self.tr("Progress"),
            "surfaces": self.tr("Frequent surfaces"),
            "splits": self.tr("Splits"),
        }
        for name, table in stats.tables.items():
            self.tabs.addTab(self._tab(name, table), titles.get(name, table.title))
            self.tabs.setTabToolTip(self.tabs.count() - 1, table_title(name, table.title))
        self.tabs.setCurrentIndex(max(0, current))
        self.save_button.setEnabled(True)
        self.summary.setText("")

    def _tab(self, name: str, table: Table) -> QWidget:
        grid = QTableWidget(len(table.rows), len(table.header), self)
        grid.setHorizontalHeaderLabels([column_heading(key) for key in table.header])
        grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(table.rows):
            for c, value in enumerate(row):
                cell = QTableWidgetItem(cell_text(table.header[c], value))
                if isinstance(value, (int, float)):
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                grid.setItem(r, c, cell)
        grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if name not in CHARTS or not table.rows:
            return grid
        canvas = FigureCanvasQTAgg(CHARTS[name](table, chart_word, number))
        canvas.setMinimumSize(360, 260)  # a chart laid out at zero size cannot place its axes
        self.canvases[name] = canvas
        grid.setMinimumWidth(min(_full_width(grid), MAX_TABLE_WIDTH))
        splitter = QSplitter(self)
        splitter.addWidget(grid)
        splitter.addWidget(canvas)
        splitter.setStretchFactor(1, 2)
        splitter.setCollapsible(0, False)
        return splitter

    def ask_save(self) -> None:
        folder = file_dialogs.existing_directory(self, self.tr("Save statistics into"))
        if folder:
            self.save(Path(folder) / "statistics")

    def save(self, directory: Path) -> list[Path]:
        if self.stats is None:
            return []
        try:
            written = write_stats_files(self.stats, directory)
        except (AnnotatorError, OSError) as exc:
            self.summary.setText(shown(exc))
            return []
        self.summary.setText(self.tr("Wrote %Ln file(s) to ", "", len(written)) + str(directory))
        return written

    def done(self, result: int) -> None:  # noqa: D401 (Qt override)
        self._recount.stop()
        self.follow(None)
        if self._job is not None:
            self._job.stop()
        super().done(result)
