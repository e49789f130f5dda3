"""Help ▸ Keyboard shortcuts: every key of the window, the editor and the label schema."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.gui.i18n import _tr


def editor_keys() -> list[tuple[str, str]]:
    """Keys of the article pane and the review lists (they are not menu actions)."""
    return [
        (
            _tr("Label key (1, 2, …)"),
            _tr(
                "label the selection (over one span of that label: correct its extent, "
                "and accept it if a suggestion; Ctrl+Z takes it back); "
                "on a suggestion, accept it as that label"
            ),
        ),
        ("Enter", _tr("accept the selected suggestion (span or relation)")),
        ("Backspace", _tr("reject the selected suggestion; delete an accepted span")),
        ("Delete", _tr("delete the selected span or relation")),
        (
            _tr("Space / Shift+Space"),
            _tr(
                "next / previous suggestion (at a document's last, the same key again goes to the next document)"
            ),
        ),
        ("Tab / Shift+Tab", _tr("cycle through the spans at the caret")),
        ("Alt+Down / Alt+Up", _tr("cycle through the spans at the caret")),
        ("R", _tr("start a relation from the selected span; then click or Tab+Enter the target")),
        ("Esc", _tr("cancel a relation, clear the selection, close the find bar")),
        ("Ctrl+Left / Ctrl+Right", _tr("move by syllable (by word in word mode)")),
        ("Ctrl+Shift+Left / Right", _tr("select by syllable (by word in word mode)")),
        (_tr("Double click"), _tr("select the syllable (or word) under the pointer")),
        (
            "Up / Down / Home / End",
            _tr("in the document list: go to a document and open it (with Shift: pick several)"),
        ),
    ]


def action_keys(actions) -> list[tuple[str, str]]:
    rows = []
    for action in actions:
        keys = ", ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
        )
        if keys:
            rows.append((keys, action.text().replace("&", "")))
    return rows


class ShortcutsDialog(QDialog):
    """A table of keys and what they do; the label keys come from the schema."""

    def __init__(self, *, actions, schema, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = editor_keys()
        if schema is not None:
            rows += [
                (label.key, self.tr("label {name}").format(name=label.name))
                for label in schema.labels
                if label.key
            ]
        rows += action_keys(actions)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("What it does")])
        self.table.verticalHeader().hide()
        for r, (key, meaning) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(key))
            self.table.setItem(r, 1, QTableWidgetItem(meaning))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, min(720, 60 + 26 * len(rows)))

    def keys(self) -> list[str]:
        return [self.table.item(r, 0).text() for r in range(self.table.rowCount())]
