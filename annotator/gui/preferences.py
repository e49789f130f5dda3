"""The Preferences dialog: who annotates, how the article reads, which questions are asked."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.core.user_config import config_dir, configured_annotator, save_annotator
from annotator.gui.i18n import system_language
from annotator.gui.plaintext import plain_label
from annotator.gui.settings import (
    CONFIRM_DONE_PENDING,
    FONT_FAMILY,
    FONT_SIZE,
    PARAGRAPH_GAP,
    SHOW_ARCS,
    UI_LANGUAGE,
    preference,
    set_preference,
)

DEFAULT_SIZE = 12
MIN_SIZE, MAX_SIZE = 8, 36


def reading_font(base: QFont) -> QFont:
    """The reading font the preferences ask for (the widget's font where unset)."""
    font = QFont(base)
    family = preference(FONT_FAMILY, "")
    if family:
        font.setFamily(family)
    font.setPointSizeF(float(preference(FONT_SIZE, DEFAULT_SIZE)))
    return font


class PreferencesDialog(QDialog):
    """Edits the preferences; on OK they are saved and the window applies them."""

    def __init__(self, *, os_login: str, base_font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.name_edit = QLineEdit(configured_annotator() or "", self)
        self.name_edit.setPlaceholderText(os_login)
        font = reading_font(base_font)
        self.font_box = QFontComboBox(self)
        self.font_box.setCurrentFont(font)
        self.size_spin = QSpinBox(self)
        self.size_spin.setRange(MIN_SIZE, MAX_SIZE)
        self.size_spin.setValue(round(font.pointSizeF()))
        self.size_spin.setSuffix(" pt")
        self.spacing_spin = QSpinBox(self)
        self.spacing_spin.setRange(0, 60)
        self.spacing_spin.setSuffix(" px")
        self.spacing_spin.setValue(int(preference(PARAGRAPH_GAP, 6)))
        self.arcs_check = QCheckBox(self.tr("Draw relations as arcs above the text"), self)
        self.arcs_check.setChecked(bool(preference(SHOW_ARCS, True)))
        self.confirm_check = QCheckBox(
            self.tr("Ask before marking a document done while suggestions are pending"), self
        )
        self.confirm_check.setChecked(bool(preference(CONFIRM_DONE_PENDING, True)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._who())
        layout.addWidget(self._reading())
        layout.addWidget(self._questions())
        layout.addWidget(self._interface())
        layout.addWidget(buttons)

    def _who(self) -> QGroupBox:
        group = QGroupBox(self.tr("Annotator"), self)
        form = QFormLayout(group)
        form.addRow(self.tr("Your name"), self.name_edit)
        hint = plain_label(
            self.tr(
                "Signs every edit from now on, in this window and on the command line "
                "(stored in {path}). Empty: your login name."
            ).format(path=config_dir()),
            group,
        )
        hint.setWordWrap(True)
        form.addRow("", hint)
        return group

    def _reading(self) -> QGroupBox:
        group = QGroupBox(self.tr("Reading"), self)
        form = QFormLayout(group)
        form.addRow(self.tr("Font"), self.font_box)
        form.addRow(self.tr("Size"), self.size_spin)
        form.addRow(self.tr("Space between paragraphs"), self.spacing_spin)
        form.addRow("", self.arcs_check)
        return group

    def _questions(self) -> QGroupBox:
        group = QGroupBox(self.tr("Confirmations"), self)
        form = QFormLayout(group)
        form.addRow(self.confirm_check)
        return group

    def _interface(self) -> QGroupBox:
        """The interface language: each name in its own language, so anyone finds theirs."""
        group = QGroupBox(self.tr("Interface"), self)
        form = QFormLayout(group)
        self.language_box = QComboBox(group)
        self.language_box.addItem(
            self.tr("As the system ({language})").format(language=system_language()), ""
        )
        self.language_box.addItem("Tiếng Việt", "vi")
        self.language_box.addItem("English", "en")
        index = self.language_box.findData(str(preference(UI_LANGUAGE, "") or ""))
        self.language_box.setCurrentIndex(max(index, 0))
        form.addRow(self.tr("Language"), self.language_box)
        hint = plain_label(
            self.tr("A new language applies the next time the annotator starts."), group
        )
        hint.setWordWrap(True)
        form.addRow("", hint)
        return group

    def language_changed(self) -> bool:
        """Whether OK changes the interface language (it applies at the next start)."""
        return self.language_box.currentData() != str(preference(UI_LANGUAGE, "") or "")

    def save(self) -> None:
        """Store every choice (called on OK)."""
        save_annotator(self.name_edit.text())
        set_preference(FONT_FAMILY, self.font_box.currentFont().family())
        set_preference(FONT_SIZE, self.size_spin.value())
        set_preference(PARAGRAPH_GAP, self.spacing_spin.value())
        set_preference(SHOW_ARCS, self.arcs_check.isChecked())
        set_preference(CONFIRM_DONE_PENDING, self.confirm_check.isChecked())
        set_preference(UI_LANGUAGE, self.language_box.currentData())
