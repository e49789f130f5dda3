"""A clear picture: arcs in room of their own, a cue besides colour, a palette no eye confuses,
article parts styled apart, pending counts in the list, positions as paragraph and line."""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import QApplication

from annotator.core.resources import default_schema
from annotator.gui.editor.style import Palette
from annotator.gui.settings import SHOW_ARCS, preference
from tests.gui.helpers import point_of, show_cp
from tests.gui.review_support import chip_rects, review_window

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _chips(editor) -> list[QRectF]:
    return [rect for rects in chip_rects(editor).values() for rect in rects]


def _text_lines(editor) -> list[QRectF]:
    rects = []
    for block, geometry in editor.visible_blocks().values():
        layout = block.layout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            if line.textLength():
                rects.append(line.naturalTextRect().translated(geometry.topLeft()))
    return rects


def test_relation_arcs_have_room_of_their_own_and_never_cover_text(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    editor = r.editor
    editor.select_relation(None)
    show_cp(editor, r.find("Phan Việt Cường")[0])
    QApplication.processEvents()
    chips = _chips(editor)
    assert len(chips) == 2  # the HOLDS crosses a line: half on each, both labelled
    lines = _text_lines(editor)
    assert not [(c, t) for c in chips for t in lines if c.intersects(t)]
    image = editor.viewport().grab().toImage()
    centre = chips[0].center().toPoint()  # drawn without anything selected
    assert QColor(image.pixel(centre.x() - int(chips[0].width() / 2) + 1, centre.y())) != QColor(
        "white"
    )


def test_arcs_toggle_off_and_on_and_are_remembered(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    editor = r.editor
    show_cp(editor, r.find("Phan Việt Cường")[0])
    QApplication.processEvents()
    head = r.find("Phan Việt Cường")[0]
    with_room = editor.cursorRect(_cursor_at(editor, head)).top()
    qtbot.keyClick(editor, Qt.Key.Key_R, CTRL_SHIFT)
    QApplication.processEvents()
    assert not editor.show_arcs() and _chips(editor) == []
    assert preference(SHOW_ARCS, True) is False
    show_cp(editor, head)
    QApplication.processEvents()
    assert editor.cursorRect(_cursor_at(editor, head)).top() < with_room + 1
    qtbot.keyClick(editor, Qt.Key.Key_R, CTRL_SHIFT)
    QApplication.processEvents()
    assert editor.show_arcs() and len(_chips(editor)) == 2


def _cursor_at(editor, cp):
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(editor.document())
    cursor.setPosition(editor._offsets.to_qt(cp))
    return cursor


def _line_above_changed_by_hover(qtbot, r, name: str, start: int) -> list[bool]:
    """Hovering the span `name`: which pixels just above its line changed."""
    editor = r.editor
    before = editor.viewport().grab().toImage()
    qtbot.mouseMove(editor.viewport(), point_of(editor, start + 3))
    qtbot.waitUntil(lambda: [s.label for s in editor.hovered_spans()] == ["PER"])
    after = editor.viewport().grab().toImage()
    box = editor.line_boxes(*r.find(name), editor.visible_blocks())[0][0]
    above = [(x, int(box.top()) - 8) for x in range(int(box.left()) + 12, int(box.left()) + 30)]
    return [before.pixel(x, y) != after.pixel(x, y) for x, y in above]


def _tag_changed_by_hover(qtbot, r, start: int) -> list[bool]:
    """Hovering the span at `start`: which pixels of the place its tag is given changed."""
    from annotator.gui.editor.overlay import hover_tag_rects

    editor = r.editor
    before = editor.viewport().grab().toImage()
    qtbot.mouseMove(editor.viewport(), point_of(editor, start + 3))
    qtbot.waitUntil(lambda: [s.label for s in editor.hovered_spans()] == ["PER"])
    after = editor.viewport().grab().toImage()
    [(_label, chip)] = hover_tag_rects(editor, editor.visible_blocks())
    y = int(chip.center().y())
    return [
        before.pixel(x, y) != after.pixel(x, y) for x in range(int(chip.left()), int(chip.right()))
    ]


def test_hovering_a_span_shows_its_label_tag(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    start = r.show("Lê Văn Dũng")
    assert any(_tag_changed_by_hover(qtbot, r, start))


def test_the_selected_span_gets_no_tag_over_the_line_above(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    start = r.show("Lê Văn Dũng")
    qtbot.mouseMove(r.editor.viewport(), QPoint(1, 1))  # away first: the pointer may be there
    r.editor.select_span(r.spans["Lê Văn Dũng"])
    QApplication.processEvents()
    assert not any(_line_above_changed_by_hover(qtbot, r, "Lê Văn Dũng", start))


# --- the palette, as people with each kind of colour-vision deficiency see it ----------------
# Machado, Oliveira and Fernandes (2009), severity 1.0, on linear RGB.
_CVD = {
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}  # fmt: skip


def _linear(c: float) -> float:
    c /= 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _lab(rgb) -> tuple[float, float, float]:
    r, g, b = rgb
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.9505
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.089

    def f(t):
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _seen(color: QColor, matrix) -> tuple[float, float, float]:
    """The tint over white, as linear RGB seen through `matrix`, in CIELAB."""
    a = color.alphaF()
    rgb = [_linear(a * v + (1 - a) * 255) for v in (color.red(), color.green(), color.blue())]
    seen = [min(1.0, max(0.0, sum(m * v for m, v in zip(row, rgb, strict=True)))) for row in matrix]
    return _lab(seen)


def test_no_two_label_tints_look_alike_even_with_colour_blindness():
    schema = default_schema()
    palette = Palette(schema)
    names = schema.label_names()
    worst = {}
    for kind, matrix in _CVD.items():
        seen = {name: _seen(palette.fill(name), matrix) for name in names}
        worst[kind] = min(math.dist(seen[a], seen[b]) for a, b in itertools.combinations(names, 2))
    assert min(worst.values()) >= 10.0, worst  # ΔE*ab: 10 and more is plainly different
    assert len({palette.color(n).name() for n in names}) == len(names)


def test_title_byline_captions_and_tags_are_drawn_apart_from_the_body(
    qtbot, make_window, demo_path
):
    r = review_window(qtbot, make_window, demo_path)
    document = r.editor.document()

    def fmt(block_number: int):
        block = document.findBlockByNumber(block_number)
        ranges = [x for x in block.layout().formats() if x.start == 0]
        return QTextCharFormat(ranges[0].format) if ranges else None

    text = r.text.split("\n")
    title = fmt(0)
    assert title is not None and title.fontWeight() == QFont.Weight.Bold
    assert title.fontPointSize() > r.editor.font().pointSizeF()
    byline = fmt(1)
    assert byline is not None and byline.fontItalic()
    caption = text.index(next(t for t in text if t.endswith("Ảnh: N.Đ")))
    assert fmt(caption).fontItalic()
    tags = text.index("TAGS")
    assert fmt(tags).fontPointSize() < r.editor.font().pointSizeF()
    body = text.index(next(t for t in text if t.startswith("Tham dự")))
    assert fmt(body) is None or not fmt(body).fontItalic()


def test_a_document_opens_at_its_first_line(qtbot, make_window, demo_path):
    window = make_window(demo_path)  # opened before the window is shown, as on start-up
    assert window.editor.verticalScrollBar().value() == 0
    assert window.editor.first_visible_position() == 0


def test_the_document_list_shows_pending_next_to_accepted(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path)
    model = r.window.documents.model
    tips = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        for c in range(model.columnCount())
    ]
    assert tips[2].startswith("Annotations accepted") and tips[3].startswith("Suggestions")
    row = model.row_of(r.doc_id)
    qtbot.waitUntil(lambda: model.index(row, 3).data() == 6)  # 5 spans and 1 relation
    assert model.index(row, 2).data() == 0
    r.editor.select_span(r.spans["Lê Văn Dũng"])
    qtbot.keyClick(r.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: (model.index(row, 2).data(), model.index(row, 3).data()) == (1, 5))


def test_positions_are_paragraph_and_line(qtbot, make_window, demo_path):
    r = review_window(qtbot, make_window, demo_path, size=(900, 820))
    window = r.window
    model = window.annotations.model
    start, _ = r.find("Lê Trí Thanh")
    paragraph = r.text[:start].count("\n") + 1
    row = model.row_of(r.spans["Lê Trí Thanh"])
    shown = model.index(row, 3).data()  # short, so a narrow list shows it whole
    assert shown.startswith(f"¶{paragraph}:")
    line = int(shown.rsplit(":", 1)[1])
    assert line >= 1 and window.editor.locate(start) == (paragraph, line)
    whole = f"¶{paragraph} · line {line}"
    assert whole in model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole)
    window.editor.select_span(r.spans["Lê Trí Thanh"])
    assert window.status.position_label.text() == whole


def test_word_mode_is_shown_in_the_status_bar(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    assert window.status.mode_label.text() == "Snap: syllables"
    qtbot.keyClick(window.editor, Qt.Key.Key_W, CTRL_SHIFT)
    assert window.status.mode_label.text() == "Snap: whole words"
    qtbot.keyClick(window.editor, Qt.Key.Key_W, CTRL_SHIFT)
    assert window.status.mode_label.text() == "Snap: syllables"


def test_a_chip_at_the_end_of_a_line_stays_inside_it():
    from annotator.gui.editor.arcs import Segment

    # A relation between the last two words of a line: its middle is 10 px from the right edge.
    near_edge = Segment(1, 0, 470.0, 490.0, True, True, True, "PARTICIPATES", 80.0, 0, 0.0, 500.0)
    assert near_edge.chip_middle == 460.0  # moved in: 460 + 40 = the line's right edge
    assert near_edge.extent[1] <= 500.0 + 2.0
    near_start = Segment(2, 0, 2.0, 12.0, True, True, True, "WHEN", 40.0, 0, 0.0, 500.0)
    assert near_start.chip_middle == 20.0
    roomy = Segment(3, 0, 100.0, 300.0, True, True, True, "HOLDS", 40.0, 0, 0.0, 500.0)
    assert roomy.chip_middle == 200.0
