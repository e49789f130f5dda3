"""Every panel has a name of its own in each language: the View menu lists them by it.

In Vietnamese the document list ("Documents") and the open document's panel
("Document") were both "Tài liệu", twice in the View menu and on two tabs.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDockWidget

from annotator.gui.i18n import install_translator


@pytest.mark.parametrize("language", ["en", "vi"])
def test_no_two_panels_share_a_name(qtbot, make_window, demo_path, language):
    install_translator(language)
    window = make_window(demo_path)
    titles = [dock.windowTitle() for dock in window.findChildren(QDockWidget)]
    assert len(titles) >= 6
    assert sorted(titles) == sorted(set(titles)), titles
    toggles = [dock.toggleViewAction().text() for dock in window.findChildren(QDockWidget)]
    assert len(set(toggles)) == len(toggles)
