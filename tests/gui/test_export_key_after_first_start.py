"""After the first start, the demo's first suggestion run ends with the keys in the text.

Seen under a bare X server: Ctrl+E pressed just after the first-start questions
did nothing. Neither the missing window manager nor the shortcut's context was
the cause: the demo is suggested at once, and that run's progress is
window-modal (menus and shortcuts wait for it, by design), so a key pressed
during it is dropped. But when it ended, the keys went to the bare window, not
to the text: the run had started while the questions' name box still had them,
and that box, gone, was where they were to go back. Ctrl+E (a window shortcut)
worked then; a label key or an arrow typed into the text did nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from annotator.gui.export.dialog import ExportDialog
from tests.gui.helpers import in_export_dialog
from tests.gui.test_first_start import _answer, projects, started  # noqa: F401


def test_the_text_has_the_keys_after_the_first_run_and_ctrl_e_exports(
    qtbot,
    started,  # noqa: F811
    projects,  # noqa: F811
) -> None:
    seen: list = []
    _answer(qtbot, seen, name="Lan", language="en")
    window = started()
    qtbot.waitUntil(lambda: not window.tasks, timeout=240_000)  # the demo's suggestions
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.editor, timeout=3000)
    opened: list = []
    in_export_dialog(qtbot, window, lambda dialog: opened.append(dialog))
    assert len(opened) == 1 and isinstance(opened[0], ExportDialog)
