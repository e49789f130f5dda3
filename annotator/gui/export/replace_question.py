"""The question the Export dialog asks before writing into a folder that already holds files.

An export is written whole into its folder (beside it first, then moved in,
so a full or read-only disk leaves the folder as it was). Into a folder that
exists, that means replacing everything the folder holds. The dialog used to
refuse such a folder with a line in its report unless a box was ticked
beforehand, and with the box ticked it replaced the folder without saying
what went: an earlier export of another format, or files that were never an
export at all. It now names what the folder holds and lets the linguist
replace it, choose another folder, or stop.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

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


def ask_before_replacing(
    dialog: Any,
    target: Path,
    replace: Callable[[], object],
    choose_other: Callable[[], object],
) -> QMessageBox | None:
    """Run `replace` at once when `target` is missing or empty; otherwise ask first (without
    blocking: the box is returned, for the dialog to keep). Cancel is the default, so Enter
    pressed by habit removes nothing."""
    names = folder_entries(target)
    if names is None:
        replace()
        return None
    box = message_box(dialog, _tr("Replace the folder?"), replace_text(target, names), ask=False)
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
