"""File dialogs that never open the files they list.

POSIX advisory locks belong to a process and a file, not to a descriptor:
closing ANY descriptor of a file drops every lock the process holds on it
(store.file_reads tells the whole story). A file dialog guesses each listed
file's type from its first bytes, so it opens and closes every file of the
folder it shows. Shown on the folder of the open project, it dropped the
project's SQLite locks (on the file and on its -shm index); the next program
to close the project (a command, another window) then found itself the last
user, checkpointed and deleted the log this window was still writing to, and
the window's later edits went into a deleted file.

So every dialog here names and draws files from their names alone
(`NameOnlyIcons`), and is Qt's own dialog: a platform dialog running inside
this process would read the files the same way, out of our reach.
"""

from __future__ import annotations

from PySide6.QtCore import QFileInfo, QMimeDatabase
from PySide6.QtWidgets import QCheckBox, QFileDialog, QFileIconProvider, QGridLayout, QWidget

from annotator.gui.dialog_keys import run_modal
from annotator.gui.i18n import _tr


class NameOnlyIcons(QFileIconProvider):
    """Icons and type names read from a file's name, never from its bytes."""

    def __init__(self) -> None:
        super().__init__()
        self._mimes = QMimeDatabase()  # thread-safe: the dialog asks from a helper thread

    def icon(self, which):  # both overloads: an IconType, or a QFileInfo
        if isinstance(which, QFileInfo):
            kind = (
                QFileIconProvider.IconType.Folder
                if which.isDir()
                else QFileIconProvider.IconType.File
            )
            return super().icon(kind)
        return super().icon(which)

    def type(self, info: QFileInfo) -> str:  # the dialog's "Type" column
        if info.isDir():
            return super().type(info)  # a folder's type comes from stat(), never from a read
        by_name = QMimeDatabase.MatchMode.MatchExtension
        return self._mimes.mimeTypeForFile(info.fileName(), by_name).comment()


def _dialog(parent: QWidget | None, caption: str, directory: str, filters: str) -> QFileDialog:
    dialog = QFileDialog(parent, caption, directory, filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    provider = NameOnlyIcons()
    dialog.setIconProvider(provider)
    dialog.name_only_icons = provider  # the dialog does not own its provider: keep it alive
    return dialog


def _chosen(dialog: QFileDialog) -> list[str]:
    return dialog.selectedFiles() if run_modal(dialog) == QFileDialog.DialogCode.Accepted else []


def open_file_name(
    parent: QWidget | None, caption: str, directory: str = "", filters: str = ""
) -> tuple[str, str]:
    """One existing file, as QFileDialog.getOpenFileName answers: (path or "", filter)."""
    dialog = _dialog(parent, caption, directory, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    chosen = _chosen(dialog)
    return (chosen[0], dialog.selectedNameFilter()) if chosen else ("", "")


def open_file_names(
    parent: QWidget | None, caption: str, directory: str = "", filters: str = ""
) -> tuple[list[str], str]:
    """Existing files, as QFileDialog.getOpenFileNames answers: (paths, filter)."""
    dialog = _dialog(parent, caption, directory, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    chosen = _chosen(dialog)
    return (chosen, dialog.selectedNameFilter()) if chosen else ([], "")


def save_file_name(
    parent: QWidget | None, caption: str, directory: str = "", filters: str = ""
) -> tuple[str, str]:
    """A file to write (asking before replacing one), as QFileDialog.getSaveFileName answers."""
    dialog = _dialog(parent, caption, directory, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    chosen = _chosen(dialog)
    return (chosen[0], dialog.selectedNameFilter()) if chosen else ("", "")


def existing_directory(parent: QWidget | None, caption: str, directory: str = "") -> str:
    """A folder, as QFileDialog.getExistingDirectory answers (or "")."""
    dialog = _dialog(parent, caption, directory, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = _chosen(dialog)
    return chosen[0] if chosen else ""


def import_dialog(
    parent: QWidget | None, caption: str, directory: str, filters: str, *, folder: bool
) -> QFileDialog:
    """The dialog of File ▸ Import files… (or Import folder…, `folder`), with the import's
    own choice below the file list: `dialog.keep_references`, unticked by default.

    Text scraped from web pages holds "&#39;", "&amp;"; import decodes them,
    and a user who wants the text as the file wrote it ticks the box.
    """
    dialog = _dialog(parent, caption, directory, filters)
    if folder:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    label = _tr("Keep HTML character references (&#39;, &amp;, &nbsp;…) as written")
    box = QCheckBox(label.replace("&", "&&"), dialog)  # "&" marks no shortcut letter here
    box.setToolTip(
        _tr(
            "By default the character references of plain text and of token corpora (CoNLL, "
            "PhoNER, VLSP, text-only JSONL) are decoded to the characters they stand for "
            "(&#39; becomes ', &amp; becomes &), once, at import; brat and JSONL with "
            "offsets keep them, as their offsets count them."
        )
    )
    layout = dialog.layout()
    if isinstance(layout, QGridLayout):  # Qt's own dialog lays itself out on a grid
        layout.addWidget(box, layout.rowCount(), 0, 1, layout.columnCount())
    dialog.keep_references = box
    return dialog


def chosen_for_import(dialog: QFileDialog) -> tuple[list[str], bool]:
    """What the import dialog chose: its paths (none when cancelled), and whether to keep
    character references as written."""
    return _chosen(dialog), dialog.keep_references.isChecked()
