"""Commands on documents: open, step, mark done (asking about pending suggestions), reopen,
mark reviewed, rename and delete (with confirmation; all undoable)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QCheckBox, QInputDialog, QLineEdit, QMenu, QMessageBox

from annotator.core.errors import AnnotatorError
from annotator.core.model import DONE, IN_PROGRESS, NEW, REVIEWED
from annotator.core.operations import Batch, DeleteDocument, SetStatus, SetTitle
from annotator.gui.dialog_keys import open_modal
from annotator.gui.i18n import _tr
from annotator.gui.messages import shown
from annotator.gui.plaintext import excerpt, message_box
from annotator.gui.reports.counts import counted
from annotator.gui.settings import CONFIRM_DONE_PENDING, preference, set_preference
from annotator.store.document_filter import DocumentFilter

UNFINISHED = (NEW, IN_PROGRESS)


class DocumentCommandsMixin:
    """Document-level commands of the main window (it provides context, editor, panels).

    Questions are asked with non-blocking boxes (`last_question`), so tests and
    scripts can answer them like a user.
    """

    last_question: QMessageBox | None = None

    def current_doc_id(self) -> int | None:
        return None if self._doc is None else self._doc.id

    def step_document(self, step: int) -> None:
        """Open the next (1) or previous (-1) document of the list."""
        model = self.documents.model
        if model is None or not model.rowCount():
            return
        row = model.row_of(self.current_doc_id()) if self._doc else None
        row = 0 if row is None else max(0, min(model.rowCount() - 1, row + step))
        self.open_document(model.doc_id_at(row))

    def listed_unfinished(self) -> list[int]:
        """The unfinished documents the list shows, in its order (its filters applied)."""
        shown = self.documents.list_filter()
        kept = UNFINISHED if shown.statuses is None else shown.statuses
        unfinished = replace(shown, status=tuple(s for s in UNFINISHED if s in kept))
        if not unfinished.statuses:
            return []
        if unfinished == DocumentFilter(status=unfinished.statuses):  # by status alone
            return self.project.document_ids(status=unfinished.statuses)
        count = self.project.document_count(unfinished)
        return [row.id for row in self.project.document_rows(unfinished, limit=count)]

    def next_unfinished(self, after: int | None) -> int | None:
        """The next unfinished document the list shows: a linguist who filtered the
        list to some articles works through those, never one the list hides."""
        ids = [i for i in self.listed_unfinished() if i != after]
        later = [i for i in ids if after is None or i > after]
        return (later or ids or [None])[0]

    # -- done, with a question when suggestions are pending ----------------------------

    def pending_in(self, doc_id: int) -> tuple[int, int]:
        """(pending spans, pending relations) of a document."""
        spans = sum(1 for s in self.project.spans(doc_id) if s.state == "pending")
        relations = sum(1 for r in self.project.relations(doc_id) if r.state == "pending")
        return spans, relations

    def mark_done_and_next(self) -> None:
        doc_id = self.current_doc_id()
        if doc_id is None:
            return
        self.info.flush()
        spans, relations = self.pending_in(doc_id)
        if (spans or relations) and preference(CONFIRM_DONE_PENDING, True):
            self._ask_done_with_pending(doc_id, spans, relations)
            return
        self._mark_done(doc_id)

    def _ask_done_with_pending(self, doc_id: int, spans: int, relations: int) -> None:
        text = self.tr(
            "This document still has {pending}. Marked done, they stay "
            "pending and exports leave them out."
        ).format(pending=self._pending_words(spans, relations))
        box = message_box(self, self.tr("Mark done"), text, ask=False)
        box.setIcon(QMessageBox.Icon.Question)
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        done = box.addButton(self.tr("Mark done anyway"), QMessageBox.ButtonRole.AcceptRole)
        review = box.addButton(self.tr("Review them"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(review)
        never = QCheckBox(self.tr("Don't ask again (Preferences can turn it back on)"))
        box.setCheckBox(never)

        def answered(_result: int) -> None:
            if never.isChecked():
                set_preference(CONFIRM_DONE_PENDING, False)
            if box.clickedButton() is done:
                self._mark_done(doc_id)
            elif box.clickedButton() is review:
                self.review.step(1, after=(-1, -1, -1))

        box.finished.connect(answered)
        box.finished.connect(box.deleteLater)  # a hidden box would stay the active window
        self.last_question = box
        open_modal(box, self.editor)

    def _pending_words(self, spans: int, relations: int) -> str:
        """ "29 pending suggestions", "2 pending relations", or both: never "0 pending relations"."""
        return self._counts_words(((spans, "pending suggestion"), (relations, "pending relation")))

    def _counts_words(self, counts: tuple[tuple[int, str], ...]) -> str:
        """Two counts with their nouns, leaving out a zero ("" when both are)."""
        parts = [counted(count, noun) for count, noun in counts if count]
        if len(parts) < 2:
            return "".join(parts)
        return self.tr("{spans} and {relations}").format(spans=parts[0], relations=parts[1])

    def _mark_done(self, doc_id: int) -> None:
        self.context.apply(SetStatus(doc_id=doc_id, status=DONE), source=self)
        following = self.next_unfinished(doc_id)
        if following is not None:
            self.open_document(following)
            # What the bar said was about the document just closed ("Suggested … Enter
            # accepts"): say what happened instead, and how to take it back.
            text = self.tr("“{done}” marked done (Ctrl+Z takes it back) · now “{now}”")
            titles = [excerpt(self.project.document(i).title, 40) for i in (doc_id, following)]
            self.status.showMessage(text.format(done=titles[0], now=titles[1]), 8000)
        elif not self.documents.list_filter().keeps_everything:
            self.status.showMessage(self.tr("Every document in the list is done."), 5000)
        else:
            self.status.showMessage(self.tr("Every document is done."), 5000)

    # -- every unfinished document of the list at once -----------------------------------

    def ask_mark_listed_done(self) -> None:
        """An imported annotated corpus arrives new: training and exports take only done
        documents, and marking thousands one by one is no way to get there."""
        if self.context is None:
            return
        ids = self.listed_unfinished()
        if not ids:
            self.status.showMessage(self.tr("No unfinished document in the list."), 5000)
            return
        text = self.tr(
            "Mark the {documents} of the list done? Edit ▸ Undo (Ctrl+Z) takes them all back."
        ).format(documents=counted(len(ids), "unfinished document"))
        self._ask(self.tr("Mark done"), text, lambda: self.mark_listed_done(ids))

    def _ask(self, title: str, text: str, on_yes: Callable[[], object]) -> None:
        """A yes/no question that does not block the window; `on_yes` runs on Yes only.
        Kept as `last_question` so tests (and a second question) can find it."""
        box = message_box(self, title, text, ask=True)
        box.finished.connect(
            lambda result: on_yes() if result == QMessageBox.StandardButton.Yes else None
        )
        self.last_question = box
        open_modal(box, self.editor)

    def mark_listed_done(self, ids: list[int]) -> None:
        """One transaction and one undo step for all of them."""
        operations = tuple(SetStatus(doc_id=i, status=DONE) for i in ids)
        batch = Batch(operations=operations, description="mark listed documents done")
        if self._apply_guarded(batch) is not None:
            self.status.showMessage(
                self.tr("{documents} marked done (Ctrl+Z takes them back)").format(
                    documents=counted(len(ids), "document")
                ),
                8000,
            )

    # -- reopen, reviewed, rename, delete ---------------------------------------------------

    def set_document_status(self, status: str, doc_id: int | None = None) -> None:
        doc_id = self.current_doc_id() if doc_id is None else doc_id
        if doc_id is None or self.context is None:
            return
        self._apply_guarded(SetStatus(doc_id=doc_id, status=status))
        names = {IN_PROGRESS: self.tr("reopened"), REVIEWED: self.tr("marked reviewed")}
        self.status.showMessage(
            self.tr("Document {status} (Ctrl+Z takes it back)").format(
                status=names.get(status, status)
            ),
            5000,
        )

    def ask_rename_document(self, doc_id: int | None = None) -> None:
        doc_id = self.current_doc_id() if doc_id is None else doc_id
        if doc_id is None or self.context is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Rename document"))
        dialog.setLabelText(self.tr("Title:"))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(self.project.document(doc_id).title)
        dialog.textValueSelected.connect(lambda title: self.rename_document(doc_id, title))
        dialog.finished.connect(dialog.deleteLater)
        self.last_question = dialog
        open_modal(dialog, self.editor)

    def rename_document(self, doc_id: int, title: str) -> None:
        self._apply_guarded(SetTitle(doc_id=doc_id, title=title))

    def ask_delete_document(self, doc_id: int | None = None) -> None:
        doc_id = self.current_doc_id() if doc_id is None else doc_id
        if doc_id is None or self.context is None:
            return
        row = next(r for r in self.project.document_rows_around(doc_id, before=0, after=1))
        relations = len(self.project.relations(doc_id))
        held = self._counts_words(
            ((row.span_count + row.pending_count, "annotation"), (relations, "relation"))
        )
        if held:
            text = self.tr(
                "Delete “{title}” with its {held}? Edit ▸ Undo (Ctrl+Z) brings it back."
            ).format(title=row.title, held=held)
        else:
            text = self.tr("Delete “{title}”? Edit ▸ Undo (Ctrl+Z) brings it back.").format(
                title=row.title
            )
        self._ask(self.tr("Delete document"), text, lambda: self.delete_document(doc_id))

    def delete_document(self, doc_id: int) -> None:
        following = self.next_unfinished(doc_id) if doc_id == self.current_doc_id() else None
        if doc_id == self.current_doc_id():
            self.open_document(None)
        if self._apply_guarded(DeleteDocument(doc_id=doc_id)) is not None:
            if following is not None:
                self.open_document(following)  # first: opening clears the bar
            self.status.showMessage(self.tr("Document deleted (Ctrl+Z brings it back)"), 8000)

    def show_document_menu(self, doc_id: int, point: QPoint) -> QMenu:
        """The document list's context menu: for the selected documents when the one under
        the pointer is one of several selected, else for that one."""
        menu = QMenu(self)
        menu.setObjectName("documentMenu")
        chosen = self.documents.selected_doc_ids()
        entries = (
            self._selection_entries(chosen)
            if doc_id in chosen and len(chosen) > 1
            else (self._document_entries(doc_id))
        )
        for text, slot in entries:
            menu.addAction(text).triggered.connect(lambda _checked=False, s=slot: s())
        self._document_menu = menu
        menu.popup(point)
        return menu

    def _selection_entries(self, ids: list[int]) -> tuple:
        n = len(ids)
        return (
            (_tr("Mark %Ln document(s) done", "", n), lambda: self.mark_selected_done(ids)),
            (
                _tr("Reopen %Ln document(s)", "", n),
                lambda: self.set_documents_status(ids, IN_PROGRESS),
            ),
            (
                _tr("Mark %Ln document(s) reviewed", "", n),
                lambda: self.set_documents_status(ids, REVIEWED),
            ),
            (_tr("Delete %Ln document(s)…", "", n), lambda: self.ask_delete_documents(ids)),
        )

    def _document_entries(self, doc_id: int) -> tuple:
        return (
            (self.tr("Open"), lambda: self.open_document(doc_id)),
            (
                self.tr("Reopen (in progress)"),
                lambda: self.set_document_status(IN_PROGRESS, doc_id),
            ),
            (self.tr("Mark reviewed"), lambda: self.set_document_status(REVIEWED, doc_id)),
            (self.tr("Rename…"), lambda: self.ask_rename_document(doc_id)),
            (self.tr("Delete…"), lambda: self.ask_delete_document(doc_id)),
        )

    # -- the selected documents at once -----------------------------------------------------

    def mark_selected_done(self, ids: list[int]) -> None:
        """Mark the unfinished ones done (a reviewed document stays reviewed), as one step."""
        unfinished = set(self.project.document_ids(status=UNFINISHED))
        todo = [i for i in ids if i in unfinished]
        if todo:
            self.mark_listed_done(todo)
        else:
            self.status.showMessage(self.tr("The selected documents are all finished."), 5000)

    def set_documents_status(self, ids: list[int], status: str) -> None:
        """Reopen or mark reviewed every selected document, as one undo step."""
        operations = tuple(SetStatus(doc_id=i, status=status) for i in ids)
        if self._apply_guarded(Batch(operations, description="set status of documents")):
            text = (
                self.tr("{documents} reopened (Ctrl+Z takes them back)")
                if status == IN_PROGRESS
                else self.tr("{documents} marked reviewed (Ctrl+Z takes them back)")
            )
            self.status.showMessage(text.format(documents=counted(len(ids), "document")), 8000)

    def ask_delete_documents(self, ids: list[int]) -> None:
        text = self.tr(
            "Delete the {documents} with their annotations? Edit ▸ Undo (Ctrl+Z) brings them back."
        ).format(documents=counted(len(ids), "document"))
        self._ask(self.tr("Delete documents"), text, lambda: self.delete_documents(ids))

    def delete_documents(self, ids: list[int]) -> None:
        """One transaction and one undo step for all of them."""
        was_open = self.current_doc_id() in ids
        if was_open:
            self.open_document(None)
        operations = tuple(DeleteDocument(doc_id=i) for i in ids)
        if self._apply_guarded(Batch(operations, description="delete documents")) is not None:
            following = self.next_unfinished(None) if was_open else None
            if following is not None:
                self.open_document(following)
            self.status.showMessage(
                self.tr("{documents} deleted (Ctrl+Z brings them back)").format(
                    documents=counted(len(ids), "document")
                ),
                8000,
            )

    def _apply_guarded(self, op, *, source: object = None):
        try:
            return self.context.apply(op, source=source or self)
        except AnnotatorError as exc:
            self.status.showMessage(shown(exc), 8000)
            return None
