"""The main window's team work: the layer switch, the Team menu, and refreshing after outside merges.

The window keeps one `TeamController`. It owns the layer the editor and the
lists show (through `LayerView` and `LayerSession`), runs merges through
the project's own session and announces them on the context, and notices
a merge made by another program (the command line) while the window is
open: the context's watcher reports it (gui.project_watch), the views
reload what it touched, and the layer switch lists any new layer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QToolBar

from annotator.app.team.merge import MergeReport, merge_package
from annotator.app.team.merge_order import OlderPackageError
from annotator.app.team.packages import guidelines_text as project_guidelines
from annotator.core.errors import AnnotatorError
from annotator.core.messages import as_message
from annotator.core.model import DONE, REVIEWED
from annotator.core.team import CURATED, is_person
from annotator.gui import file_dialogs
from annotator.gui.dialog_keys import open_modal, run_modal
from annotator.gui.guidelines import guidelines_text, show_guidelines
from annotator.gui.i18n import number
from annotator.gui.menus import HELP_MENU
from annotator.gui.messages import shown
from annotator.gui.plaintext import message_box
from annotator.gui.reports.counts import counted
from annotator.gui.reports.dialog import ReportDialog, show_report
from annotator.gui.reports.texts import merge_lines, package_lines
from annotator.gui.team.curation import CurationDialog
from annotator.gui.team.layer_note import layer_note
from annotator.gui.team.layer_view import ALL, LayerSession, LayerView
from annotator.gui.team.package_dialog import PackageDialog
from annotator.gui.team.package_owner import OwnerQuestion, package_owner, remembered_choice

FINISHED = (DONE, REVIEWED)  # the statuses the default export takes
PACKAGES_KEY = "team/packages_folder"  # where this project's packages were last written


class TeamController(QObject):
    """Team features of one main window (`window` is a MainWindow)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.base_session: Any = None
        self.view: LayerView | None = None
        self.dialog: Any = None  # the latest team dialog, kept alive while shown
        self.switch = QComboBox(window)
        self.switch.setObjectName("layer-switch")
        self.switch.setMinimumContentsLength(18)
        self.switch.activated.connect(lambda _i: self.set_layer(self.switch.currentData()))
        self.toolbar = QToolBar(self.tr("Layers"), window)
        self.toolbar.setObjectName("toolbar-layers")
        self.toolbar.addWidget(QLabel(self.tr("Layer: "), window))
        self.toolbar.addWidget(self.switch)
        window.addToolBar(self.toolbar)
        self.actions = self._menu()
        self.project_closed()

    def _menu(self) -> list[QAction]:
        bar = self.window.menuBar()
        menu = bar.addMenu(self.tr("&Team"))
        help_menu = next(
            (a for a in bar.actions() if a.menu() and a.menu().objectName() == HELP_MENU), None
        )
        if help_menu is not None:  # Help stays last
            bar.insertMenu(help_menu, menu)
        actions = []
        for text, slot in (
            (self.tr("Create work &packages…"), self.show_package_dialog),
            (self.tr("&Merge packages…"), self.ask_merge),
            (self.tr("&Agreement…"), self.show_agreement),
            (self.tr("&Curate this document…"), self.curate_current),
        ):
            action = QAction(text, self.window)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            menu.addAction(action)
            actions.append(action)
        return actions

    # --- project lifecycle -----------------------------------------------------------

    def project_opened(self) -> None:
        context = self.window.context
        session = context.session
        while isinstance(session, LayerSession):  # opened again: the session under the layer
            session = session.unwrapped
        self.base_session = session
        context.watcher.changed.connect(self._changed_outside)
        self.fill_switch()
        me = context.project.annotator
        self.set_layer(me if context.project.works_in_team(me) else ALL, reload=False)
        for action in self.actions:
            action.setEnabled(True)
        self.switch.setEnabled(True)
        self.switch.setToolTip(
            self.tr(
                "Whose annotations the text and the lists show: all layers, yours, "
                "another annotator's (read-only) or the curated one"
            )
        )
        self._guidelines(project_guidelines(context.project))
        self._ask_package_owner()

    def _ask_package_owner(self) -> None:
        """Someone else's package: ask whose name the edits carry (see team.package_owner)."""
        project = self.window.project
        owner = package_owner(project)
        if owner is None:
            return
        chosen = remembered_choice(project, project.annotator)
        if chosen is None:
            self.dialog = OwnerQuestion(self.window, owner, self.sign_as)
            self.dialog.show()
        elif chosen != project.annotator:
            self.sign_as(chosen)  # as chosen when this package was opened before

    def sign_as(self, name: str) -> None:
        """Sign the window's next edits with `name`, and say so in the status bar."""
        context = self.window.context
        if context is None:
            return
        before = context.project.annotator
        context.set_annotator(name)
        self.window.status.show_project(context.project)
        layer = self.view.layer if self.view is not None else ALL
        self.fill_switch()
        self.set_layer(name if layer == before else layer)  # "my layer" follows the name
        message = self.tr("Your edits in this project are now signed {name}.")
        self.window.status.showMessage(message.format(name=name), 10000)

    def project_closed(self) -> None:
        if isinstance(self.dialog, ReportDialog) and shiboken6.isValid(self.dialog):
            self.dialog.close()  # a merge's report, modal over the window: about this project
        self.base_session = None
        self.view = None
        self.switch.clear()
        # Without a project there is no layer: the box says so, instead of standing empty.
        self.switch.setPlaceholderText(self.tr("no project open"))
        self.switch.setToolTip(self.tr("Open a project to choose whose annotations it shows."))
        self.switch.setEnabled(False)  # an empty box that opens on nothing looks broken
        self._guidelines(guidelines_text())
        for action in self.actions:
            action.setEnabled(False)

    def _guidelines(self, text: str) -> None:
        """The guidelines dock shows the project's (a package's are its project's)."""
        browser = getattr(self.window, "guidelines", None)  # built after this controller
        if browser is not None:
            show_guidelines(browser, text)

    def fill_switch(self) -> None:
        project = self.window.project
        me = project.annotator
        current = self.view.layer if self.view is not None else ALL
        self.switch.clear()
        self.switch.addItem(self.tr("All layers"), ALL)
        self.switch.addItem(self.tr("My layer ({name})").format(name=me), me)
        for name in project.status_annotators():
            if is_person(name) and name != me:
                self.switch.addItem(self.tr("{name} (read-only)").format(name=name), name)
        self.switch.addItem(self.tr("Curated"), CURATED)
        self._show_current(current)
        layers = [self.switch.itemData(i) for i in range(1, self.switch.count())]
        panel = getattr(self.window, "annotations", None)
        if panel is not None:  # each annotator keeps one colour in the list
            panel.model.set_layer_order(layers)
        documents = getattr(self.window, "documents", None)
        if documents is not None:  # a merge or a package may bring a new annotator
            documents.fill_annotators(project)

    def _show_current(self, layer: str | None) -> None:
        for i in range(self.switch.count()):
            if self.switch.itemData(i) == layer:
                self.switch.setCurrentIndex(i)
                return

    # --- the layer shown ---------------------------------------------------------------

    def set_layer(self, layer: str | None, *, reload: bool = True) -> None:
        """Show `layer` (None: all) in the editor and the lists; edits follow its rules."""
        window = self.window
        if window.context is None:
            return
        project = window.context.project
        self.view = LayerView(project, layer)
        window.context.session = LayerSession(self.base_session, layer, project.annotator)
        self._show_current(layer)
        window.editor.set_project(self.view, window.context.session)
        if reload:
            window.editor.load_document(window.current_doc_id())
            window._refresh_lists()

    def layer_note(self, doc_id: int) -> str:
        """What the lists say when the layer shown has no spans on `doc_id` (gui.team.layer_note)."""
        if self.view is None or self.window.context is None:
            return ""
        project = self.window.context.project
        return layer_note(project, self.view.layer, project.annotator, doc_id)

    def apply(self, op: Any, source: object) -> Any:
        """Apply through the project's own session, whatever layer is shown, and tell the views."""
        changes = self.base_session.apply(op, origin=source)
        self.window.context.notify(changes, source=source)
        return changes

    # --- merges --------------------------------------------------------------------------

    def ask_merge(self) -> None:
        paths, _ = file_dialogs.open_file_names(
            self.window,
            self.tr("Merge work packages"),
            self.packages_folder(),
            self.tr("Projects (*.db)"),
        )
        if paths:
            self.merge([Path(p) for p in paths])

    def merge(self, paths: list[Path]) -> list[MergeReport]:
        """Merge package files; each is one undo step, and every view hears of it."""
        context = self.window.context
        reports, lines = [], []
        for path in paths:
            try:
                report = self._merge_one(path)
            except AnnotatorError as exc:
                lines.append(shown(exc))
                continue
            reports.append(report)
            lines += merge_lines(report)
            context.notify(report.changes, source=self)
        self.fill_switch()
        summary = self.tr("{n} of {packages} merged.").format(
            n=number(len(reports)), packages=counted(len(paths), "package")
        )
        summary += self._status_summary(reports)
        self.dialog = ReportDialog(
            title=self.tr("Merge packages"),
            summary=summary,
            details="\n".join(lines),
            parent=self.window,
        )
        show_report(self.dialog, [self.window.commands.undo, self.window.commands.redo])
        return reports

    def _merge_one(self, path: Path) -> MergeReport:
        """One package; an older copy than the one merged goes in only if the lead says so."""
        project = self.window.context.project
        try:
            return merge_package(project, self.base_session, path, origin=self)
        except OlderPackageError as exc:
            if not self.confirm_older(exc):
                raise
        return merge_package(project, self.base_session, path, origin=self, replace_newer=True)

    def confirm_older(self, exc: OlderPackageError) -> bool:
        """Whether to merge an older copy over the newer work all the same (default: no)."""
        text = self.tr(
            "{name} is an older copy of {annotator}'s package: last edited {edited}, while the "
            "copy merged on {merged} was last edited {before}. Merge it all the same, putting "
            "{annotator}'s earlier work back over their later work?"
        ).format(**as_message(exc).fields)
        box = message_box(self.window, self.tr("Older copy of a package"), text, ask=True)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return run_modal(box) == QMessageBox.StandardButton.Yes

    def _status_summary(self, reports: list[MergeReport]) -> str:
        """How many documents changed status, and how many left the default export."""
        moved = [c for r in reports for c in r.status_changes]
        if not moved:
            return ""
        out = " " + self.tr("{documents} changed status (the details say which and why).").format(
            documents=counted(len(moved), "document")
        )
        dropped = sum(c.before in FINISHED and c.after not in FINISHED for c in moved)
        if dropped:  # English: "1 of them was … leaves it out", "2 of them were … leaves them out"
            out += " " + self.tr(
                "%Ln of them were done or reviewed and no longer are, so the default "
                "export (done and reviewed) leaves them out.",
                "",
                dropped,
            )
        return out

    def _changed_outside(self, _changes: Any) -> None:
        """Another program changed the project (a merge from the CLI): new layers may show."""
        if self.window.context is not None:
            self.fill_switch()

    # --- dialogs -------------------------------------------------------------------------

    def show_package_dialog(self) -> None:
        dialog = PackageDialog(self.window.project, self.window)
        dialog.accepted.connect(lambda: self._report_packages(dialog))
        self.dialog = dialog
        open_modal(dialog)

    def packages_folder(self) -> str:
        """Where the merge dialog opens: the folder packages were last written to.

        Else the `packages` folder beside the project (the package dialog's
        default), else the project's own folder; never the working folder.
        """
        project = self.window.project
        stored = project.get_setting(PACKAGES_KEY)
        beside = Path(project.path).parent
        candidates = [Path(stored)] if stored else []
        candidates += [beside / "packages", beside]
        return str(next((c for c in candidates if c.is_dir()), beside))

    def _report_packages(self, dialog: PackageDialog) -> None:
        if dialog.report is not None:
            folder = dialog.folder.text().strip()
            if folder and not self.window.project.read_only:
                self.window.project.set_setting(PACKAGES_KEY, str(Path(folder).resolve()))
            self.dialog = ReportDialog(
                title=self.tr("Work packages"),
                summary=self.tr("Packages written."),
                details="\n".join(package_lines(dialog.report)),
                parent=self.window,
            )
            show_report(self.dialog)

    def show_agreement(self) -> Any:
        # Imported here: matplotlib takes longer to load than the whole window.
        from annotator.app.team.agreement import compute_agreement
        from annotator.gui.team.agreement_dialog import AgreementDialog

        try:
            report = compute_agreement(self.window.project)
        except AnnotatorError as exc:
            self.window.warn(self.tr("Agreement"), exc)
            return None
        dialog = AgreementDialog(report, self.window)
        dialog.documentChosen.connect(self.window.open_document)
        self.dialog = dialog
        dialog.show()
        return dialog

    def curate_current(self) -> CurationDialog | None:
        doc_id = self.window.current_doc_id()
        if doc_id is None:
            self.window.status.showMessage(self.tr("Open a document to curate first."), 5000)
            return None
        dialog = CurationDialog(self.window.context, doc_id, self.apply, self.window)
        dialog.openInEditor.connect(lambda: self.set_layer(CURATED))
        self.dialog = dialog
        dialog.show()
        return dialog
