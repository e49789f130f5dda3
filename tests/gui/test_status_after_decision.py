"""After a decision the next suggestion's keys are readable at 1366 px, in both languages.

"Rejected ROLE: Bí thư Tỉnh ủy, and rejected 1 relation with it › 3
suggestions here · Suggested PER “Phan…” (rules…" lost the keys at the
bar's end: what was done is said first, then the next suggestion alone,
with its keys; the log holds the whole of both. A short surface is never
cut to a piece of a word either ("Thủ tướng" was shown as "Thủ…").
"""

from __future__ import annotations

from contextlib import nullcontext

import pytest
from PySide6.QtCore import Qt

from annotator.gui.status_bar import DECISION_MS, fitted
from tests.gui.i18n_support import vietnamese_interface
from tests.gui.review_support import review_window

SIZE = (1366, 768)
KEYS = {"en": "Backspace rejects", "vi": "Backspace từ chối"}
WITH_IT = {"en": "rejected 1 relation with it", "vi": "từ chối kèm theo 1 quan hệ"}


@pytest.mark.parametrize("language", ["en", "vi"])
def test_after_a_rejection_the_notice_is_said_then_the_next_keys(
    qtbot, make_window, demo_path, language
) -> None:
    with vietnamese_interface() if language == "vi" else nullcontext():
        r = review_window(qtbot, make_window, demo_path, size=SIZE)
        status = r.window.status
        r.editor.select_span(r.spans["Bí thư Tỉnh ủy"])
        qtbot.keyClick(r.editor, Qt.Key.Key_Backspace)
        assert r.window.project.relation(r.relation).state == "rejected"
        assert WITH_IT[language] in status.currentMessage()  # what was done, read first
        assert r.editor.selected_span().id == r.spans["Phan Việt Cường"]
        keys = KEYS[language]
        qtbot.waitUntil(lambda: status.currentMessage().endswith(keys), timeout=DECISION_MS + 2000)
        shown = status.currentMessage()
        assert "Phan Việt Cường" in shown and "95%" in shown, shown
        assert status.fontMetrics().horizontalAdvance(shown) <= status.message_room()
        logged = status.log.newest_first()[0].text
        assert WITH_IT[language] in logged and KEYS[language] in logged  # one entry, both whole


def test_a_message_that_fits_stays_as_it_is(qtbot, make_window, demo_path) -> None:
    """At 1920 px the decision and the next keys fit together: nothing is taken away later."""
    r = review_window(qtbot, make_window, demo_path, size=(1920, 1080))
    status = r.window.status
    r.editor.select_span(r.spans["Ban Thường vụ Tỉnh ủy"])
    qtbot.keyClick(r.editor, Qt.Key.Key_Return)
    said = status.currentMessage()
    assert said.startswith("Accepted ORG") and said.endswith(KEYS["en"]), said
    qtbot.wait(DECISION_MS + 300)
    assert status.currentMessage() == said


def test_a_short_surface_is_never_cut_to_a_piece_of_a_word(qtbot, make_window) -> None:
    window = make_window()
    metrics = window.status.fontMetrics()
    text = "3 suggestions here   ·   Suggested ROLE “Thủ tướng” (rules 90%): Enter accepts, Backspace rejects"
    shown = fitted(text, metrics, metrics.horizontalAdvance(text) - 10)
    assert "“Thủ tướng”" in shown and "Thủ…" not in shown, shown  # the end gives way instead
    longer = text.replace("Thủ tướng", "Thủ tướng Chính phủ Phạm Minh Chính")
    room = metrics.horizontalAdvance(longer) - 40
    shown = fitted(longer, metrics, room)
    assert "“Thủ tướng" in shown and shown.endswith("Backspace rejects"), shown
