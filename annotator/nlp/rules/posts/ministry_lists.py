"""ROLE: a post of `Bộ` + a list of fields is one post over several ministries.

`[Bộ trưởng Bộ Công nghiệp, Thủy sản, Giao thông vận tải]` (news15),
`[Bộ trưởng các bộ Giáo dục đào tạo, Giao thông vận tải, Y tế, Nông nghiệp
và Phát triển nông thôn]` (news18): the fields after the one `Bộ`, joined by
commas and `và`, each name a ministry without its own `Bộ`, so the post
covers them all, and the gold keeps the list whole in every file (news13
`ba [bộ trưởng Giao thông Vận tải, Tài nguyên Môi trường và Văn hóa Thông
tin]`, the form without `Bộ`, is `minister_fields`). At blind time the rules
stopped at the first field in news13, news15 and news18. No gold file cuts
a post of `Bộ X` before `, Y` where Y is a field. A field followed by a
place or a name is a body of its own (`Bộ trưởng Bộ Công an, Công an tỉnh
X`): the list stops before it.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

# What may follow the last syllable of a field that ends an item of the list.
_ITEM_ENDS = (",", ";", ".", ":", ")", "(", "?", "!", "-", "–")


def posts_over_ministry_lists(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with a post of `Bộ` + a field taking in the further fields listed after it."""
    out: list[Candidate] = []
    grown_to = -1
    for c in spans:
        if c.start < grown_to:
            continue  # a field of the list the post was grown over
        end = _list_end(line, c) if c.label == "ROLE" else -1
        if end > c.end:
            c = Candidate(c.start, end, "ROLE")
            grown_to = end
        out.append(c)
    return out


def _list_end(line: Line, c: Candidate) -> int:
    """End of the fields listed after a post ending in `Bộ` + a field, or -1."""
    field_end = _ministry_field_end(line, c)
    if field_end < 0:
        return -1
    end, items = field_end, 0
    while True:
        joint = end + 1 if line.surface[end : end + 1] == [","] or line.is_(end, "và") else -1
        nxt = _field(line, joint) if joint > 0 and line.cap(joint) else -1
        if nxt < 0 or not _item_ends(line, nxt):
            break
        end, items = nxt, items + 1
    return end if items else -1


def _ministry_field_end(line: Line, c: Candidate) -> int:
    """End of the field after the post's `Bộ` (`Bộ Công nghiệp`, `các bộ Giáo dục đào
    tạo`) when the post ends there or the field runs on in lower case, or -1."""
    for k in range(c.end - 1, c.start, -1):
        if line.is_(k, "bộ"):
            end = _field(line, k + 1)
            if end >= c.end and _item_ends(line, end):
                return end
            return -1
    return -1


def _field(line: Line, k: int) -> int:
    """End of one field at k, with a field written on after it (`Giáo dục đào tạo`), or -1."""
    end = line.match(k, "sectors")
    if end <= k:
        return -1
    more = line.match(end, "sectors")
    return more if more > end and line.lower(end) else end


def _item_ends(line: Line, end: int) -> bool:
    """The field at `end` closes its item: a comma, `và`, a stop or the end of the line, or
    a lowercase word that starts no place or name of its own."""
    if end >= line.n or line.surface[end] in _ITEM_ENDS or line.is_(end, "và"):
        return True
    return line.lower(end) and line.match(end, "place_units", "sectors") < 0
