"""Where the reader was in a project: saved on closing it, scrolled back to on opening it.

Opening a document writes nothing: it used to save itself as the place to come
back to, a committed transaction per document passed with the arrow keys, which
also waited on another program's lock and, when it met a backup restored over
the open project, used up the one notice of it without showing it. The place
is saved with the linguist's next edit of the document opened (right after it,
so a crash still comes back to the document last worked on) and on closing.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QTimer

from annotator.core.errors import AnnotatorError
from annotator.store.errors import ProjectFileError

READING_KEY = "gui.reading_position"  # {"doc_id": int, "position": int}


class ReadingPositionMixin:
    """The window's reading place, kept in the project's settings (so it travels with the
    file, not with the machine); a document removed since opens nothing."""

    def _note_place(self, doc_id: int) -> None:
        """The document just opened is the place to come back to: saved with its first edit."""
        self._unsaved_place: int | None = doc_id

    def _save_place_with_edit(self, changes) -> None:
        """After an edit of the document opened last, save it as the place (once per opening).

        The edit itself has just been written, so the file is there, ours and
        unlocked; should this write still fail, it is said as a refused edit is.
        """
        doc_id = getattr(self, "_unsaved_place", None)
        if doc_id is None or doc_id not in changes.doc_ids or self.project.read_only:
            return
        self._unsaved_place = None
        # Any other refusal is not the file's: the place is saved on closing instead.
        with contextlib.suppress(AnnotatorError):
            try:
                self.project.set_setting(READING_KEY, {"doc_id": doc_id, "position": 0})
            except ProjectFileError as exc:
                self.context.session.report_failure(exc)

    def _remember_reading_position(self) -> None:
        doc_id = self.current_doc_id()
        if self.context is not None and doc_id is not None:
            self._bookmark(doc_id, int(self.editor.first_visible_position()))

    def _bookmark(self, doc_id: int, position: int) -> None:
        """Save the reading place, where the file can take it (not read-only, gone or full)."""
        self._unsaved_place = None
        if not self.project.read_only:
            with contextlib.suppress(AnnotatorError):
                self.project.set_setting(READING_KEY, {"doc_id": doc_id, "position": position})

    def _restore_reading_position(self) -> None:
        saved = self.project.get_setting(READING_KEY) or {}
        doc_id, position = saved.get("doc_id"), saved.get("position", 0)
        if doc_id is None or not self.project.document_count():
            rows = self.project.document_rows(limit=1)
            doc_id, position = (rows[0].id if rows else None), 0
        try:
            self.open_document(doc_id)
        except AnnotatorError:  # the document was removed since
            self.open_document(None)
            return
        if doc_id is not None and position:
            self._scroll_when_laid_out(doc_id, int(position))

    def _scroll_when_laid_out(self, doc_id: int, position: int) -> None:
        """Scroll now and again once the window has its final size (after show)."""
        self.editor.scroll_to_position(position)

        def again() -> None:
            if self.current_doc_id() == doc_id:
                self.editor.scroll_to_position(position)

        QTimer.singleShot(0, again)
