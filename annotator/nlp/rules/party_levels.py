"""`các cấp ủy Đảng`: the party committees of every level, no one body.

`cấp ủy` (a party committee at some level) followed by `Đảng` names the
committees in general (`Mỗi cấp ủy Đảng phải …`, `các cấp ủy Đảng, chính
quyền …`); the gold leaves them bare, as it leaves `cấp ủy` alone. A body
that names its own level keeps its ORG (`Đảng ủy Khối`, `Tỉnh ủy Nghệ An`).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line


def drop_party_levels(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """Remove, line by line, the ORG spans that start with `Đảng` right after `cấp ủy`."""
    for index, (line, spans) in enumerate(chosen):
        generic = [c for c in spans if c.label == "ORG" and _after_level(line, c.start)]
        if generic:
            chosen[index] = (line, [c for c in spans if c not in generic])


def _after_level(line: Line, start: int) -> bool:
    """`cấp ủy | Đảng`, `cấp uỷ | Đảng tỉnh`: the party after the word for its committees."""
    return line.is_(start, "đảng") and line.phrase(start - 2, "cấp ủy") == start
