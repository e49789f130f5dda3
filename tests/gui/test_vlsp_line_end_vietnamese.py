"""The window's import report says, in Vietnamese, how many VLSP 2018 tags ran past their line.

The command line's report says it in English (tests/formats/test_vlsp2018_line_ends.py).
"""

from __future__ import annotations

from tests.formats.test_vlsp2018_line_ends import BROKEN
from tests.gui.helpers import import_and_wait


def test_the_window_reports_tags_left_open_at_their_line_end(
    vietnamese, qtbot, make_window, tmp_path
):
    window = make_window()
    window.new_project_path(tmp_path / "p.db")
    folder = tmp_path / "vlsp"
    folder.mkdir()
    (folder / "a.muc").write_text(BROKEN, encoding="utf-8")
    (folder / "b.muc").write_text(BROKEN.replace("hôm qua", "hôm nay"), encoding="utf-8")
    report = import_and_wait(qtbot, window, [folder])
    details = report.details.toPlainText()
    assert (
        '2 × <ENAMEX TYPE="PERSON"> không được đóng trên cùng dòng (một thực thể không kéo '
        "sang dòng khác); đã bỏ qua"
    ) in details
    assert f'{folder / "a.muc"}: dòng 1: <ENAMEX TYPE="PERSON"> không được đóng' in details
    assert "is not closed on its line" not in details
    spans = [window.project.spans(d) for d in window.project.document_ids()]
    assert [[(s.label) for s in doc] for doc in spans] == [["PERSON"], ["PERSON"]]
