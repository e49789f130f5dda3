"""Bodies at a level with no place named: `[công an phường] sở tại`, `HĐND tỉnh, thành`.

A body followed by a bare level noun names one body only where the article
has one place of that level in view (`UBND huyện đã chấp thuận`, the
gold marks it). Two forms name the level's bodies in general instead, and
the gold leaves them bare (FPs at blind time in news7, news12, news13, still
wrong in round 17):

- a list of levels after the body (`hằng năm HĐND tỉnh, thành ra Nghị
  quyết`, `HĐND quận, phường`, `UBND tỉnh, thành phố trình …`): whichever
  province or city it is;
- the police in lowercase with a bare level (`lực lượng công an phường`,
  `bảo kê của công an phường sở tại`): the ward's police wherever the ward
  is; capitalised (`Công an TP cho biết`) it is the city's own force, and
  with a name (`công an phường Bến Nghé`) one body.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Line

_LEVELS = ("tỉnh", "thành phố", "thành", "huyện", "quận", "thị xã", "thị trấn", "phường", "xã")


def at_a_level_in_general(line: Line, start: int, end: int) -> bool:
    """The ORG span [start, end) ends in a bare level that names no one body."""
    level = _bare_level(line, end)
    if level < 0:
        return False
    if line.surface[end : end + 1] == [","] and line.lower(end + 1):
        after = line.longest(end + 1, _LEVELS)
        if after > end + 1 and not line.cap(after):
            return True  # "HĐND tỉnh, thành …": a list of levels
    return line.lower(start) and line.phrase(start, "công an") == level


def _bare_level(line: Line, end: int) -> int:
    """Start of the lowercase level noun that ends the span at `end`, or -1."""
    for k in (end - 1, end - 2):
        if k >= 0 and line.lower(k) and line.longest(k, _LEVELS) == end:
            return k
    return -1
