"""AnnotationEditor: the read-only article pane where spans are made, chosen and linked."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from annotator.core.changes import ChangeSet
from annotator.core.model import PENDING, Document, Relation, Span
from annotator.core.schema import LabelSchema
from annotator.core.syllables import SyllableIndex
from annotator.gui.editor.actions import ActionsMixin
from annotator.gui.editor.arcs import ArcPlanner
from annotator.gui.editor.document import PlainDocument
from annotator.gui.editor.highlighter import SpanHighlighter
from annotator.gui.editor.input import InputMixin
from annotator.gui.editor.overlay import paint_overlay
from annotator.gui.editor.presentation import PresentationMixin
from annotator.gui.editor.relation_twins import chip_text
from annotator.gui.editor.relations import RelationMixin
from annotator.gui.editor.span_index import BlockSpanIndex
from annotator.gui.editor.style import Palette
from annotator.gui.editor.units import WordSpansProvider, syllable_index, word_index
from annotator.gui.editor.view import ViewMixin
from annotator.gui.i18n import _tr
from annotator.gui.qt_offsets import QtOffsets
from annotator.gui.review.provenance import source_text

# Characters that QTextDocument.setPlainText turns into block separators.
_BLOCK_BREAK = re.compile("[\n\r\u2029\ufdd0\ufdd1]")


# Linguists read this pane all day, and inner-layer underlines need the descent room.
READING_POINT_SIZE = 12.0
WARM_UNITS_REST_MS = 120  # a document rested on this long gets its selection units built


def block_starts(text: str) -> list[int]:
    """Code-point offsets where each Qt block of `text` starts."""
    return [0] + [m.end() for m in _BLOCK_BREAK.finditer(text)]


class AnnotationEditor(
    InputMixin, RelationMixin, ActionsMixin, PresentationMixin, ViewMixin, QPlainTextEdit
):
    """Shows one document read-only and turns key presses and clicks into operations.

    Keys: a label key (from the schema) labels the selection, relabels the
    selected span, or accepts a selected suggestion with that label;
    Delete/Backspace delete it (reject it when it is a suggestion); Enter
    accepts a suggestion (span or relation); Space/Shift+Space ask for the
    next/previous suggestion; Tab/Shift+Tab or Alt+Down/Up cycle through the
    spans at the caret; R starts a relation, Esc cancels; Ctrl(+Shift)+Left/
    Right move by syllable (by word in word mode).
    """

    spanSelected = Signal(object)
    relationSelected = Signal(object)  # Relation or None
    changesApplied = Signal(object)
    relationRequested = Signal(int)
    statusMessage = Signal(str)
    refused = Signal(str)  # an edit the store refused, and why (gui.refusal_notice)
    reviewStepRequested = Signal(int)  # +1 next suggestion, -1 previous
    suggestionDecided = Signal(str, int)  # "span" or "relation", its id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._project: Any = None
        self._session: Any = None
        self._doc: Document | None = None
        self._offsets = QtOffsets("")
        self._index = BlockSpanIndex([0], 0)
        self._relations: dict[int, Relation] = {}
        self._relations_by_block: dict[int, list[Relation]] = {}
        self._relation_twins: dict[int, tuple[Relation, ...]] = {}
        self._selected_relation: int | None = None
        self._find: list[tuple[int, int]] = []  # matches of the find bar, sorted
        self._find_current: int | None = None
        self._hover_cp: int | None = None
        self.menu_extender: Any = None  # called with (menu, span, relation) to add actions
        self._schema = LabelSchema()
        self._palette = Palette()
        self._unit_index: SyllableIndex | None = None
        self._box_cache: dict[int, dict] = {}
        self._word_mode = False
        self._word_provider: WordSpansProvider | None = None
        self._selected_id: int | None = None
        self._relation_head: int | None = None
        self._announced: Span | None = None
        self._origin = f"annotation-editor-{id(self)}"
        self._menu: Any = None
        self._warm_timer = QTimer(self, singleShot=True, interval=WARM_UNITS_REST_MS)
        self._warm_timer.timeout.connect(self._warm_units)
        self._set_reading_look()
        self._build_painters()
        self.setMouseTracking(True)
        # The snapped-selection preview and relation arrows live outside the
        # regions Qt repaints for a selection change or a scroll.
        self.selectionChanged.connect(self.viewport().update)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    def _build_painters(self) -> None:
        """The span highlighter and the relation arcs' planner, which reserves room between
        lines for the arrows and their chips."""
        self._highlighter = SpanHighlighter(self.document())
        self.arcs = ArcPlanner(
            span=lambda span_id: self._index.get(span_id),
            relations_of_block=lambda number: self._relations_by_block.get(number, ()),
            to_qt=lambda cp: self._offsets.to_qt(cp),
            chip_text=lambda relation: chip_text(relation, len(self.relation_twins(relation))),
        )
        self.arcs.set_font(self.font())
        self.document().documentLayout().set_planner(self.arcs.room, lambda: self.arcs.generation)

    def _set_reading_look(self) -> None:
        """A read-only text that selects by mouse and keyboard, wrapped, at reading size."""
        self.setDocument(PlainDocument(self))
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), READING_POINT_SIZE))
        self.setFont(font)

    # --- project and document -------------------------------------------------

    def set_project(self, project: Any, session: Any) -> None:
        """Attach a store Project and the Session that applies this editor's edits."""
        self._project = project
        self._session = session
        self.load_document(None)
        if project is not None:
            self.set_label_keys(project.schema())

    def load_document(self, doc_id: int | None, document: Document | None = None) -> None:
        """Show a document with its accepted and pending spans; None clears the pane.

        `document` is that document when the caller has just read it (not read twice)."""
        self._relation_head = None
        self._set_selected(None)
        self.select_relation(None)
        self._find, self._find_current = [], None
        if doc_id is None or self._project is None:
            self._install(None, [], [])
            return
        if document is None or document.id != doc_id:
            document = self._project.document(doc_id)
        spans = self._project.spans(doc_id)
        relations = self._project.relations(doc_id)
        self._install(document, spans, relations)

    def document_id(self) -> int | None:
        return self._doc.id if self._doc is not None else None

    def _install(self, document: Document | None, spans: list[Span], relations: list) -> None:
        text = document.text if document is not None else ""
        self._doc = document
        self._offsets = QtOffsets(text)
        starts = block_starts(text)
        self._index = self._build_index(starts, text, spans)
        self._relations = {r.id: r for r in relations if r.id is not None}
        self._index_relations()
        self._unit_index = None
        self._box_cache.clear()
        self._highlighter.configure(
            index=self._index, offsets=self._offsets, regions=document.regions if document else ()
        )
        self.setPlainText(text)
        if self.document().blockCount() != len(starts):
            self._resync_blocks(text, spans)
        # setPlainText keeps the caret in view, measured in a pane that may not be
        # laid out yet: a tall title then scrolled the start away. A document opens at its top.
        self.verticalScrollBar().setValue(0)
        self.viewport().update()
        if text:
            # Building the syllable index takes tens of milliseconds on a long
            # article: done once the reader rests on it, not for every document
            # the arrow keys pass (a click or key before then builds it at once).
            self._warm_timer.start()

    def _scrolled(self) -> None:
        busy = self._selected_id, self._relation_head, self._selected_relation, self._hover_cp
        if any(value is not None for value in busy):
            self.viewport().update()

    def _warm_units(self) -> None:
        _ = self._units

    @property
    def _units(self) -> SyllableIndex:
        """Selection units of the shown text, built on first use."""
        if self._unit_index is None:
            self._unit_index = self._make_units(self._doc.text if self._doc else "")
        return self._unit_index

    def _build_index(self, starts: list[int], text: str, spans: list[Span]) -> BlockSpanIndex:
        index = BlockSpanIndex(starts, len(text))
        index.add_all(spans)
        return index

    def _resync_blocks(self, text: str, spans: list[Span]) -> None:
        """Rebuild the index from Qt's own blocks when our split disagrees."""
        starts = []
        block = self.document().firstBlock()
        while block.isValid():
            starts.append(self._offsets.to_cp(block.position()))
            block = block.next()
        self._index = self._build_index(starts, text, spans)
        self._index_relations()
        self._highlighter.configure(
            index=self._index, offsets=self._offsets, regions=self._doc.regions if self._doc else ()
        )
        self._highlighter.rehighlight()

    def _make_units(self, text: str) -> SyllableIndex:
        if self._word_mode and self._word_provider is not None and text:
            return word_index(text, self._word_provider)
        return syllable_index(text)

    # --- schema and modes --------------------------------------------------------

    def set_label_keys(self, schema: LabelSchema) -> None:
        """Re-read label keys and colours after the schema changed."""
        self._schema = schema
        self._palette = Palette(schema)
        self._highlighter.set_palette(self._palette)
        self._box_cache.clear()
        if self._doc is not None:
            self._highlighter.rehighlight()
        self.viewport().update()

    def set_word_mode(self, enabled: bool, word_spans_provider: WordSpansProvider | None = None):
        """Select whole words (from the provider) instead of syllables."""
        if word_spans_provider is not None:
            self._word_provider = word_spans_provider
        self._word_mode = enabled
        if enabled and self._word_provider is None:
            self.statusMessage.emit(_tr("Word mode needs a word splitter; selecting syllables"))
        self._unit_index = None
        if self._doc is not None:
            self._warm_timer.start()

    def word_mode(self) -> bool:
        return self._word_mode and self._word_provider is not None

    # --- selection ---------------------------------------------------------------

    def selection_range(self) -> tuple[int, int] | None:
        """The text selection snapped to whole syllables (or words), or None."""
        cursor = self.textCursor()
        if self._doc is None or not cursor.hasSelection():
            return None
        start, end = self._offsets.cursor_range(cursor)
        return self._units.snap(start, end)

    def selected_span(self) -> Span | None:
        if self._selected_id is None:
            return None
        return self._index.get(self._selected_id)

    def select_span(self, span_id: int, *, ensure_visible: bool = True) -> None:
        """Select a span of the shown document (from the annotation list, say)."""
        span = self._index.get(span_id)
        if span is None:
            return
        cursor = self.textCursor()
        cursor.setPosition(self._offsets.to_qt(span.start))
        self.setTextCursor(cursor)
        self._set_selected(span_id)
        if ensure_visible:  # whole, with context: not on the view's last line, half cut
            self.scroll_to_show_range(span.start, span.end)

    def _set_selected(self, span_id: int | None) -> None:
        previous = self._selected_id
        if span_id is not None and self._selected_relation is not None:
            self.select_relation(None)
        self._selected_id = span_id
        span = self.selected_span()
        self._announced = span
        if span is not None:
            self.statusMessage.emit(self._announce(span))
        if previous != span_id or span is not None:
            self.spanSelected.emit(span)
        self.viewport().update()

    def _announce(self, span: Span) -> str:
        """The status line for a span just selected; while a relation is being drawn, what
        Enter does now (links it, not accepts it: Tab then offered "Enter accepts")."""
        if self._relation_head is None:
            return self._describe(span, short=True)
        if span.id == self._relation_head:
            return _tr("Put the caret in the target span, then Tab and Enter; Esc cancels")
        text = _tr("Target {label} “{surface}”: Enter links it, Esc cancels")
        return text.format(label=span.label, surface=self.surface(span))

    def _describe(self, span: Span, *, short: bool = False) -> str:
        """What a span is; `short` names its source briefly ("rules 90%"), for the status line,
        where the long name cut the keys off at 1280 px (the tooltip has room for it)."""
        surface = self.surface(span)
        if span.state == PENDING:
            text = _tr("Suggested {label} “{surface}” ({source}): Enter accepts, Backspace rejects")
            return text.format(
                label=span.label, surface=surface, source=source_text(span, short=short)
            )
        return f"{span.label}: {surface}"

    def surface(self, span: Span) -> str:
        """The text a span covers, on one line."""
        text = self._doc.text if self._doc is not None else ""
        return " ".join(text[span.start : span.end].split())

    # --- changes -----------------------------------------------------------------

    def refresh(self, changes: ChangeSet) -> None:
        """Redraw what a change set from elsewhere (undo, another panel) touched."""
        if changes is None or changes.origin == self._origin:
            return
        self._absorb(changes)

    # --- painting and events ---------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if self._doc is None:
            return
        painter = QPainter(self.viewport())
        try:
            paint_overlay(self, painter)
        finally:
            painter.end()

    def event(self, event: QEvent) -> bool:
        """Keep Tab for cycling spans and claim label keys before window shortcuts."""
        if not isinstance(event, QKeyEvent):
            return super().event(event)
        if event.type() == QEvent.Type.ShortcutOverride and self._claims_key(event):
            event.accept()
            return True
        tab = event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if event.type() == QEvent.Type.KeyPress and tab and plain and self._doc is not None:
            self.keyPressEvent(event)
            return True
        return super().event(event)

    def qt_document(self) -> QTextDocument:
        return self.document()

    def caret_cp(self) -> int:
        """Code point of the caret."""
        return self._offsets.cursor_position(self.textCursor())

    def _clear_text_selection(self, caret_cp: int | None = None) -> None:
        cursor = self.textCursor()
        position = cursor.position() if caret_cp is None else self._offsets.to_qt(caret_cp)
        cursor.setPosition(position, QTextCursor.MoveMode.MoveAnchor)
        self.setTextCursor(cursor)
