"""ORG: a body set up for one task, named by that task in lowercase.

`thành lập [Ban chỉ đạo xử lý các vướng mắc]`, `lập [Ủy ban lâm thời điều tra
chất lượng giáo dục]`, `lập [Tổ công tác rà soát các dự án] do ...`: after a verb
of founding, a committee's capitalised head and what it is set up to do are
one body, the task in lowercase; in lowercase (`lập tổ công tác`) it is a kind
of team, no name. An interim body is one wherever written
(`[Ủy ban lâm thời]`, `[Chính phủ lâm thời]`). Without a founding verb the
task stays outside (`Ban chỉ đạo họp`, `Ủy ban điều tra cho biết`): there the
words after the head are read as the sentence's verb.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.names import STOP

# Verbs that set a body up, dissolve it or fill it: what follows them names one.
_FOUNDING = ("thành lập", "lập", "lập ra", "thành lập ra", "kiện toàn", "giải thể")
# Heads of bodies set up for a task, longest first.
_HEADS = (
    "ban chỉ đạo",
    "ban điều hành",
    "ban quản lý",
    "ủy ban",
    "tiểu ban",
    "hội đồng",
    "tổ công tác",
    "tổ giúp việc",
    "tổ chuyên gia",
    "tổ điều tra",
    "nhóm công tác",
)
_INTERIM = ("lâm thời",)
# Bodies named interim without being set up for a task: `Chính phủ lâm thời`.
_INTERIM_HEADS = ("chính phủ", "chính quyền", "quốc hội")
_ALL_HEADS = _HEADS + _INTERIM_HEADS
_FIRST_KEYS = frozenset(keys_of(h)[0] for h in _ALL_HEADS)
_CUE_KEYS = frozenset(keys_of("lập kiện giải lâm"))
_QUALIFIERS = ("lâm thời", "đặc biệt", "liên ngành", "đặc trách")
# Words that end a task inside a clause: whom it answers to, what for, how.
_TASK_ENDS = frozenset(keys_of("như gồm theo trực thuộc nhằm để do bao gồm năm ngày tháng"))
# Grammar words that start a noun of the task (`dự án`, `dự thảo`), not the verb `dự`.
_COMPOUND_STARTS = {keys_of("dự")[0]: frozenset(keys_of("án thảo toán báo"))}
# Words that cannot end a task: a plural marker wants its noun.
_DANGLING = frozenset(keys_of("các những một mọi"))
_MAX_TASK = 10


def _head(line: Line, i: int) -> int:
    return line.longest(i, _HEADS)


def _interim_body(line: Line, i: int) -> int:
    """End of `Chính phủ lâm thời` at i, or -1."""
    head = line.longest(i, _ALL_HEADS)
    if head < 0 or not line.cap(i) or not line.longest(head, _INTERIM) > 0:
        return -1
    return _qualified(line, head)


def _qualified(line: Line, head: int) -> int:
    """End of the head's qualifiers (`lâm thời`, `liên ngành`), or head."""
    end = head
    for _ in range(2):
        step = line.longest(end, _QUALIFIERS)
        if step < 0:
            break
        end = step
    return end


def _task(line: Line, i: int) -> int:
    """End of a lowercase task phrase at i (`đánh giá chất lượng giáo dục`), or i."""
    end = i
    while end < line.n and end - i < _MAX_TASK and line.lower(end):
        key = line.key(end)
        compound = line.key(end + 1) in _COMPOUND_STARTS.get(key, ())
        if key in STOP and not compound or key in _TASK_ENDS:
            break
        if line.match(end, "place_units", "time_words") > end:
            break
        end += 1
    while end > i and line.key(end - 1) in _DANGLING:
        end -= 1
    return end if end - i >= 2 else i


def _founded(line: Line, i: int) -> bool:
    return any(line.phrase(i - len(keys_of(v)), v) == i for v in _FOUNDING)


def find_founded_bodies(line: Line) -> list[Candidate]:
    """ORG candidates of one line: task forces after a founding verb, interim bodies."""
    found: list[Candidate] = []
    if not _CUE_KEYS.intersection(line.keys):
        return found  # neither a founding verb nor `lâm thời` on the line
    for i in range(line.n):
        if line.key(i) not in _FIRST_KEYS:
            continue
        interim = _interim_body(line, i)
        if interim > i:
            found.append(Candidate(i, interim, "ORG"))
        head = _head(line, i)
        if head < 0 or not (line.cap(i) and line.lower(i - 1) and _founded(line, i)):
            continue
        qualified = _qualified(line, head)
        end = _task(line, qualified)
        if end > qualified:
            found.append(Candidate(i, end, "ORG"))
    return found
