"""ROLE: a post that ran on over the first word of a name or of a time gives it back.

A post with a foreign body or state after it is read to the last capitalised
word, and takes with it what starts the next phrase: the given name of a
foreigner whose family name the rules found (`[Bộ trưởng Quốc phòng]
[Donald Rumsfeld]`, news9), a name written with an initial (`[Chủ tịch Hạ
viện Anh] [M.Martin]`, news8), or the `hôm` of `hôm qua` (`[chủ tịch tập
đoàn Microsoft] [hôm qua]`, news13). Blind-time lines of posts running on
over the next word: news4, news8, news9 (×4), news11, news13 (×2), news14 (a
Hmong name, `[Chủ tịch Hội đồng Dân tộc] [Trang A Pao]`).
"""

from __future__ import annotations

from annotator.nlp.rules.dates.times import relative_day
from annotator.nlp.rules.lines import Candidate, Line


def cut_role_tails(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with a ROLE's last word given back to the name or time it starts."""
    out: list[Candidate] = []
    skip: Candidate | None = None
    for index, c in enumerate(spans):
        if c is skip:
            continue
        nxt = spans[index + 1] if index + 1 < len(spans) else None
        if c.label != "ROLE" or c.end - c.start < 3:
            out.append(c)
            continue
        k = c.end - 1
        name = nxt if nxt is not None and nxt.label == "PER" and nxt.start == c.end else None
        if name is not None and name.end == name.start + 1 and _given_name(line, k):
            out += [Candidate(c.start, k, "ROLE"), Candidate(k, name.end, "PER")]
            skip = name  # "Bộ trưởng Quốc phòng Donald | Rumsfeld"
        elif name is None and _hmong_name(line, c):
            out += [Candidate(c.start, k - 2, "ROLE"), Candidate(k - 2, c.end, "PER")]
        elif name is None and _initialled_name(line, k):
            out += [Candidate(c.start, k, "ROLE"), Candidate(k, c.end, "PER")]
        elif relative_day(line, k) > c.end and line.lower(k):
            out += [Candidate(c.start, k, "ROLE"), Candidate(k, relative_day(line, k), "DATE")]
        else:
            out.append(c)
    return out


def _given_name(line: Line, k: int) -> bool:
    """A foreign-shaped word no gazetteer knows, right before a family name alone."""
    return line.foreign(k) and not line.hits(k)


# Lists whose words, capitalised, are no part of a person's name.
_NAMED_KINDS = ("places", "bodies", "org_heads", "titles", "posts", "media", "sectors")


def _hmong_name(line: Line, c: Candidate) -> bool:
    """`Chủ tịch Hội đồng Dân tộc | Trang A Pao`: a name of the Hmong way, its middle name
    a lone `A` between two capitalised syllables no list knows as a place, body or post,
    closing a post (news9 ×2 and news14, the family name misspelt in news14)."""
    first, middle, last = c.end - 3, c.end - 2, c.end - 1
    if first - c.start < 2 or line.surface[middle] != "A" or not line.gap(middle):
        return False
    known = [k for k in (first, last) if line.match(k, *_NAMED_KINDS) > k]
    return line.cap(first) and line.cap(last) and not known


def _initialled_name(line: Line, k: int) -> bool:
    """`M.Martin`: an initial glued to a family name, no place or body (`TP.HCM`, `T.Ư`)."""
    surface = line.surface[k]
    head, _, rest = surface.partition(".")
    return len(head) == 1 and len(rest) > 2 and rest[1:].islower() and not line.hits(k)
