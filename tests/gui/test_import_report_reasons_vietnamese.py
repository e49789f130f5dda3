"""The import report of published corpus layouts reads in Vietnamese and hides no change.

A team imports PhoNER JSON lines and a VLSP 2016 column file. Before, a
broken JSON line was reported in Python's English ("Expecting property name
enclosed in double quotes"), the heading of a skip whose reason sits inside a
located message ("x.jsonl, line 3: ...") stayed English while its example was
translated, and accents typed apart from their letters in token files were
composed without a word, where the same in an article or a VLSP 2018 file is
reported.
"""

from __future__ import annotations

import json
import unicodedata

from annotator.store import open_project
from tests.gui.helpers import import_and_wait
from tests.gui.i18n_support import vietnamese_interface

DECOMPOSED = unicodedata.normalize("NFD", "Trường")  # 3 combining marks


def _corpus(folder):
    folder.mkdir()
    lines = [
        {"words": ["Ông", "Nguyễn", "Văn", "A"], "tags": ["O", "B-NAME", "I-NAME", "I-NAME"]},
        {"words": [DECOMPOSED, "học"], "tags": ["B-ORGANIZATION", "I-ORGANIZATION"]},
        {"words": ["x", "y"], "tags": ["O"]},
    ]
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines) + "{not json\n"
    (folder / "phoner.jsonl").write_text(text, encoding="utf-8")
    rows = f"<s>\n{DECOMPOSED}_Chinh\tNp\tB-NP\tB-ORG\tO\nhọp\tV\tB-VP\tO\tO\n</s>\n"
    (folder / "vlsp2016.txt").write_bytes(b"\xef\xbb\xbf" + rows.replace("\n", "\r\n").encode())
    return folder


def test_skips_and_composed_accents_are_reported_in_vietnamese(qtbot, make_window, tmp_path):
    window = make_window()
    window.new_project_path(tmp_path / "p.db")
    folder = _corpus(tmp_path / "corpus")
    with vietnamese_interface():
        report = import_and_wait(qtbot, window, [folder])
    details = report.details.toPlainText()
    group_lines = [line for line in details.splitlines() if " × " in line]
    assert any("không phải JSON hợp lệ (hỏng ở cột 2)" in line for line in group_lines), details
    assert any("số từ và số thẻ khác nhau" in line for line in group_lines), details
    for english in ("Expecting", "numbers of words", "double quotes"):
        assert english not in details, (english, details)
    composed = [line for line in details.splitlines() if "đã ghép 3 dấu" in line]
    assert any("phoner.jsonl" in line for line in composed), details
    assert any("vlsp2016.txt" in line for line in composed), details
    path = window.context.path
    window.close()
    project = open_project(path)
    try:
        texts = [project.document(i).text for i in project.document_ids()]
    finally:
        project.close()
    assert len(texts) == 3
    assert all(unicodedata.is_normalized("NFC", t) for t in texts)
    assert sum("Trường" in t for t in texts) == 2
