"""The statistics charts in the Vietnamese window: every title and label inside its chart, no
legend over a bar, no tick labels over each other (seen at 1366x768: "Gợi ý đã duyệt, theo
nguồn gợi ý" lost its last word, the legend of the spans chart covered its tallest bar, and a
legend beside the axes squeezed them until their numbers ran together)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from annotator.core.model import ACCEPTED, REJECTED
from annotator.core.operations import AddSuggestions, SetRelationStates, SetSpanStates
from annotator.store import open_project
from tests.app._corpus_projects import corpus_file
from tests.gui.i18n_support import vietnamese_interface


def with_suggestions(path: Path) -> Path:
    """The corpus, its first article with many place suggestions (one label far above the
    others) from two suggesters and suggested relations, some of each decided."""
    project = open_project(path)
    try:
        doc = project.document_ids()[0]
        text = project.document(doc).text
        words = [i for i in range(len(text)) if i == 0 or text[i - 1] == " "][:40]
        labels = ("LOC", "ORG", "ROLE", "EVENT", "DATE", "DOC")  # hundreds decided: wide numbers
        spans = [(w, w + 1, label, "rules", 0.9) for label in labels for w in words]
        spans += [(start, start + 1, "PER", "base-model", 0.6) for start in words[:10]]
        first = len(spans) - 10
        relations = [
            (first, 0, "HOLDS", "relations", 0.7),
            (first + 1, 1, "HOLDS", "relations", 0.7),
        ]
        session = project.session()
        done = session.apply(AddSuggestions(doc, spans=tuple(spans), relations=tuple(relations)))
        added = done.spans_added
        session.apply(SetSpanStates(added[:160], ACCEPTED))
        session.apply(SetSpanStates(added[160:230] + added[first : first + 1], REJECTED))
        session.apply(SetRelationStates(done.relations_added[:1], ACCEPTED))
    finally:
        project.close()
    return path


def outside(figure, renderer) -> list[str]:
    """What is drawn beyond the figure's edges: its titles, labels, ticks and legends."""
    box = figure.bbox
    found = []
    parts = [(text.get_text(), text) for text in figure.texts] + [
        (axes.get_title() or "axes", axes) for axes in figure.axes
    ]
    for name, part in parts:
        extent = part.get_tightbbox(renderer) if hasattr(part, "get_tightbbox") else None
        extent = extent if extent is not None else part.get_window_extent(renderer)
        if extent.x0 < box.x0 - 1 or extent.x1 > box.x1 + 1 or extent.y1 > box.y1 + 1:
            found.append(name)
    return found


def ticks_overlap(figure, renderer) -> bool:
    """Whether two tick labels of an axis are drawn over each other (an axes squeezed thin)."""
    for axes in figure.axes:
        for axis in (axes.xaxis, axes.yaxis):
            low, high = sorted(axis.get_view_interval())
            shown = [
                label
                for tick in axis.get_major_ticks()
                if low - 1e-9 <= tick.get_loc() <= high + 1e-9
                for label in (tick.label1, tick.label2)
                if label.get_visible() and label.get_text()
                if not label.get_rotation()  # slanted labels' boxes overlap, their glyphs not
            ]
            boxes = [label.get_window_extent(renderer).padded(3) for label in shown]  # a gap
            if any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :]):
                return True
    return False


def legend_over_bars(figure, renderer) -> bool:
    for axes in figure.axes:
        legends = [axes.get_legend(), *figure.legends]
        for legend in filter(None, legends):
            box = legend.get_window_extent(renderer)
            for bar in axes.patches:
                if bar.get_window_extent(renderer).overlaps(box):
                    return True
    return False


def test_chart_titles_and_labels_stay_inside_and_legends_clear_of_bars(
    qtbot, make_window, tmp_path: Path
):
    with vietnamese_interface():
        window = make_window(
            with_suggestions(corpus_file(tmp_path / "corpus.db")), size=(1366, 740)
        )
        window.corpus.actions["statistics"].trigger()
        dialog = window.corpus.dialog
        qtbot.waitUntil(lambda: dialog.stats is not None, timeout=20000)
        problems = {}
        for index in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(index)
            QApplication.processEvents()
        for name, canvas in dialog.canvases.items():
            dialog.tabs.setCurrentWidget(canvas.parentWidget())
            QApplication.processEvents()
            canvas.draw()
            renderer = canvas.get_renderer()
            figure = canvas.figure
            found = (
                outside(figure, renderer),
                legend_over_bars(figure, renderer),
                ticks_overlap(figure, renderer),
            )
            if any(found):
                problems[name] = found
        assert not problems, problems
