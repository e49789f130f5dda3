"""The window's view commands: zoom, arcs, find, preferences, guidelines, shortcuts, word mode."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from annotator.gui.dialog_keys import open_modal
from annotator.gui.editor.units import segmenter_words
from annotator.gui.preferences import (
    DEFAULT_SIZE,
    MAX_SIZE,
    MIN_SIZE,
    PreferencesDialog,
    reading_font,
)
from annotator.gui.settings import (
    FONT_SIZE,
    LABEL_TAGS,
    PARAGRAPH_GAP,
    SHOW_ARCS,
    preference,
    set_preference,
)
from annotator.store import default_annotator


class ViewCommandsMixin:
    """Commands that change how the window shows things (MainWindow provides the widgets)."""

    def apply_view_preferences(self) -> None:
        """Font, size, paragraph spacing and arcs from the preferences, on the editor."""
        self.editor.set_reading_font(reading_font(self.editor.font()))
        self.editor.set_paragraph_gap(float(preference(PARAGRAPH_GAP, 6)))
        shown = bool(preference(SHOW_ARCS, True))
        self.editor.set_show_arcs(shown)
        self.commands.show_arcs.setChecked(shown)
        tags = bool(preference(LABEL_TAGS, True))
        self.editor.set_label_tags(tags)
        self.commands.label_tags.setChecked(tags)

    def zoom(self, step: int) -> None:
        """Ctrl+= / Ctrl+- / Ctrl+0: the reading size, remembered for next time."""
        size = int(preference(FONT_SIZE, DEFAULT_SIZE))
        size = DEFAULT_SIZE if step == 0 else max(MIN_SIZE, min(MAX_SIZE, size + step))
        set_preference(FONT_SIZE, size)
        self.editor.set_reading_font(reading_font(self.editor.font()))
        self.status.showMessage(self.tr("Reading size {size} pt").format(size=size), 3000)

    def toggle_label_tags(self) -> None:
        """The room for hover tags costs lines on screen: a reader who wants them may drop it."""
        shown = self.commands.label_tags.isChecked()
        set_preference(LABEL_TAGS, shown)
        self.editor.set_label_tags(shown)

    def toggle_arcs(self) -> None:
        shown = self.commands.show_arcs.isChecked()
        set_preference(SHOW_ARCS, shown)
        self.editor.set_show_arcs(shown)

    def show_find_bar(self) -> None:
        if self._doc is not None:
            self.find_bar.open_bar()

    def _show_find_matches(self, matches, current) -> None:
        self.editor.set_find_matches(list(matches), current)

    def make_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(
            os_login=default_annotator(), base_font=self.editor.font(), parent=self
        )
        dialog.accepted.connect(lambda: self._preferences_chosen(dialog))
        return dialog

    def show_preferences(self) -> None:
        dialog = self.make_preferences()
        self.last_dialog = dialog
        open_modal(dialog, self.editor)

    def _preferences_chosen(self, dialog: PreferencesDialog) -> None:
        if dialog.language_changed():
            message = self.tr("The new language applies the next time the annotator starts.")
            self.status.showMessage(message, 10000)
        configured = default_annotator()
        dialog.save()
        self.apply_view_preferences()
        # Only a new name in Preferences re-signs the edits: OK on other choices keeps
        # the name in use (one chosen for someone else's work package, say).
        if self.context is not None and default_annotator() != configured:
            self.context.set_annotator(default_annotator())
            self.status.show_project(self.project)

    def show_guidelines(self) -> None:
        """F1: the guidelines dock beside the text (again: hide it)."""
        dock = self.docks["Guidelines"]
        visible = dock.isVisible() and not dock.visibleRegion().isEmpty()
        dock.setVisible(not visible)
        if not visible:
            dock.raise_()

    def show_shortcuts(self) -> QDialog:
        from annotator.gui.shortcuts_dialog import ShortcutsDialog

        schema = self.project.schema() if self.context is not None else None
        actions = [*self.commands.all_actions(), *self.corpus.actions.values()]
        dialog = ShortcutsDialog(actions=actions, schema=schema, parent=self)
        self.last_dialog = dialog
        open_modal(dialog, self.editor)
        return dialog

    def toggle_word_mode(self) -> None:
        """Annotate ▸ Select whole words: selections snap to segmented words, or syllables."""
        enabled = self.commands.word_mode.isChecked()
        if enabled and self._words is None:
            self._words = segmenter_words()
        self.editor.set_word_mode(enabled, self._words)
        self.status.show_word_mode(enabled)
        unit = self.tr("whole words") if enabled else self.tr("syllables")
        self.status.showMessage(self.tr("Selections snap to {unit}").format(unit=unit), 5000)

    def accept_all_pending(self) -> None:
        if self._doc is not None:
            self.editor.accept_all_pending()

    def reject_all_pending(self) -> None:
        if self._doc is not None:
            self.editor.reject_all_pending()
