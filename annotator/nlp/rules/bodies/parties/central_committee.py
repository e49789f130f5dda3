"""`vào trung ương`: the Central Committee one is elected into, in lower case.

Lowercase `trung ương` is mostly an adjective or the centre as a level
(`các bộ, ngành trung ương`, `từ địa phương đến trung ương`, `ở trung
ương`), which the gold leaves unmarked. After `vào` (`bầu vào trung ương`,
`ứng cử vào trung ương`, `mới vào trung ương`) it is the committee one
joins, which the gold marks as a body, with `Đảng` when it follows.

It is the committee too when it acts or is asked (round 14 decision 7): the
agent after `được` (`đã được [trung ương] giới thiệu`, news7), one side
after `giữa` (`giữa [Trung ương] và thành phố`, dev), a body asked in a list
(`đề nghị [Trung ương], Chính phủ`, news11): missed in three of nine blind sets.

It is the committee too when it nominates (`do [Trung ương] giới thiệu`,
`bản thân [Trung ương] đề cử`, `"[Trung ương] đề cử"`: news24, news25), and
when it is questioned or consulted (`Đại hội chất vấn [trung ương]`, `xin ý
kiến [trung ương]`, `chất vấn trong [trung ương]`: news24, news28), and
when a sentence opens with it and goes on with what it does (`[Trung ương]
phải căn cứ vào …`, `[Trung ương] cũng có khối việc …`: news24, news28); the
gold leaves the level unmarked only mid-sentence (`thì trung ương phải làm`,
`do Trung ương quản lý`).

With its term written bare after it (`[Trung ương IX] giới thiệu`, `báo cáo
trước [Trung ương X]`) it is the committee of that term in any case, the
numeral inside, as every gold file has it (news8, news25: nine spans).
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.extents.attachments import term
from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import is_stop

# Words after it that say when, not what: "vào trung ương năm 2001", "... khóa này".
_WHEN = ("năm", "khóa", "lần", "kỳ", "lúc", "khi")
# What only the committee does to candidates: nominate them.
_NOMINATES = ("đề cử", "giới thiệu")
# What is asked of the committee, questioned or consulted (news24, news28).
_ASKS = ("chất vấn", "chất vấn trong", "xin ý kiến")
# Words after it that join it to another level or body, no act of its own.
_JOINS = ("và", "hay", "hoặc", "với", "đến", "tới", "của", "cho", "là")
# Marks before a word that opens a sentence or a quoted phrase.
_OPENERS = frozenset('.!?:"“')


def committee_joined(line: Line) -> list[Candidate]:
    """ORG candidates for `trung ương (Đảng)` right after `vào`."""
    found = []
    for before in line.where("vào"):
        i = before + 1
        if line.phrase(i, "trung ương") != i + 2:
            continue
        end = i + 3 if line.is_(i + 2, "Đảng") else i + 2
        if line.lower(end) and not (is_stop(line, end) or line.is_(end, *_WHEN)):
            continue  # "vào trung ương quản lý": the level a task moves to
        found.append(Candidate(i, max(end, term(line, end)), "ORG"))
    return found + _committee_acting(line) + _committee_of_term(line)


def _committee_of_term(line: Line) -> list[Candidate]:
    """ORG candidates for `Trung ương IX`, `trung ương X`: the committee named by its term."""
    found = []
    for i in line.where("trung"):
        end = line.phrase(i, "trung ương")
        if end > i and term(line, end) == end + 1:
            found.append(Candidate(i, end + 1, "ORG"))
    return found


def _committee_acting(line: Line) -> list[Candidate]:
    """ORG candidates for `trung ương` after `được`, `giữa` or `đề nghị` + a list, nominating,
    or opening a sentence with what it does."""
    found = []
    for i in line.where("trung"):
        if line.phrase(i, "trung ương") != i + 2 or line.cap(i + 2):
            continue
        agent = line.is_(i - 1, "được") and line.lower(i + 2) and not is_stop(line, i + 2)
        side = line.is_(i - 1, "giữa") and line.is_(i + 2, "và")
        listed = line.phrase(i - 2, "đề nghị") == i and line.surface[i + 2 : i + 3] == [","]
        asked = line.ending(i, _ASKS)
        if agent or side or listed or asked or _nominates(line, i) or _opens_acting(line, i):
            found.append(Candidate(i, i + 2, "ORG"))
    return found


def _nominates(line: Line, i: int) -> bool:
    """`do [Trung ương] giới thiệu`, `"[Trung ương] đề cử"`: no body's name runs into it."""
    return line.longest(i + 2, _NOMINATES) > 0 and not line.cap(i - 1)


def _opens_acting(line: Line, i: int) -> bool:
    """`. [Trung ương] phải căn cứ …`: capitalised at a sentence's opening, a verb after it."""
    opening = i == 0 or line.surface[i - 1] in _OPENERS
    acting = line.lower(i + 2) and not line.is_(i + 2, *_JOINS, *_WHEN)
    return opening and line.cap(i) and acting
