"""The question the Export dialog asks before writing into a folder that already holds files.

An export is written whole into its folder (beside it first, then moved in,
so a full or read-only disk leaves the folder as it was). Into a folder that
exists, that means replacing everything the folder holds. The dialog used to
refuse such a folder with a line in its report unless a box was ticked
beforehand, and with the box ticked it replaced the folder without saying
what went: an earlier export of another format, or files that were never an
export at all. It now names what the folder holds and lets the linguist
replace it, choose another folder, or stop.

A separate-layer export replaces only the annotators' own folders inside its
target: the question names those (not everything the target holds, which
stays), so it no longer warned that a folder of earlier layer exports "does
not look like an earlier export".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from annotator.app.team.layers import SEPARATE, layer_folder, separate_layers
from annotator.gui.dialog_keys import open_modal
from annotator.gui.i18n import _tr, number
from annotator.gui.plaintext import message_box

SHOWN_NAMES = 8  # the names listed; a longer folder is counted
CARD = "README.md"  # every export writes its dataset card here


def folder_entries(target: Path) -> list[str] | None:
    """What `target` holds now (folders end in "/"), None when it is not there, or empty,
    or not a folder (the export then says why it cannot write there)."""
    try:
        if not target.is_dir():
            return None
        names = sorted(
            f"{entry.name}/" if entry.is_dir() else entry.name for entry in target.iterdir()
        )
    except OSError:
        return None
    return names or None


def replace_text(target: Path, names: list[str]) -> str:
    """The question: the folder, what it holds (the first few names, then a count), and what
    replacing it means."""
    listed = "\n".join(f"  • {name}" for name in names[:SHOWN_NAMES])
    if len(names) > SHOWN_NAMES:
        listed += "\n  " + _tr("… and {count} more").format(count=number(len(names) - SHOWN_NAMES))
    text = _tr("The folder {path} already holds:").format(path=target) + "\n" + listed + "\n\n"
    text += _tr(
        "Replacing it removes everything listed and writes the new dataset in its place; "
        "the old files stay until the new ones are completely written."
    )
    if CARD not in names:
        text += "\n\n" + _tr(
            "This folder does not look like an earlier export (it has no {card}): "
            "check that nothing in it is needed."
        ).format(card=CARD)
    return text


def not_a_folder_text(target: Path) -> str:
    """What Export says when Folder names a file. The store's own words ("allow overwriting
    it") name a command-line switch the dialog does not have."""
    return (
        _tr("Nothing was written.")
        + "\n"
        + _tr(
            "{path} is a file, and an export is a folder of files, so it cannot go there "
            "and the file was left as it is. Type a new folder name under Folder, or "
            "choose a folder with Browse…"
        ).format(path=target)
    )


def layers_text(target: Path, folders: list[str]) -> str:
    """The question of a separate-layer export: which annotators' folders it replaces, and
    that nothing else in the target is touched."""
    listed = "\n".join(f"  • {name}/" for name in folders)
    text = _tr(
        "Export writes each annotator's layer into a folder of its own inside {path}. "
        "These folders are there already and will be replaced by the new export:"
    ).format(path=target)
    text += "\n" + listed + "\n\n"
    return text + _tr(
        "Everything else in {path} stays as it is; the old files stay until the new ones "
        "are completely written."
    ).format(path=target)


def separate_layer_folders(project: Any, options: Any) -> list[str] | None:
    """The annotators' folders of a separate-layer export (None for any other export)."""
    if options.selection.layer != SEPARATE:
        return None
    return [layer_folder(name) for name in separate_layers(project, options.selection)]


def existing_layer_folders(target: Path, folders: list[str]) -> list[str]:
    """The annotators' folders a separate-layer export into `target` would replace."""
    try:
        return [
            name for name in folders if (target / name).is_dir() and any((target / name).iterdir())
        ]
    except OSError:
        return []


def ask_before_replacing(
    dialog: Any,
    target: Path,
    replace: Callable[[], object],
    choose_other: Callable[[], object],
    layer_folders: list[str] | None = None,
) -> QMessageBox | None:
    """Run `replace` at once when `target` is missing or empty; otherwise ask first (without
    blocking: the box is returned, for the dialog to keep). Cancel is the default, so Enter
    pressed by habit removes nothing. With `layer_folders` (a separate-layer export), only
    those folders inside `target` are replaced, and the question is about them."""
    if layer_folders is not None:
        names = existing_layer_folders(target, layer_folders) or None
        title, text = _tr("Replace the annotators' folders?"), layers_text(target, names or [])
    else:
        names = folder_entries(target)
        title, text = _tr("Replace the folder?"), replace_text(target, names or [])
    if names is None:
        replace()
        return None
    box = message_box(dialog, title, text, ask=False)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setStandardButtons(QMessageBox.StandardButton.Cancel)
    replace_button = box.addButton(_tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
    other_button = box.addButton(_tr("Choose another folder…"), QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def answered(_result: int) -> None:
        if box.clickedButton() is replace_button:
            replace()
        elif box.clickedButton() is other_button:
            choose_other()

    box.finished.connect(answered)
    open_modal(box, dialog)
    return box
