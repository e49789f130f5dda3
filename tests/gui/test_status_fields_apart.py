"""The status bar's fields keep room between them in either language and either snap mode.

In Vietnamese "Bám: âm tiết" (syllables) is longer than "Bám: cả từ" (whole
words); the snap field was sized for the latter only, so its text ran up to
"Xong 0/5" with no room between them.
"""

from __future__ import annotations

import pytest

from annotator.core.model import SourceDocument
from annotator.gui.i18n import install_translator
from annotator.gui.status_bar import FIELD_ROOM
from annotator.store import create_project, open_project


def _gap_after_text(label, neighbour) -> int:
    """Pixels from the end of `label`'s text to the left edge of `neighbour`."""
    text_end = label.x() + label.fontMetrics().horizontalAdvance(label.text())
    return neighbour.x() - text_end


@pytest.mark.parametrize("language", ["en", "vi"])
def test_the_snap_field_keeps_room_before_the_progress(
    qtbot, make_window, tmp_path, language
) -> None:
    path = tmp_path / "p.db"
    with create_project(path, annotator="lan") as project:
        for text in ("Kỳ họp thứ năm.", "Quốc hội thông qua luật."):
            project.add_document(SourceDocument(text=text))
    assert install_translator(language) == language
    try:
        window = make_window(path, size=(1366, 768))
        status = window.status
        for words in (False, True):
            if window.commands.word_mode.isChecked() != words:
                window.commands.word_mode.trigger()  # Annotate ▸ Select whole words
            window.repaint()  # lays the bar out again
            qtbot.waitUntil(lambda: status.progress_label.x() > status.mode_label.x())
            gap = _gap_after_text(status.mode_label, status.progress_label)
            assert gap >= FIELD_ROOM, (status.mode_label.text(), gap)
        with open_project(path, access="read") as stored:
            total = stored.document_count()
        assert f"0 of {total}" in status.progress_label.text() or (
            f"0/{total}" in status.progress_label.text()
        )
    finally:
        install_translator("en")
