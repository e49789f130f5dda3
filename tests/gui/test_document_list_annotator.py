"""The document list filtered by annotator: a lead sees whose work a document is."""

from __future__ import annotations

import time

import pytest

from annotator.core.model import SourceDocument
from annotator.core.operations import AddSpan, AddSpans, SetStatus
from annotator.gui.documents.file_menu import in_vietnamese_order
from annotator.store import create_project, open_project
from annotator.store.document_filter import DocumentFilter

COUNT = 1000
LAN_DOCS = range(0, COUNT, 10)  # Lan labelled these
MINH_DOCS = (5, 6, 10)  # binh only marked these done, without a span
HOA_DOCS = range(900, 910)  # a package gave these to Hoa, who has not started


@pytest.fixture
def team_project(tmp_path):
    path = tmp_path / "team.db"
    project = create_project(path, annotator="Lan")
    sources = (
        SourceDocument(text=f"Bài số {i}\nHội nghị tại Hà Nội.\n", title=f"Bài số {i}")
        for i in range(COUNT)
    )
    ids = [doc_id for _source, doc_id in project.add_documents(sources)]
    lan_spans = tuple((ids[i], len(f"Bài số {i}\nHội nghị tại "), 0) for i in LAN_DOCS)
    lan_spans = tuple((doc, s, s + len("Hà Nội")) for doc, s, _ in lan_spans)
    project.session("Lan").apply(AddSpans(label="LOC", spans=lan_spans))
    for i in MINH_DOCS:
        project.session("binh").apply(SetStatus(doc_id=ids[i], status="done"))
    project.session("Lan").apply(SetStatus(doc_id=ids[10], status="in_progress"))
    project.record_assignments("Hoa", [ids[i] for i in HOA_DOCS], "goi-1")
    project.close()
    return path, ids


def _choose(panel, name: str | None) -> float:
    """Pick `name` in the annotator box; the seconds the list took to follow."""
    began = time.perf_counter()
    panel.annotator_combo.setCurrentIndex(panel.annotator_combo.findData(name))
    return time.perf_counter() - began


def test_list_keeps_only_the_chosen_annotators_documents(qtbot, make_window, team_project):
    path, ids = team_project
    window = make_window(path)
    panel = window.documents
    names = [panel.annotator_combo.itemData(i) for i in range(panel.annotator_combo.count())]
    me = window.project.annotator  # listed before their first span
    assert names == [None, *in_vietnamese_order({"Hoa", "Lan", "binh", me})]
    cases = {
        "Lan": [ids[i] for i in LAN_DOCS],
        "binh": [ids[i] for i in MINH_DOCS],
        "Hoa": [ids[i] for i in HOA_DOCS],
        me: [],
        None: ids,
    }
    for name, expected in cases.items():
        took = _choose(panel, name)
        assert took < 0.1, f"{name}: {took * 1000:.0f} ms"
        assert panel.model.rowCount() == len(expected)
        assert panel.visible_doc_ids() == expected
    _choose(panel, "Lan")
    panel.title_filter.setText("Bài số 9")
    panel.flush_filter()
    assert panel.visible_doc_ids() == [ids[i] for i in LAN_DOCS if str(i).startswith("9")]
    assert panel.list_filter() == DocumentFilter(title="Bài số 9", annotator="Lan")


def test_a_document_joins_and_leaves_the_list_with_the_annotators_work(
    qtbot, make_window, team_project
):
    path, ids = team_project
    window = make_window(path)
    panel = window.documents
    me = window.project.annotator
    _choose(panel, me)
    assert panel.visible_doc_ids() == []
    window.open_document(ids[3])
    start = len("Bài số 3\nHội nghị tại ")
    window.context.apply(AddSpan(doc_id=ids[3], start=start, end=start + 6, label="LOC"))
    assert panel.visible_doc_ids() == [ids[3]]
    with open_project(path, access="read") as reader:  # the list agrees with the file
        assert [row.id for row in reader.document_rows(DocumentFilter(annotator=me))] == [ids[3]]
    window.context.undo()  # the span and the status the first edit gave go again
    assert panel.visible_doc_ids() == []


def test_filtered_by_an_annotator_the_list_shows_and_filters_their_own_status(
    qtbot, make_window, team_project
):
    """Document 10: Lan is still at work, binh is done; the document is in progress."""
    path, ids = team_project
    window = make_window(path)
    panel = window.documents
    model = panel.model

    def shown(doc_id: int) -> tuple:
        row = model.row_of(doc_id)
        return model.index(row, 1).data(), model.index(row, 2).data()

    assert shown(ids[10]) == ("in progress", 1)
    _choose(panel, "binh")
    assert shown(ids[10]) == ("done", 0)  # binh's status, and binh has no span there
    _choose(panel, "Lan")
    assert shown(ids[10]) == ("in progress", 1)
    assert shown(ids[20]) == ("new", 1)  # Lan labelled it without a status of her own
    panel.status_combo.setCurrentIndex(panel.status_combo.findData("in_progress"))
    assert panel.visible_doc_ids() == [ids[10]]  # what Lan has open
    _choose(panel, "binh")
    assert panel.visible_doc_ids() == []
    panel.status_combo.setCurrentIndex(panel.status_combo.findData("done"))
    assert panel.visible_doc_ids() == [ids[i] for i in MINH_DOCS]
    _choose(panel, None)  # every annotator: the document's own status again
    assert ids[10] not in panel.visible_doc_ids()


def test_annotators_are_listed_in_vietnamese_order_not_by_code_point():
    names = ["Đức", "Dũng", "an", "Bình", "Anh", "Ý", "Yến", "binh", "Ánh"]
    expected = ["an", "Anh", "Ánh", "binh", "Bình", "Dũng", "Đức", "Ý", "Yến"]
    assert in_vietnamese_order(names) == expected
    assert sorted(names, key=str.casefold) != expected  # the old order put Đức after Yến
