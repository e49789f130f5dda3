"""A country or city after a compass region: `miền Đông Ukraine`, `phía Tây Bắc Syria`.

Many outlets capitalise the compass point of a region (`miền Nam`, `phía
Tây`), so the place after it follows a capitalised word, which otherwise
reads as the second half of one name (`Hoàng Nga`) and keeps a one-word
place from standing alone. After a side word (`miền`, `phía`, `vùng` …) and
one or two compass points, the known place is a LOC of its own, as the gold
marks it (`phía Nam [Ukraine]`, `miền đông [Ukraine]`); a region the
gazetteer knows whole (`Tây Nguyên`, `Đông Nam Á`) is matched before this.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Line

# Words that make the compass point after them a side of a place.
_SIDES = ("miền", "phía", "vùng", "mạn", "hướng", "phần")
_POINTS = ("đông", "tây", "nam", "bắc", "trung")


def after_compass(line: Line, i: int) -> bool:
    """Token i follows one or two capitalised compass points after a side word
    (`miền Đông | Ukraine`, `khu vực Tây Bắc | Syria`)."""
    k = i - 1
    while k >= i - 2 and line.cap(k) and line.is_(k, *_POINTS):
        k -= 1
    if k == i - 1:
        return False
    return line.is_(k, *_SIDES) or line.phrase(k - 1, "khu vực") == k + 1
