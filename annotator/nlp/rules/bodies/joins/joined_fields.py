"""A department named by two fields joined with a dash: `[Vụ tài chính - kế toán]`.

Offices of a ministry or a district are often named by two fields written
with ` - ` between them (`Vụ tài chính - kế toán`, `Phòng tài nguyên môi
trường - giao thông xây dựng`, `phó Phòng Lao động - thương binh & xã hội`);
the gold keeps both fields in the body, and in the post that holds it. The
rules stopped at the dash, so the second field was lost or read as a post
of its own (`kế toán`). Blind sets brought names cut at such an inner dash in
four of eight sets (news6 `Ban Tư tưởng - Văn hóa`, news7, news8 three
times, news9). The second part must be one or two listed fields
(`sectors`), so a dash that opens an aside (`Phòng Tài chính - nơi ông làm
việc`) leaves the name as it is.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.joins.grown import grow_bodies
from annotator.nlp.rules.lines import Candidate, Line

_DASHES = ("-", "–")
_MAX_FIELDS = 3
# How far back in a span the first field may start.
_MAX_FIELD = 6


def fields_joined(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with a body or post that ends in a field taken past ` - ` + fields."""
    return grow_bodies(line, spans, _joined_end)


def _joined_end(line: Line, c: Candidate) -> int:
    """End of the second field after ` - ` when c ends in a field, or -1."""
    dash = c.end
    if dash >= line.n or line.surface[dash] not in _DASHES or not line.gap(dash):
        return -1
    if not line.gap(dash + 1):
        return -1  # "Điều tra-Công an": a body's parent glued to it, not a second field
    first = max(c.start, dash - _MAX_FIELD)
    if not any(line.match(k, "sectors") == dash for k in range(first, dash)):
        return -1
    j = dash + 1
    fields = 0
    while fields < _MAX_FIELDS:
        k = j + 1 if fields and line.is_(j, "và") else j
        step = line.match(k, "sectors")
        if step <= k:
            break
        j, fields = step, fields + 1
    return j if fields else -1
