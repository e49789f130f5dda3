"""A spaCy DocBin exported from the window keeps the relations, and reads back with them.

Before, every relation was left out of the spaCy export ("the format has no
relations"), so a team annotating relations had to leave spaCy for brat or
JSONL. They now travel in `user_data["relations"]`, each end a span of
`doc.spans["sc"]`, which spaCy itself loads and an import takes back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from annotator.app.importing.importer import import_paths
from annotator.app.importing.reading import ImportOptions
from annotator.gui.export.dialog import ExportDialog
from annotator.store import create_project
from tests.formats.pipeline import build_project


def _export(qtbot, project, out: Path) -> str:
    dialog = ExportDialog(project)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format_box.setCurrentText("spacy")
    dialog.out_edit.setText(str(out))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=30000)
    preview = dialog.report.toPlainText()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_ is not None and dialog.task is None, timeout=30000)
    return preview


def _relations(doc) -> set[tuple[str, str, str]]:
    """(head text, type, tail text) of a spaCy Doc's stored relations."""
    return {
        (doc.text[r["head"][0] : r["head"][1]], r["type"], doc.text[r["tail"][0] : r["tail"][1]])
        for r in doc.user_data["relations"]
    }


def test_spacy_export_keeps_relations_and_reads_them_back(qtbot, project, tmp_path: Path):
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    build_project(project)
    preview = _export(qtbot, project, tmp_path / "sp")
    # Only the relation to a pending suggestion (not exported) stays out, as in JSONL.
    assert "1 relation left out" in preview and "(PARTICIPATES 1)" in preview, preview
    assert "HOLDS" not in preview and "WHEN" not in preview, preview
    docs = list(DocBin().from_disk(tmp_path / "sp" / "all.spacy").get_docs(Vocab()))
    found = set().union(*(_relations(d) for d in docs))
    assert ("Lê Trí Thanh", "HOLDS", "Bí thư Tỉnh ủy Quảng Nam") in found, found
    assert ("hội nghị", "WHEN", "sáng 23.2") in found, found
    for doc in docs:
        group = {(s.start_char, s.end_char, s.label_) for s in doc.spans["sc"]}
        for relation in doc.user_data["relations"]:
            assert tuple(relation["head"]) in group and tuple(relation["tail"]) in group
    again = create_project(tmp_path / "again.db")
    try:
        import_paths(again, [tmp_path / "sp" / "all.spacy"], options=ImportOptions(jobs=1))
        stored = set()
        for doc_id in again.document_ids():
            text = again.document(doc_id).text
            spans = {s.id: s for s in again.spans(doc_id)}
            for r in again.relations(doc_id):
                head, tail = spans[r.head], spans[r.tail]
                stored.add((text[head.start : head.end], r.type, text[tail.start : tail.end]))
    finally:
        again.close()
    assert stored == found
