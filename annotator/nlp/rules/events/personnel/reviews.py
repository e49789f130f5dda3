"""EVENT: a review (`kiểm điểm`) that named people or a named body hold of themselves.

`kiểm điểm` is a self-review: whoever holds it is its subject, not its object.
The discipline rules (`actions.py`) read it when a named body must hold it
(`Bộ GTVT sẽ [kiểm điểm]`, news4, news7, news10 at blind time) or when it is
held (`tổ chức [kiểm điểm]`); reviews by named office holders were missed at
blind time in news11 (`được Trung ương khóa IX [kiểm điểm]`, fixed since) and
news15 (seven lines of one report: `Bộ trưởng Đào Đình Bình đã [kiểm điểm]
trách nhiệm`, `Thứ trưởng X đã báo cáo [kiểm điểm]`, `yêu cầu ông Tiến phải
[kiểm điểm]`, `[Cuộc kiểm điểm] kéo dài …`, `Phần [kiểm điểm] của Thứ trưởng X`).
So a review is an EVENT when a named person, a titled one or a named body is
its subject (adverbs and `phải`, `báo cáo` skipped), when it is counted as one
sitting (`cuộc`, `buổi`), or when it is a named person's part (`phần … của`).

The written self-criticism (`bản kiểm điểm`, unmarked four times in news15
0346), what it holds (`nội dung kiểm điểm`), a review asked of no one named
(`Thủ tướng yêu cầu kiểm điểm`, `tất cả các đồng chí có kiểm điểm`, news7) or
denied (`chưa được kiểm điểm`) stay unmarked.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.events.visits.act_subjects import named_person
from annotator.nlp.rules.events.votes.assembly_steps import subject_end
from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.posts.roles import role

_REVIEW = "kiểm điểm"
# Words between the reviewer and the review: "đã", "phải tiếp tục", "đã báo cáo".
_BETWEEN = ("đã", "sẽ", "vừa", "đang", "cũng", "phải", "tiếp tục", "báo cáo", "tự", "lại")
# Words that deny the review or make it a wish: "chưa kiểm điểm", "không phải kiểm điểm".
_DENIED = ("không", "chưa", "chẳng", "nếu", "cần", "nên")
# A review counted as one sitting: "Cuộc kiểm điểm kéo dài …", "buổi kiểm điểm".
_SITTINGS = ("cuộc", "buổi")
_MAX_NAME = 3


def find_reviews(line: Line) -> list[Candidate]:
    """Reviews held by named people or bodies (see the module's docstring)."""
    found = []
    for i in line.where("kiểm"):
        end = line.phrase(i, _REVIEW)
        if end < 0 or line.is_(i - 1, "bản", "dung"):
            continue
        if line.is_(i - 1, *_SITTINGS) and line.lower(i):
            found.append(Candidate(i - 1, end, "EVENT"))
        elif line.lower(i) and (_held_by(line, i) or _part_of(line, i, end)):
            found.append(Candidate(i, end, "EVENT"))
    return found


def _held_by(line: Line, i: int) -> bool:
    """A named or titled person, or a named body, is the subject of the review at i."""
    j = subject_end(line, i, _BETWEEN)
    if j == i and not line.word(i - 1) or any(line.is_(k, *_DENIED) for k in range(j, i)):
        return False
    if named_person(line, j) or _addressed(line, j):
        return True
    return any(
        line.cap(k) and max(org(line, k, loose=False), role(line, k)) == j
        for k in range(max(0, j - 8), j)
    )


def _addressed(line: Line, j: int) -> bool:
    """`ông Tiến`, `bà Ngân`: an honorific and a capitalised name ending at j."""
    for k in range(max(0, j - _MAX_NAME), j):
        if all(line.cap(m) for m in range(k, j)) and k > 0 and line.match(k - 1, "honorifics") == k:
            return True
    return False


def _part_of(line: Line, i: int, end: int) -> bool:
    """`Phần kiểm điểm của Thứ trưởng X`: one named person's part of the review."""
    if not line.is_(i - 1, "phần") or not line.is_(end, "của"):
        return False
    return role(line, end + 1) > end + 1 or line.match(end + 1, "honorifics") > end + 1
