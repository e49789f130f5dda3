"""EVENT: who performs a bare verb: a named person, an office holder, a named body.

A bare verb (`từ chức`, `thăm`, `làm việc`, `họp`, `gặp`) is a particular event
only when someone named does it (see `acts.py` and `visits.py`); these find that
subject right before the verb, over the adverbs, motion verbs and asides between.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.lines import Line
from annotator.nlp.rules.names import is_surname, person_run
from annotator.nlp.rules.posts.roles import role

# Adverbs between a subject and its verb: "ông X đã từ chức", "Thủ tướng sẽ sang thăm".
ADVERBS = ("đã", "vừa", "mới", "sẽ", "đang", "cũng", "chính", "thức", "bất", "ngờ")
# Verbs of motion before a visit: "đến thăm", "sang thăm", "lên đường thăm".
MOTION = ("đến", "sang", "tới", "về", "đi", "tiếp", "tục", "bắt", "đầu")
_MAX_SUBJECT = 8
CLAUSE_END = frozenset(".;?!")


def subject_end(line: Line, i: int, skipped: tuple[str, ...]) -> int:
    """Index right after the subject of the verb at i, adverbs skipped."""
    j = i
    while j > 0 and line.lower(j - 1) and line.is_(j - 1, *skipped):
        j -= 1
    return j


def name_ends(line: Line, j: int) -> int:
    """Start of a Vietnamese full name ending right before j, or -1."""
    for k in range(max(0, j - 4), j - 1):
        if is_surname(line, k) and person_run(line, k) == j:
            return k
    return -1


def title_ends(line: Line, j: int) -> int:
    """Start of a title (with its body) ending right before j, or -1."""
    for k in range(max(0, j - _MAX_SUBJECT), j):
        if line.word(k) and role(line, k) == j:
            return k
    return -1


def foreign_name_ends(line: Line, j: int) -> int:
    """Start of `Putin`, `George Bush` after a title, ending right before j, or -1."""
    k = j
    while k > 0 and line.cap(k - 1) and line.word(k - 1) and j - k < 3:
        k -= 1
    return k if k < j and title_ends(line, k) >= 0 else -1


def name_after_titled_state(line: Line, j: int) -> bool:
    """`Tổng thống Nga | Putin` ending at j: a one- or two-word name after a title that
    ends with its state (`foreign_name_ends` reads `Nga Putin` as the name)."""
    for k in (j - 1, j - 2):
        if not all(line.cap(m) and line.word(m) for m in range(k, j)):
            return False
        if title_ends(line, k) >= 0:
            return True
    return False


def named_person(line: Line, j: int) -> bool:
    return name_ends(line, j) >= 0 or foreign_name_ends(line, j) >= 0


def addressed_title(line: Line, j: int) -> bool:
    """`Đồng chí bộ trưởng`, `ông Bộ trưởng`: one office holder addressed, no post in general."""
    k = title_ends(line, j)
    return k > 0 and any(line.match(m, "honorifics") == k for m in range(max(0, k - 3), k))


def aside_skipped(line: Line, j: int) -> int:
    """Start of a bracketed aside ending right before j (`Ông X (giữa) | thăm`), or j."""
    if line.surface[j - 1 : j] != [")"]:
        return j
    for k in range(j - 2, max(-1, j - 6), -1):
        if line.surface[k] == "(":
            return k
    return j


def body_before(line: Line, i: int) -> bool:
    """A named body is the subject of the verb at i (`[Ban Thường vụ Tỉnh ủy] đã | họp`)."""
    j = subject_end(line, i, ADVERBS)
    if _event_before(line, j):
        return False
    return any(
        line.cap(k) and org(line, k, loose=False) == j for k in range(max(0, j - _MAX_BODY), j)
    )


# A body's name may run longer than a title: "Ban Chỉ đạo cải cách tư pháp Trung ương"
# (nine syllables, news18 0144 `… [họp] mới đề ra …`, missed at eight).
_MAX_BODY = 14


_EVENT_REACH = 14


def _event_before(line: Line, j: int) -> bool:
    """`Hội nghị lần thứ I Ban Chấp hành Trung ương | họp`: the body names a meeting,
    which is the subject; the meeting is the event, not the verb."""
    for m in range(j - 1, max(-1, j - _EVENT_REACH), -1):
        if not line.word(m):
            return False  # "Sau hội nghị, Ban Thường vụ đã họp": the event is no subject
        if line.cap(m) and line.match(m, "events") > m:
            return True  # a named meeting ("Hội nghị", "Đại hội"), not "Hội đồng bầu cử"
    return False


def addressed_name(line: Line, j: int) -> bool:
    """`ông Mansfield`, `bà Nguyễn Thị Bình` ending right before j."""
    k = j
    while k > 0 and line.cap(k - 1) and line.word(k - 1) and j - k < 4:
        k -= 1
    return k < j and line.is_(k - 1, "ông", "bà") and line.lower(k - 1)
