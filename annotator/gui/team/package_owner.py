"""Opening someone else's work package: ask whose name the new edits carry.

A package is made for one annotator, and merging it back reads every span
of its person layers as theirs. Edits signed with another name (whoever
opened the file) would sit beside the annotator's own work, their statuses
summed with it, without anyone having chosen that. So when the window's
annotator differs from the package's, the window names both and asks; the
answer goes through the context's own switch of the signing name, and the
status bar then shows the name in use.
"""

from __future__ import annotations

from contextlib import suppress
from typing import Any

from PySide6.QtWidgets import QMessageBox

from annotator.core.errors import AnnotatorError
from annotator.gui.dialog_keys import open_modal
from annotator.gui.i18n import _tr
from annotator.gui.plaintext import message_box

# Project setting of a package: {window's annotator name: the name they chose to sign with}.
SIGNING_CHOICES = "team/package_signing"


def remembered_choice(project: Any, me: str) -> str | None:
    """The name `me` chose to sign with when they opened this package before, if any."""
    choices = project.get_setting(SIGNING_CHOICES, {})
    chosen = choices.get(me) if isinstance(choices, dict) else None
    return chosen if isinstance(chosen, str) and chosen else None


def remember_choice(project: Any, me: str, chosen: str) -> None:
    """Keep `me`'s answer in the package itself, so the next opening does not ask again.

    The answer belongs to this file (another package of the same person may
    deserve another answer). A file that cannot be written keeps nothing:
    the question comes again, which is the safe side.
    """
    choices = project.get_setting(SIGNING_CHOICES, {})
    choices = dict(choices) if isinstance(choices, dict) else {}
    choices[me] = chosen
    with suppress(AnnotatorError):
        project.set_setting(SIGNING_CHOICES, choices)


def package_owner(project: Any) -> str | None:
    """The annotator a package was made for, when it is not the window's (else None)."""
    info = project.package_info()
    owner = str(info.get("annotator", "")).strip() if isinstance(info, dict) else ""
    return owner if owner and owner != project.annotator else None


class OwnerQuestion:
    """The question, kept alive while shown; `choose` answers it as a click would."""

    def __init__(self, window: Any, owner: str, on_chosen: Any) -> None:
        self.window = window
        self.owner = owner
        self.me = window.project.annotator
        self.on_chosen = on_chosen
        self.box = message_box(
            window,
            _tr("Someone else's work package"),
            _tr(
                "This work package was made for {owner}, but your edits are signed {me}. "
                "Edits in it are merged back as {owner}'s layer, so working as {me} mixes "
                "two people's work. Whose name should your edits here carry?"
            ).format(owner=self.owner, me=self.me),
            ask=True,
        )
        self.box.setStandardButtons(QMessageBox.StandardButton.NoButton)
        as_owner = _tr("Continue as {owner}").format(owner=owner)
        self.as_owner = self.box.addButton(as_owner, QMessageBox.ButtonRole.AcceptRole)
        as_me = _tr("Continue as {me}").format(me=self.me)
        self.as_me = self.box.addButton(as_me, QMessageBox.ButtonRole.RejectRole)
        self.box.setDefaultButton(self.as_owner)
        self.box.finished.connect(lambda _result: self._answered())

    def show(self) -> None:
        open_modal(self.box)

    def choose(self, name: str) -> None:
        """Click the button that continues as `name` (the owner or the window's annotator)."""
        (self.as_owner if name == self.owner else self.as_me).click()

    def _answered(self) -> None:
        # Closing the box with Escape keeps the name the window had: nothing changes
        # unasked, and nothing is remembered (the question comes again next time).
        clicked = self.box.clickedButton()
        name = self.owner if clicked is self.as_owner else self.me
        if clicked in (self.as_owner, self.as_me):
            remember_choice(self.window.project, self.me, name)
        self.on_chosen(name)
