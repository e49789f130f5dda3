"""ORG: the board of a body written before it (`ban giám đốc Công an TP`), one body.

A body's collective leadership, named by its kind of board and then the
body it leads, is one ORG in every gold file that has one (`[Ban Thường vụ
Tỉnh ủy]`, `[Hội đồng quản trị LienVietPostBank]`, `[Ban giám đốc Công an
Đồng Nai]`, `Đảng ủy và [ban giám đốc Công an TP]`); a bare board (`ban giám
đốc sẽ họp`) leads whichever body the article is about and stays unmarked.
The rules read the board's second word as a post (`Ban [giám đốc Công an
Đồng Nai]ROLE`) or leave the board outside the body (`ban giám đốc [Công an
TP]`); blind sets met it in police, ministries and companies alike.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.lines import Candidate, Line

# Kinds of board, a closed class: who leads a body together.
_BOARDS = (
    "ban giám đốc",
    "ban lãnh đạo",
    "ban giám hiệu",
    "ban điều hành",
    "ban chỉ huy",
    "ban tổng giám đốc",
    "ban kiểm soát",
    "hội đồng quản trị",
    "hội đồng thành viên",
    # A party's board inside a ministry, a secretariat, an editorial board (news9,
    # news10, news12: `[ban cán sự Bộ Ngoại giao]`, `[ban thư ký Tổ chức Minh bạch quốc tế]`).
    "ban cán sự",
    "ban cán sự đảng",
    "ban thư ký",
    "ban biên tập",
    "ban chủ nhiệm",
)


def boards_of_bodies(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The line's spans with a board and the body after it joined into one ORG; a bare
    board's second word is no post."""
    out: list[Candidate] = []
    for c in spans:
        board = _board_before(line, c)
        if board < 0:
            out.append(c)
            continue
        body = c.end if c.label == "ORG" else org(line, _board_end(line, board), loose=False)
        out = [o for o in out if o.end <= board]
        if body > _board_end(line, board):
            out.append(Candidate(board, max(body, c.end), "ORG"))
    return out


def _board_end(line: Line, start: int) -> int:
    return line.longest(start, _BOARDS)


def _board_before(line: Line, c: Candidate) -> int:
    """Start of the board that c continues: an ORG right after it, or a post that starts
    inside it (`Ban [giám đốc ...]`); -1 when none."""
    for size in (2, 3, 4):
        start = c.start - size
        if c.label == "ORG" and _board_end(line, start) == c.start:
            return start
    for size in (1, 2):
        start = c.start - size
        end = _board_end(line, start)
        if c.label == "ROLE" and end > c.start and c.end >= end:
            return start
    return -1
