"""The spans chart of a corpus with long label names keeps each name readable.

Ten PhoNER_COVID19 labels (SYMPTOM_AND_DISEASE, TRANSPORTATION, ...) ran into
one line under their bars in the statistics view; the short labels of the
project's own schema stay level.
"""

from __future__ import annotations

import math

import pytest

from annotator.core.model import SourceDocument
from annotator.core.operations import PutLabel
from annotator.store import create_project

LONG = ["AGE", "DATE", "GENDER", "JOB", "LOCATION", "NAME", "ORGANIZATION", "PATIENT_ID"]
LONG += ["SYMPTOM_AND_DISEASE", "TRANSPORTATION"]
SHORT = ["PER", "ROLE", "ORG", "LOC", "EVENT", "DATE"]


def _project(path, labels):
    project = create_project(path)
    known = set(project.schema().label_names())
    for label in labels:
        if label not in known:
            project.session().apply(PutLabel(name=label, color="#808080"))
    text = " ".join(f"từ{i}" for i in range(len(labels)))
    spans, start = [], 0
    for i, label in enumerate(labels):
        word = f"từ{i}"
        spans.append((start, start + len(word), label))
        start += len(word) + 1
    project.add_document(SourceDocument(text=text, spans=tuple(spans)))
    project.close()
    return path


def _overlapping(canvas) -> list[tuple[str, str]]:
    """Neighbouring tick names that touch: level ones by their boxes; slanted (parallel)
    ones when the distance across their lines is less than a line's height."""
    canvas.draw()
    axes = canvas.figure.axes[0]
    renderer = canvas.get_renderer()
    labels = axes.get_xticklabels()
    touching = []
    for a, b in zip(labels, labels[1:], strict=False):
        box_a, box_b = a.get_window_extent(renderer), b.get_window_extent(renderer)
        angle = math.radians(a.get_rotation())
        if angle == 0:
            apart = box_a.x1 <= box_b.x0 + 1
        else:
            step = axes.transData.transform((1, 0))[0] - axes.transData.transform((0, 0))[0]
            height = renderer.points_to_pixels(a.get_fontsize())
            apart = step * math.sin(angle) > height
        if not apart:
            touching.append((a.get_text(), b.get_text()))
    return touching


@pytest.mark.parametrize("labels", [LONG, SHORT], ids=["phoner", "project"])
def test_label_names_under_the_spans_chart_never_overlap(qtbot, make_window, tmp_path, labels):
    window = make_window(_project(tmp_path / "p.db", labels))
    window.corpus.actions["statistics"].trigger()
    dialog = window.corpus.dialog
    qtbot.waitUntil(lambda: dialog.stats is not None, timeout=20000)
    dialog.resize(1000, 600)
    canvas = dialog.canvases["spans"]
    dialog.tabs.setCurrentWidget(canvas.parent())
    qtbot.waitUntil(lambda: canvas.width() > 300)
    assert _overlapping(canvas) == []
    rotations = {t.get_rotation() for t in canvas.figure.axes[0].get_xticklabels()}
    assert rotations == ({35.0} if labels is LONG else {0.0})
