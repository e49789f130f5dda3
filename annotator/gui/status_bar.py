"""Status bar: who annotates, where the caret is, how selections snap, how far the project is,
whether another window has it open, and when it was last saved."""

from __future__ import annotations

import re
import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from annotator.gui.i18n import in_every_language, number
from annotator.gui.message_log import MessageLog, MessageLogDialog
from annotator.gui.plaintext import plain_label, tooltip
from annotator.store.document_filter import DocumentFilter

# What the search-index field says (the catalogue has them under AnnotatorStatusBar).
INDEXING = QT_TRANSLATE_NOOP("AnnotatorStatusBar", "Indexing for search: {done} of {total}")
# One damaged document and several: English says "1 damaged document", "2 damaged documents".
LEFT_OUT_ONE = QT_TRANSLATE_NOOP("AnnotatorStatusBar", "Search cannot find 1 damaged document")
LEFT_OUT = QT_TRANSLATE_NOOP("AnnotatorStatusBar", "Search cannot find {count} damaged documents")
# Room kept between a transient message and the first permanent field (Qt's own margins).
MESSAGE_MARGIN = 16
# Pixels a field is wider than the longest text it shows: the room before the next field.
FIELD_ROOM = 12
# What a permanent field does that changes the room left for the message.
_ROOM_EVENTS = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)


def elided_at_word(text: str, metrics: QFontMetrics, width: int) -> str:
    """`text` when it fits in `width` pixels, else as many whole words as fit, then "…"."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    room = width - metrics.horizontalAdvance("…")
    words = text.split(" ")
    kept = ""
    for word in words:
        longer = f"{kept} {word}" if kept else word
        if metrics.horizontalAdvance(longer) > room:
            break
        kept = longer
    return kept.rstrip(" ,;:·—-") + "…"


# A surface quoted in a message (“…”): what gives way first when the message is too long.
_QUOTED = re.compile(r"“([^”]+)”")
# Fewest characters a shortened surface keeps before its "…"; one this short stays whole.
# At 8, "Thủ tướng" (9) was shown as "Thủ…", a word no reader could place.
_SHORTEST_SURFACE = 12
# How long a decision's words stay before the next suggestion alone, when both do not fit.
DECISION_MS = 3000


def _surfaces_cut_to(text: str, most: int) -> str:
    """`text` with each quoted surface longer than `most` characters cut at a word, then "…"."""

    def cut(match: re.Match) -> str:
        surface = match.group(1)
        if len(surface) <= most:
            return match.group(0)
        kept = surface[: most + 1].rsplit(" ", 1)[0] if " " in surface[:most] else surface[:most]
        return f"“{kept.rstrip(' ,;:')}…”"

    return _QUOTED.sub(cut, text)


def fitted(text: str, metrics: QFontMetrics, width: int) -> str:
    """`text` made to fit `width` pixels: its quoted surfaces shortened first, then its end.

    A long surface ("Suggested DOC “Kế hoạch 107 của Tỉnh ủy về việc lấy
    phiếu tín nhiệm” (rules 94%): Enter accepts, Backspace rejects") pushed
    the keys after it out of the bar at 1366 px; the surface is marked in the
    text anyway, while the keys are said only here.
    """
    if metrics.horizontalAdvance(text) <= width:
        return text
    longest = max((len(m.group(1)) for m in _QUOTED.finditer(text)), default=0)
    low, high = _SHORTEST_SURFACE, longest - 1  # the longest limit that fits, by halving
    best = None
    while low <= high:
        middle = (low + high) // 2
        shorter = _surfaces_cut_to(text, middle)
        if metrics.horizontalAdvance(shorter) <= width:
            best, low = shorter, middle + 1
        else:
            high = middle - 1
    if best is not None:
        return best
    return elided_at_word(_surfaces_cut_to(text, _SHORTEST_SURFACE), metrics, width)


class AnnotatorStatusBar(QStatusBar):
    """Permanent fields; transient messages use showMessage.

    A transient message longer than the room left of the fields has its
    quoted surfaces shortened, then is cut at a word and ends in "…", its
    whole text in the bar's tooltip: Qt alone clips
    it mid-word against the annotator field. Every message, whole, also goes
    to a log (message_log) that a click on the message opens.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full_message = ""  # the whole of a transient message shown cut, for the tooltip
        self._message = ""  # the whole of the transient message shown, to fit it again on resize
        self._message_ends = 0.0  # when it goes (time.monotonic()), 0 while it stays
        self.log = MessageLog()
        self.log_dialog: MessageLogDialog | None = None
        self.annotator_label = plain_label("", self)
        self.position_label = plain_label("", self)
        self.mode_label = plain_label("", self)
        self.elsewhere_label = plain_label("", self)
        self.progress_label = plain_label("", self)
        self.saved_label = plain_label("", self)
        self.index_label = plain_label("", self)
        self._indexing = False
        self._left_out: list = []  # (doc id, why) of texts search cannot find
        self.elsewhere_label.setStyleSheet("color: #a04000; font-weight: bold")
        self._add_fields()
        self.index_label.setMinimumWidth(self._index_width())
        for label in (self.elsewhere_label, self.saved_label, self.index_label):
            label.setVisible(False)  # shown only while they have something to say
        self.show_word_mode(False)
        self.messageChanged.connect(self._forget_message)
        self._then = ("", 0)  # (message, timeout) shown alone once the one before has been read
        self._then_timer = QTimer(self, singleShot=True, interval=DECISION_MS)
        self._then_timer.timeout.connect(self._show_then)

    def _add_fields(self) -> None:
        """Each field as wide as its widest text, so the fields beside it never jump."""
        for label, samples in (
            (self.annotator_label, [self.tr("Annotator: {name}").format(name="xxxxxxxx")]),
            (
                self.position_label,
                [self.tr("¶{paragraph} · line {line}").format(paragraph="000", line="00")],
            ),
            # Both modes: Vietnamese "Bám: âm tiết" is the longer one, and sized for
            # "Bám: cả từ" the field left no room before "Xong 0/5".
            (self.mode_label, [self.tr("Snap: whole words"), self.tr("Snap: syllables")]),
            (self.elsewhere_label, [""]),
            (
                self.progress_label,
                [self.tr("{done} of {total} done").format(done="000.000", total="000.000")],
            ),
            (self.saved_label, [self.tr("Saved {time}").format(time="00:00:00")]),
            (self.index_label, [""]),
        ):
            widest = max(label.fontMetrics().horizontalAdvance(text) for text in samples)
            label.setMinimumWidth(widest + FIELD_ROOM)
            self.addPermanentWidget(label)
            label.installEventFilter(self)  # a field that moves or grows changes the room

    def show_in_turn(self, text: str, then: str, timeout: int) -> None:
        """Show `text`; when the bar cuts it, show its end `then` alone a few seconds later.

        After a rejection, "Rejected ROLE: Bí thư Tỉnh ủy, and rejected 1
        relation with it › 3 suggestions here · Suggested PER …: Enter
        accepts, Backspace rejects" lost the next suggestion's keys at 1366 px:
        what was done is read first, then the keys stay (the log holds both).
        """
        self.showMessage(text, timeout)
        if self._full_message and then:
            self._then = (then, timeout)
            self._then_timer.start()

    def _show_then(self) -> None:
        """The next suggestion alone, unless another message has come meanwhile (not logged
        again: the log holds it in the message before)."""
        then, timeout = self._then
        if self._message and self.currentMessage():
            self._display(then, timeout)

    def showMessage(self, text: str, timeout: int | None = 0) -> None:  # noqa: N802 (Qt's name)
        """Show `text` whole when it fits, else cut at a word with its whole text as a tooltip."""
        self._then_timer.stop()
        self._display(text, timeout or 0)
        self.log.add(text)
        if self.log_dialog is not None and self.log_dialog.isVisible():
            self.log_dialog.refresh()

    def _display(self, text: str, timeout: int) -> None:
        """Put `text` in the bar, fitted to the room, until `timeout` ms (0: until replaced)."""
        self._message = text
        self._message_ends = time.monotonic() + timeout / 1000 if timeout else 0.0
        self._fit_message(timeout)

    def show_log(self) -> MessageLogDialog:
        """The recent messages, whole, the newest first (View ▸ Recent messages, or a click)."""
        if self.log_dialog is None:
            self.log_dialog = MessageLogDialog(self.log, self.window())
        self.log_dialog.refresh()
        self.log_dialog.show()
        self.log_dialog.raise_()
        self.log_dialog.activateWindow()
        return self.log_dialog

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """A click on the message (left of the fields) opens the log, where it reads whole."""
        if event.position().x() < self.message_room():
            self.show_log()
            event.accept()
            return
        super().mousePressEvent(event)

    def whole_message(self) -> str:
        """The message shown now as it was given, before it was cut to the room."""
        return self._message if self.currentMessage() else ""

    def _fit_message(self, timeout: int) -> None:
        shown = fitted(self._message, self.fontMetrics(), self.message_room())
        self._full_message = self._message if shown != self._message else ""
        hint = self.tr("Click for the recent messages, whole (Ctrl+Shift+M)")
        self.setToolTip(tooltip(f"{self._full_message}\n\n{hint}") if self._full_message else "")
        super().showMessage(shown, timeout)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Cut the message shown again to the new room: wider shows more of it, narrower less.

        Cut once, it would stay cut in a wider window, or run under the
        annotator field in a narrower one, until the next message.
        """
        super().resizeEvent(event)
        self._refit_message()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """A permanent field moved, grew, shrank, appeared or went: the room changed with it.

        A longer annotator name, a count with more digits or the saved time
        appearing takes room from the message as a narrower window does.
        """
        if event.type() in _ROOM_EVENTS and watched.parent() is self:
            self._refit_message()
        return super().eventFilter(watched, event)

    def _refit_message(self) -> None:
        """Cut the message shown again to the room there is now, keeping when it goes."""
        if not self._message or not self.currentMessage():
            return
        shown = fitted(self._message, self.fontMetrics(), self.message_room())
        if shown == self.currentMessage():
            return  # the same cut: leave its timer alone
        left = self._message_ends - time.monotonic()
        self._fit_message(max(int(left * 1000), 1) if self._message_ends else 0)

    def message_room(self) -> int:
        """Pixels between the bar's left edge and its first shown permanent field."""
        fields = [w for w in self.findChildren(QLabel) if w.isVisible() and w.parent() is self]
        lefts = [w.geometry().left() for w in fields if w.geometry().left() > 0]
        edge = min(lefts, default=self.width())
        return max(edge - MESSAGE_MARGIN, 0)

    def _forget_message(self, text: str) -> None:
        if not text:
            self._message = ""
        if not text and self._full_message:
            self._full_message = ""
            self.setToolTip("")

    def _index_width(self) -> int:
        """Room for the longest thing the index field says, in either language.

        It counts while the index fills (up to seven digits each side); were
        it as wide as its text, the whole bar would shift at every batch.
        """
        metrics = self.index_label.fontMetrics()
        digits = "0.000.000"  # seven digits, grouped
        texts = [
            form.format(done=digits, total=digits, count=digits)
            for source in (INDEXING, LEFT_OUT_ONE, LEFT_OUT)
            for form in in_every_language("AnnotatorStatusBar", source)
        ]
        return max(metrics.horizontalAdvance(text) for text in texts) + FIELD_ROOM

    def show_project(self, project) -> None:
        if project is None:
            self.annotator_label.setText(self.tr("No project"))
            for label in (self.progress_label, self.position_label):
                label.setText("")
            self.saved_label.setVisible(False)
            self._show_index("", "")
            self._left_out = []
            self.show_elsewhere([])
            return
        self.annotator_label.setText(self.tr("Annotator: {name}").format(name=project.annotator))
        self.update_progress(project)

    def update_progress(self, project) -> None:
        total = project.document_count()
        done = project.document_count(DocumentFilter(status=("done", "reviewed")))
        form = self.tr("{done} of {total} done")
        self.progress_label.setText(form.format(done=number(done), total=number(total)))
        self._reserve_progress(form.format(done=number(total), total=number(total)))

    def _reserve_progress(self, widest: str) -> None:
        """Keep the progress field as wide as its count can grow in this project.

        Room for "000.000 of 000.000" in a project of five documents took
        a hundred pixels from the message, enough to cut a review hint's last
        word at 1280 px; the count's widest form (every document done) is
        known, so the field neither shifts as documents are done nor wastes room.
        """
        self.progress_label.setMinimumWidth(
            self.progress_label.fontMetrics().horizontalAdvance(widest) + FIELD_ROOM
        )

    def show_position(self, paragraph: int | None, line: int | None = None) -> None:
        """Where the caret is, as paragraph and line (the line as wrapped on screen)."""
        if paragraph is None:
            self.position_label.setText("")
            return
        self.position_label.setText(
            self.tr("¶{paragraph} · line {line}").format(
                paragraph=number(paragraph), line=number(line)
            )
        )

    def show_word_mode(self, words: bool) -> None:
        self.mode_label.setText(
            self.tr("Snap: whole words") if words else self.tr("Snap: syllables")
        )
        self.mode_label.setToolTip(self.tr("Annotate ▸ Select whole words (Ctrl+Shift+W) switches"))

    def show_elsewhere(self, others: list) -> None:
        """Warn, for as long as it lasts, that other windows have the project open."""
        self.elsewhere_label.setVisible(bool(others))
        if not others:
            self.elsewhere_label.setText("")
            self.elsewhere_label.setToolTip("")
            return
        self.elsewhere_label.setText(self.tr("Also open in %Ln other window(s)", "", len(others)))
        lines = [
            self.tr("{who} on {host} (process {pid}) since {when}").format(
                who=o.annotator,
                host=o.host,
                pid=o.pid,
                when=time.strftime("%H:%M", time.localtime(o.started)),
            )
            for o in others
        ]
        self.elsewhere_label.setToolTip("\n".join(lines))

    def show_indexing(self, done: int, total: int) -> None:
        """How far the background filling of the search index is (total 0: not running)."""
        self._indexing = bool(total)
        if not total:
            self._show_left_out()
            return
        self._show_index(
            self.tr(INDEXING).format(done=number(done), total=number(total)),
            self.tr(
                "Search finds these documents once they are indexed; editing goes on as usual."
            ),
        )

    def show_left_out(self, items: list) -> None:
        """Documents left out of the search index because their text is damaged ([(id, why)])."""
        self._left_out = list(items)
        if not self._indexing:
            self._show_left_out()

    def _show_left_out(self) -> None:
        items = self._left_out
        if not items:
            self._show_index("", "")
            return
        lines = [
            self.tr("Document {id}: {why}").format(id=doc_id, why=why) for doc_id, why in items[:20]
        ]
        hint = self.tr(
            "Their stored text is damaged: restore the project from a backup copy, or delete them."
        )
        left_out = self.tr(LEFT_OUT_ONE) if len(items) == 1 else self.tr(LEFT_OUT)
        self._show_index(left_out.format(count=number(len(items))), "\n".join([hint, *lines]))

    def _show_index(self, text: str, tip: str) -> None:
        """Fill the index field, hiding it when empty.

        Each field keeps the width of the longest thing it may show; empty
        fields left standing took that room from the transient messages (the
        review hint was cut at 1280 px), so they take it only while they speak.
        """
        self.index_label.setText(text)
        self.index_label.setToolTip(tip)
        self.index_label.setVisible(bool(text))

    def mark_saved(self, when: float | None = None) -> None:
        stamp = time.strftime("%H:%M:%S", time.localtime(when or time.time()))
        self.saved_label.setText(self.tr("Saved {time}").format(time=stamp))
        self.saved_label.setVisible(True)
