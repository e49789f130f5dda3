"""The seat of an envoy's post: the city it is held in joins it (`Đại sứ Palestine
tại Hà Nội`). The envoys' posts are data (`envoys`)."""

from __future__ import annotations

from annotator.nlp.rules.lines import Line
from annotator.nlp.rules.places.listed import place_at


def posted_at(line: Line, i: int, end: int) -> int:
    """End of an envoy's post with the city it is held in (`tại Hà Nội`, `ở Moscow`), else end.

    The seat belongs to the post with or without the sending state (every gold
    file: `đại sứ tại Damascus`), and a state after `của` joins it when a seat
    follows (`Đại biện lâm thời của Ukraine ở Hà Nội`); `của mình` is no state."""
    first = i + 1 if line.is_(i, "phó", "tổng") else i
    if line.longest(first, line.gaz.phrases("envoys")) < 0 or line.is_(i - 1, "tòa", "toà"):
        return end  # "nóc toà đại sứ ở Sài Gòn": the embassy's building, no post
    at = end
    if line.is_(end, "của") and place_at(line, end + 1) > end + 1:
        at = place_at(line, end + 1)
    if line.is_(at, "tại", "ở"):
        return max(end, place_at(line, at + 1))
    return end
