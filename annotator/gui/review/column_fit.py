"""Columns of the annotation lists cut to the list's width, so no sideways scrollbar shows.

Each column has the width its widest sample asks for (a source such as
"underthesea 100%", "¶000:00"); together they were wider than the
panel at the window's default size, so both lists always showed a
horizontal scrollbar, and scrolling hid the annotation's text. When they do
not fit, each column gives up room in proportion to what it has above its
floor; a cut cell ends in "…" and its row's tooltip holds the whole text.
Only a panel narrower than every floor scrolls.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHeaderView, QStyle

FLOOR = 0.4  # of a column's own width: "luật…", "¶12:…" still say what they are


def fitted(
    room: int, natural: Sequence[int], floors: Sequence[int], last: Sequence[int] = ()
) -> list[int]:
    """Widths for columns sharing `room` pixels: their own when they fit, else cut toward
    their floors in proportion, the floors when even those do not fit.

    The columns numbered in `last` give up room only once the others are at
    their floors: a relation's head and tail say what it is, its source and
    layer can be read in the tooltip.
    """
    if not last:
        return _shared_cut(room, natural, floors)
    first = [c for c in range(len(natural)) if c not in last]
    kept = sum(natural[c] for c in last)
    widths = list(natural)
    cut = _shared_cut(room - kept, [natural[c] for c in first], [floors[c] for c in first])
    for column, width in zip(first, cut, strict=True):
        widths[column] = width
    if sum(widths) > room:
        rest = room - sum(widths[c] for c in first)
        for column, width in zip(
            last,
            _fair_share(rest, [natural[c] for c in last], [floors[c] for c in last]),
            strict=True,
        ):
            widths[column] = width
    return widths


def _fair_share(room: int, natural: Sequence[int], floors: Sequence[int]) -> list[int]:
    """`room` shared so the narrower asks are met whole and the wider share what is left.

    Cut in proportion, a long event's name beside a person took nearly all the
    room and "Phùng Xuân Nhạ" was cut too; shared fairly, the name shows whole.
    """
    if sum(floors) >= room:
        return list(floors)
    widths = list(floors)
    left = room - sum(floors)
    asks = [n - f for n, f in zip(natural, floors, strict=True)]
    order = sorted(range(len(asks)), key=lambda c: asks[c])
    for done, column in enumerate(order):
        grant = min(asks[column], left // (len(order) - done))
        if done == len(order) - 1:
            grant = min(asks[column], left)  # the widest takes what is left
        widths[column] += grant
        left -= grant
    return widths


def _shared_cut(room: int, natural: Sequence[int], floors: Sequence[int]) -> list[int]:
    total = sum(natural)
    if total <= room or not natural:
        return list(natural)
    spare = total - sum(floors)
    need = total - room
    if need >= spare:
        return list(floors)
    widths = [n - (n - f) * need // spare for n, f in zip(natural, floors, strict=True)]
    widths[-1] += room - sum(widths)  # rounding: exactly the room
    return widths


def floor_of(width: int, heading: int = 0) -> int:
    """How narrow a column of `width` may be cut: never below its `heading`'s width."""
    return min(width, max(int(width * FLOOR), heading))


def floors_within(
    room: int,
    own: Sequence[int],
    least: Sequence[int],
    wished: Sequence[int],
    whole: Sequence[int] = (),
) -> list[int]:
    """Each column's floor: raised to its `wished` least where those floors fit in `room`
    beside the columns numbered in `whole` at their own widths, else its plain `least`.

    A Source cell cut to "99% …" hid which suggester it was, so that column
    wishes to keep "100% rules" whole; a list with one more column (whose
    layer) cannot afford it, and cutting beats a sideways scrollbar there. A
    relation's head and tail (`whole`) give up nothing for it.
    """
    plain = [floor_of(w, n) for w, n in zip(own, least, strict=True)]
    raised = [floor_of(w, max(n, x)) for w, n, x in zip(own, least, wished, strict=True)]
    needed = sum(own[c] if c in whole else raised[c] for c in range(len(own)))
    return raised if needed <= room else plain


def heading_width(header: QHeaderView, column: int) -> int:
    """Pixels the heading of `column` needs whole: Qt's own measure of the section, with
    room for the sort arrow only on the section the list is ordered by (where Qt draws it).

    Measured by its text alone plus a few pixels, "Vị trí" lost its last letters to
    the arrow of the list ordered by it: "Vị tr▾". Room for an arrow under every
    heading would cost a list with a Layer column its fit.
    """
    size = header.sectionSizeFromContents(column)
    if not header.isSortIndicatorShown():
        return size.width()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = size.height() + margin  # what Qt adds to every section while arrows show
    return size.width() - (0 if header.sortIndicatorSection() == column else arrow)
