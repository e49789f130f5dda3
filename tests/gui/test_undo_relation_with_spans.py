"""Undoing an accepted relation says its spans go back to pending too.

Enter on a pending HOLDS whose two spans were pending accepts all three,
and the status said so; Ctrl+Z put all three back but said only "accepting
1 suggested relation", so the reviewer looked for the two spans' own step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.model import ACCEPTED, PENDING
from tests.gui.helpers import stored_relations, stored_spans
from tests.gui.review_support import review_window


def test_undoing_an_accepted_relation_names_its_spans(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    ends = (r.spans["Phan Việt Cường"], r.spans["Bí thư Tỉnh ủy"])
    r.editor.select_relation(r.relation)
    r.editor.setFocus()
    qtbot.keyClick(r.editor, Qt.Key.Key_Return)
    states = {s.id: s.state for s in stored_spans(demo_path, r.doc_id)}
    assert [states[i] for i in ends] == [ACCEPTED, ACCEPTED]
    qtbot.keyClick(r.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    states = {s.id: s.state for s in stored_spans(demo_path, r.doc_id)}
    assert [states[i] for i in ends] == [PENDING, PENDING]
    assert {x.state for x in stored_relations(demo_path, r.doc_id)} == {PENDING}
    said = r.window.status.whole_message()
    assert "accepting 1 suggested relation with 2 pending spans" in said, said
