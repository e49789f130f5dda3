"""The registry view: find a person or an organisation, read their timeline, go to each mention.

Changes (update links, confirm a short form, merge, split, rename) are
operations through the window's context: logged, one undo step each.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.app.registry.build import update_registry
from annotator.app.registry.timeline import TimelineRow, organisation_timeline, person_timeline
from annotator.core.errors import AnnotatorError
from annotator.core.operations import (
    AddEntity,
    LinkMentions,
    MergeEntities,
    Operation,
    RenameEntity,
)
from annotator.core.registry import (
    CONFIRMED,
    ORGANISATION,
    PERSON,
    SUGGESTED,
    display_name,
    name_filter,
    new_uid,
)
from annotator.gui.dialog_keys import keys_kept
from annotator.gui.i18n import number
from annotator.gui.messages import shown
from annotator.gui.plaintext import excerpt, plain_label

UID_ROLE = Qt.ItemDataRole.UserRole + 1
PLACE_ROLE = Qt.ItemDataRole.UserRole + 2  # (doc_id, start, end)
SPAN_ROLE = Qt.ItemDataRole.UserRole + 3


class RegistryView(QWidget):
    """People or organisations on the left; timeline, mentions and links to confirm on the right."""

    placeActivated = Signal(int, int, int)  # doc id, start, end
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: Any = None
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("People"), PERSON)
        self.kind.addItem(self.tr("Organisations"), ORGANISATION)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Find a name…"))
        self.filter.setClearButtonEnabled(True)
        self.pending = QCheckBox(self.tr("Include suggestions"), self)
        self.pending.setChecked(True)
        self.update_button = QPushButton(self.tr("Link new mentions"), self)
        self.entities = QListWidget(self)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.merge_button = QPushButton(self.tr("Merge into…"), self)
        self.split_button = QPushButton(self.tr("Split selected mentions"), self)
        self.timeline = self._tree(
            [
                self.tr("Post / evidence"),
                self.tr("Body / document"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Documents / how"),
            ]
        )
        self.timeline.setColumnWidth(0, 300)
        self.timeline.setColumnWidth(1, 220)
        self.mentions = self._tree([self.tr("Document"), self.tr("Mention"), self.tr("Link")])
        self.mentions.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.to_confirm = self._tree(
            [self.tr("Mention"), self.tr("Stands for"), self.tr("Document")]
        )
        self.to_confirm.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.confirm_button = QPushButton(self.tr("Confirm"), self)
        self.reject_button = QPushButton(self.tr("Someone else"), self)
        self.tabs = QTabWidget(self)
        self.summary = plain_label("", self)
        self._layout()
        self._connect()

    def _tree(self, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setHeaderLabels(headers)
        tree.setUniformRowHeights(True)
        tree.itemActivated.connect(self._activate)
        return tree

    def _layout(self) -> None:
        top = QHBoxLayout()
        for widget in (self.kind, self.filter, self.pending, self.update_button):
            top.addWidget(widget, 1 if widget is self.filter else 0)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.entities, 1)
        for button in (self.rename_button, self.merge_button, self.split_button):
            left_layout.addWidget(button)
        confirm = QWidget(self)
        confirm_layout = QVBoxLayout(confirm)
        confirm_layout.setContentsMargins(0, 0, 0, 0)
        confirm_layout.addWidget(self.to_confirm, 1)
        row = QHBoxLayout()
        row.addWidget(self.confirm_button)
        row.addWidget(self.reject_button)
        row.addStretch(1)
        confirm_layout.addLayout(row)
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.mentions, self.tr("Mentions"))
        self.tabs.addTab(confirm, self.tr("To confirm"))
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.filter.textChanged.connect(lambda _t: self.refresh())
        self.pending.toggled.connect(lambda _on: self.refresh())
        self.update_button.clicked.connect(self.update_links)
        self.entities.currentItemChanged.connect(lambda item, _old: self._show_entity(item))
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.split_button.clicked.connect(lambda: self.split_selected())
        self.merge_button.clicked.connect(self.ask_merge)
        self.rename_button.clicked.connect(self.ask_rename)

    # -- state --------------------------------------------------------------------------

    @property
    def states(self) -> tuple[str, ...]:
        return ("accepted", "pending") if self.pending.isChecked() else ("accepted",)

    def set_context(self, context: Any) -> None:
        self.context = context
        self.refresh()

    def current_uid(self) -> str | None:
        item = self.entities.currentItem()
        return None if item is None else item.data(UID_ROLE)

    def refresh(self) -> None:
        """Reread the list (after a registry change), keeping the chosen entity."""
        keep = self.current_uid()
        self.entities.blockSignals(True)
        self.entities.clear()
        if self.context is not None:
            found = self.context.project.registry_entities(
                self.kind.currentData(), states=self.states
            )
            wanted = name_filter(self.filter.text()) if self.filter.text().strip() else None
            for entity in found:
                if not entity.mention_count or (wanted and not wanted(entity)):
                    continue
                item = QListWidgetItem(f"{entity.name} ({number(entity.mention_count)})")
                item.setData(UID_ROLE, entity.uid)
                self.entities.addItem(item)
                if entity.uid == keep:
                    self.entities.setCurrentItem(item)
        self.entities.blockSignals(False)
        self._show_entity(self.entities.currentItem())
        self._show_suggestions()
        if self.context is not None and not self.entities.count():
            self.summary.setText(self._empty_message())
        elif self.entities.currentItem() is None:  # not the message of an empty list any more
            self.summary.setText(
                self.tr(
                    "%Ln name(s): choose one to see its posts and mentions.",
                    "",
                    self.entities.count(),
                )
            )

    def _empty_message(self) -> str:
        """Why the list is empty: a filter, mentions that are all suggestions, or no links yet."""
        if self.filter.text().strip():
            return self.tr("No name matches.")
        if not self.pending.isChecked() and any(
            entity.mention_count
            for entity in self.context.project.registry_entities(
                self.kind.currentData(), states=("accepted", "pending")
            )
        ):
            return self.tr(
                "Every mention linked so far is a suggestion: tick Include suggestions to see them."
            )
        return self.tr(
            "No one here yet: Link new mentions adds the people and organisations"
        ) + self.tr(" of the PER and ORG annotations.")

    def select_entity(self, uid: str) -> None:
        for row in range(self.entities.count()):
            if self.entities.item(row).data(UID_ROLE) == uid:
                self.entities.setCurrentRow(row)
                return

    # -- the chosen entity --------------------------------------------------------------

    def _show_entity(self, item: QListWidgetItem | None) -> None:
        self.timeline.clear()
        self.mentions.clear()
        uid = None if item is None else item.data(UID_ROLE)
        if uid is None or self.context is None:
            return
        project = self.context.project
        reader = person_timeline if self.kind.currentData() == PERSON else organisation_timeline
        rows = reader(project, uid, states=self.states)
        for row in rows:
            self.timeline.addTopLevelItem(self._timeline_item(row))
        mentions = project.registry_mentions(uid, states=self.states)
        titles = project.document_titles(sorted({m.doc_id for m in mentions}))
        for m in mentions:
            title = titles.get(m.doc_id, ("", ""))[0]
            child = QTreeWidgetItem(
                [excerpt(title, 50), m.text, self._link_text(m.status, m.state)]
            )
            child.setData(0, PLACE_ROLE, (m.doc_id, m.start, m.end))
            child.setData(0, SPAN_ROLE, m.span_id)
            self.mentions.addTopLevelItem(child)
        self.summary.setText(
            self.tr("%Ln post(s)", "", len(rows)) + self.tr(", %Ln mention(s)", "", len(mentions))
        )

    def _timeline_item(self, row: TimelineRow) -> QTreeWidgetItem:
        first = row.post if self.kind.currentData() == PERSON else f"{row.person}: {row.post}"
        item = QTreeWidgetItem([first, row.body, row.first, row.last, number(len(row.documents))])
        for e in row.evidence:
            dated = self.tr("date: ") + (e.dated.source if e.dated else self.tr("none"))
            text = f"{e.post.text} — {e.mention_text}"
            child = QTreeWidgetItem(
                [text, excerpt(e.title, 40), e.first, e.last, f"{e.source}; {dated}"]
            )
            child.setToolTip(1, e.title)
            child.setData(0, PLACE_ROLE, (e.doc_id, e.role[0], e.role[1]))
            item.addChild(child)
        return item

    def _link_text(self, status: str | None, state: str) -> str:
        link = {SUGGESTED: self.tr("to confirm"), CONFIRMED: self.tr("confirmed")}.get(
            status or "", self.tr("by name")
        )
        return link + (self.tr(", suggestion") if state == "pending" else "")

    def _show_suggestions(self) -> None:
        self.to_confirm.clear()
        if self.context is None:
            return
        project = self.context.project
        waiting = project.registry_suggested(states=self.states)
        names = project.registry_entity_names([m.uid for m in waiting if m.uid])
        titles = project.document_titles(sorted({m.doc_id for m in waiting}))
        for m in waiting:
            person = names.get(m.uid or "", ("", ""))[1]
            title = excerpt(titles.get(m.doc_id, ("", ""))[0], 50)
            item = QTreeWidgetItem([m.text, person, title])
            item.setData(0, PLACE_ROLE, (m.doc_id, m.start, m.end))
            item.setData(0, SPAN_ROLE, m.span_id)
            item.setData(0, UID_ROLE, m.uid)
            self.to_confirm.addTopLevelItem(item)
        self.tabs.setTabText(2, self.tr("To confirm (%Ln)", "", len(waiting)))

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        place = item.data(0, PLACE_ROLE)
        if place:
            self.placeActivated.emit(*place)

    # -- changes ------------------------------------------------------------------------

    def _apply(self, op: Operation) -> bool:
        try:
            self.context.apply(op, source=self)
        except AnnotatorError as exc:
            self.message.emit(shown(exc))
            return False
        self.refresh()
        return True

    def update_links(self) -> None:
        """Link every new PER and ORG mention (one undo step)."""
        if self.context is None:
            return
        update = update_registry(
            self.context.project, lambda op: self.context.apply(op, source=self)
        )
        self.message.emit(self.tr("Registry: ") + shown(update.summary()))
        self.refresh()
        if not self.entities.count() and update.empty:
            self.summary.setText(
                self.tr("Nothing to link: no PER or ORG annotation is new. Annotate people and")
                + self.tr(" organisations (or accept suggestions of them) first.")
            )

    def confirm_selected(self) -> None:
        for item in self.to_confirm.selectedItems():
            span_id, uid = item.data(0, SPAN_ROLE), item.data(0, UID_ROLE)
            self._apply(LinkMentions(uid, (span_id,), CONFIRMED))

    def reject_selected(self) -> None:
        """The short forms chosen stand for someone else: each becomes a person of its own."""
        for item in self.to_confirm.selectedItems():
            span_id, name = item.data(0, SPAN_ROLE), item.text(0)
            self._apply(AddEntity(new_uid(), PERSON, display_name(name), span_ids=(span_id,)))

    def split_selected(self, name: str | None = None) -> None:
        """The selected mentions belong to someone else: a new entity of the same kind."""
        ids = tuple(item.data(0, SPAN_ROLE) for item in self.mentions.selectedItems())
        if not ids:
            self.message.emit(self.tr("Select the mentions that belong to someone else."))
            return
        label = name or display_name(self.mentions.selectedItems()[0].text(1))
        self._apply(AddEntity(new_uid(), self.kind.currentData(), label, span_ids=ids))

    def merge_into(self, target_uid: str) -> None:
        source = self.current_uid()
        if source is not None and source != target_uid:
            self._apply(MergeEntities(source, target_uid))
            self.select_entity(target_uid)

    def ask_merge(self) -> None:
        uid = self.current_uid()
        if uid is None:
            return
        others = [
            e
            for e in self.context.project.registry_entities(self.kind.currentData())
            if e.uid != uid
        ]
        names = [f"{e.name} ({number(e.mention_count)})" for e in others]
        with keys_kept(self):
            chosen, ok = QInputDialog.getItem(
                self,
                self.tr("Merge"),
                self.tr("The same person or organisation as:"),
                names,
                0,
                False,
            )
        if ok and chosen in names:
            self.merge_into(others[names.index(chosen)].uid)

    def ask_rename(self) -> None:
        item = self.entities.currentItem()
        if item is None:
            return
        current = item.text().rsplit(" (", 1)[0]
        with keys_kept(self):
            name, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("Name:"), text=current)
        if ok:
            self.rename(name)

    def rename(self, name: str) -> None:
        uid = self.current_uid()
        if uid is not None and name.strip():
            self._apply(RenameEntity(uid, name))
