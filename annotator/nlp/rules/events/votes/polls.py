"""EVENT: a poll or vote a deliberative body holds, written with `lấy` (`lấy phiếu …`).

A congress or an assembly takes its members' ballots on a post or a text: news14
at blind time had three pure misses of one construction (`đại hội sẽ [lấy phiếu
giới thiệu]`, `được đại hội [lấy phiếu biểu quyết]`, `ĐH đã [lấy biểu quyết]`),
where news12 (`Đại hội (ĐH) tiến hành [lấy phiếu tín nhiệm]`, `kết quả [lấy phiếu
tín nhiệm]`) and news2 (`kết quả [lấy phiếu giới thiệu nhân sự tổng bí thư]`) had
the same heads held or reported. The heads are a closed class, listed whole in
`polls.txt` (kind `polls`), not only the members seen. A poll is one particular
poll when it is held (`tổ chức`, `tiến hành`), its result is given (`kết quả`), or
the body holding it is its subject or agent: a named body (`Quốc hội`, `ĐH`) or
the assembly the article reports, in lowercase, opening its clause (`…, đại hội sẽ`,
`được đại hội`).

Said of no body, the same words are a rule, a right or a proposal and stay none
(dev `trình tự lấy phiếu tín nhiệm đối với …`, `Người được lấy phiếu tín nhiệm`,
`Quốc hội nên lấy phiếu …`); consulting (`lấy ý kiến`) is no vote (news8, news9,
news11, news12, news13 leave it unmarked) and is not listed.
"""

from __future__ import annotations

from annotator.nlp.rules.events.votes.assembly_steps import body_subject, subject_end
from annotator.nlp.rules.events.votes.elections import elected, reported
from annotator.nlp.rules.events.votes.rounds import find_rounds
from annotator.nlp.rules.lines import Candidate, Line

_HELD = ("tổ chức", "tiến hành")
# The assembly an article reports, referred back in lowercase: "đại hội sẽ lấy phiếu".
_ASSEMBLIES = ("đại hội", "hội nghị", "kỳ họp", "phiên họp")
_ADVERBS = ("đã", "sẽ", "vừa", "đang", "cũng", "lại", "tiếp tục", "tiến hành")
# What may open the clause of a lowercase assembly: a mark, or a passive's `được`.
_OPENERS = ("được", "thì", "và", "rồi")


def find_polls(line: Line) -> list[Candidate]:
    """Polls of the class `polls` held, reported, or taken by a body (module docstring),
    and the rounds of an election or of talks (`rounds`)."""
    found = find_rounds(line)
    for i in line.where("lấy"):
        end = line.match(i, "polls")
        if end < 0 or not line.lower(i):
            continue
        held = reported(line, i) or any(line.ending(i, (h,)) for h in _HELD)
        if held or body_subject(line, i) or _assembly_before(line, i):
            found.append(Candidate(i, max(end, elected(line, end)), "EVENT"))
    return found


def _assembly_before(line: Line, i: int) -> bool:
    """`…, đại hội sẽ | lấy phiếu`, `được đại hội | lấy phiếu`: the reported assembly in
    lowercase, opening its clause, is the subject or the agent of the poll at i."""
    j = subject_end(line, i, _ADVERBS)
    for assembly in _ASSEMBLIES:
        k = j - len(assembly.split())
        if k >= 0 and line.phrase(k, assembly) == j and line.lower(k):
            return k == 0 or not line.word(k - 1) or line.is_(k - 1, *_OPENERS)
    return False
