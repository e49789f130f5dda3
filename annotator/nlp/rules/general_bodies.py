"""`các cấp ủy Đảng`, `một ban chỉ đạo`: bodies in general, no one body.

`cấp ủy` (a party committee at some level) followed by `Đảng` names the
committees in general (`Mỗi cấp ủy Đảng phải …`, `các cấp ủy Đảng, chính
quyền …`); the gold leaves them bare, as it leaves `cấp ủy` alone. A body
that names its own level keeps its ORG (`Đảng ủy Khối`, `Tỉnh ủy Nghệ An`).

A body after an indefinite or a quantifier (`không thể có một Ủy ban chống
tham nhũng`, `một ban chỉ đạo kiêm nhiệm`, `mỗi Bộ phải …`, `những Ban …`) is a
kind of body too; the gold marks no ORG after `một`, `mỗi`, `những`, `nhiều`
or `mọi` (it does after `các`: `các lực lượng Nga`).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line


def drop_general_bodies(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """Remove, line by line, the ORG spans after `cấp ủy` or a quantifier."""
    for index, (line, spans) in enumerate(chosen):
        generic = [c for c in spans if c.label == "ORG" and _general(line, c.start)]
        if generic:
            chosen[index] = (line, [c for c in spans if c not in generic])


def _general(line: Line, start: int) -> bool:
    return _after_level(line, start) or _counted(line, start)


def _after_level(line: Line, start: int) -> bool:
    """`cấp ủy | Đảng`, `cấp uỷ | Đảng tỉnh`: the party after the word for its committees."""
    return line.is_(start, "đảng") and line.phrase(start - 2, "cấp ủy") == start


_QUANTIFIERS = ("một", "mỗi", "những", "nhiều", "mọi")


def _counted(line: Line, start: int) -> bool:
    """`một | Ủy ban`, `mỗi | Bộ`: an indefinite or quantifier right before the body."""
    return line.is_(start - 1, *_QUANTIFIERS)
