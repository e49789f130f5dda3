"""Every count the window shows has its digits grouped as the interface language groups them.

Counts inside translated strings are Qt's %Ln (grouped by the default locale
the language sets); counts put into templates go through `i18n.number`, which
reads the same locale. A bare %n printed 12345 beside 12.345 elsewhere.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from annotator.core.model import SourceDocument
from annotator.gui.i18n import install_translator
from annotator.store import create_project
from tests.gui.helpers import search_corpus

ROOT = Path(__file__).resolve().parents[2]
BARE_COUNT = re.compile(r"(?<!L)%n")


def test_no_string_of_the_window_counts_with_an_ungrouped_n():
    sources = sorted((ROOT / "annotator" / "gui").rglob("*.py"))
    catalogues = sorted((ROOT / "resources" / "i18n").glob("*.ts"))
    bare = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in [*sources, *catalogues]
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if BARE_COUNT.search(line)
    ]
    assert bare == []


@pytest.mark.parametrize(
    ("language", "summary"),
    [("en", "1,200 hits in 1 document"), ("vi", "1.200 kết quả trong 1 tài liệu")],
)
def test_the_search_summary_groups_its_counts(qtbot, make_window, tmp_path, language, summary):
    install_translator(language)
    path = tmp_path / "counts.db"
    project = create_project(path)
    project.add_document(SourceDocument(text=" ".join(["Hà Nội"] * 1200), title="Hà Nội"))
    project.close()
    window = make_window(path)
    panel = window.corpus.search
    said = search_corpus(
        qtbot, window, "Nội", until=lambda: panel.summary.text().startswith(summary[:5])
    )
    assert said.startswith(summary)


@pytest.mark.parametrize(("language", "heading"), [("en", "LOC (1,200)"), ("vi", "LOC (1.200)")])
def test_the_annotation_list_groups_the_count_of_a_label(
    qtbot, make_window, tmp_path, language, heading
):
    from annotator.core.operations import AddSuggestions

    install_translator(language)
    path = tmp_path / "counts.db"
    project = create_project(path)
    doc_id = project.add_document(SourceDocument(text=" ".join(["Hà Nội"] * 1200), title="Hà Nội"))
    places = tuple((7 * i, 7 * i + 6, "LOC", "rules", 0.9) for i in range(1200))
    project.session().apply(AddSuggestions(doc_id, spans=places))
    project.close()
    window = make_window(path)
    window.open_document(doc_id)
    model = window.annotations.model
    qtbot.waitUntil(lambda: bool(model.group_rows()))
    shown = [model.index(row, 0).data() for row in model.group_rows()]
    assert shown == [heading]
