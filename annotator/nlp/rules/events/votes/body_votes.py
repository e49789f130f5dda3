"""EVENT: a particular vote a deliberative body holds, written `biểu quyết` (the verb alone).

A congress or a parliament votes on its texts; the reports write the verb with the
body as subject (`Quốc hội đã [biểu quyết] về 2 vấn đề`, `QH cũng sẽ [biểu quyết]
bốn dự luật`), after the body's own act in the same sentence (`ĐH sẽ họp phiên bế
mạc …, [biểu quyết] thông qua các văn kiện`, `đại hội sẽ làm việc … và [biểu
quyết]`) or with its result (`kết quả [biểu quyết]`). At blind time the rules
missed it in news12 (1), news13 (3) and news14 (2 + 2 polls); the gold files
settled it in round 18 (nine marked to seven unmarked particular votes, mended
to the verb alone, `thông qua` and what is voted outside). The forms of the verb
are listed in `body_votes.txt` (kind `body_votes`).

Said of no body, the verb is a right, a rule or a kind of vote and stays
unmarked (news4 `không được biểu quyết`, news6 `cơ chế biểu quyết`, `trường hợp
biểu quyết ngang nhau`, news8 `những vấn đề cần biểu quyết`): a modal before it
or no body in its sentence leaves it out.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.events.votes.assembly_steps import subject_end
from annotator.nlp.rules.events.votes.elections import reported
from annotator.nlp.rules.lines import Candidate, Line

_ADVERBS = ("đã", "sẽ", "vừa", "đang", "cũng", "lại", "tiếp tục", "tiến hành", "mới")
# Words that make the vote a right, a duty, a wish or a denial: "không được biểu quyết".
_MODALS = ("được", "không", "chưa", "nên", "cần", "phải", "thể", "quyền", "muốn", "để")
# What joins the vote to the act before it in one sentence: "…, biểu quyết", "và biểu quyết".
_JOINS = ("và", "rồi", "đó")
# Assemblies named in lowercase or by their everyday names, and the deputies as a body.
_ASSEMBLIES = ("đại hội", "hội nghị", "kỳ họp", "phiên họp", "ĐH", "QH", "các đại biểu")
_SENTENCE_END = frozenset(".?!")
_MAX_SUBJECT = 8


def find_body_votes(line: Line) -> list[Candidate]:
    """Votes of the class `body_votes` a body holds (see the module's docstring)."""
    found: list[Candidate] = []
    starts = line.where("biểu") + line.where("giơ") + line.where("bấm") + _readings(line)
    for i in sorted(starts):
        end = line.match(i, "body_votes")
        if end < 0 or not line.lower(i) or found and i < found[-1].end or _modal(line, i):
            continue
        held = reported(line, i) or _subject(line, subject_end(line, i, _ADVERBS))
        if held or _joined(line, i) and _body_acts_before(line, i):
            found.append(Candidate(i, end, "EVENT"))
    return found


def _readings(line: Line) -> list[int]:
    """Where a coordinated reading and vote may start: `thảo luận và biểu quyết`."""
    return line.where("thảo") + line.where("xem") + line.where("cho")


def _modal(line: Line, i: int) -> bool:
    """A modal word right before the verb or its adverbs: a right, a wish, a denial."""
    return line.is_(subject_end(line, i, _ADVERBS) - 1, *_MODALS) or line.is_(i - 1, *_MODALS)


def _subject(line: Line, j: int) -> bool:
    """A named body, an assembly or the deputies end at j, opening their clause."""
    if _named_body_ends(line, j) or _at_this_sitting(line, j):
        return True
    for assembly in _ASSEMBLIES:
        k = j - len(assembly.split())
        if k >= 0 and line.phrase(k, assembly) == j:
            return k == 0 or not line.word(k - 1) or line.is_(k - 1, "thì", "và", "rồi")
    return False


def _at_this_sitting(line: Line, j: int) -> bool:
    """`tại phiên họp này | sẽ biểu quyết`: the sitting the article reports holds the vote."""
    if not line.is_(j - 1, *_THIS):
        return False
    for assembly in _ASSEMBLIES[:4]:
        k = j - 1 - len(assembly.split())
        if k > 0 and line.phrase(k, assembly) == j - 1 and line.is_(k - 1, "tại", "trong"):
            return True
    return False


_THIS = ("này", "đó", "ấy")


def _named_body_ends(line: Line, j: int) -> bool:
    """A capitalised body (`Quốc hội`, `BCH T.Ư khóa IX`) ends right before j."""
    return any(
        line.cap(k) and org(line, k, loose=False) == j for k in range(max(0, j - _MAX_SUBJECT), j)
    )


def _joined(line: Line, i: int) -> bool:
    """The vote is joined to an act before it: after a comma, `và`, `rồi`, `sau đó`."""
    j = subject_end(line, i, _ADVERBS)
    return line.surface[j - 1 : j] in ([","], [";"]) or line.is_(j - 1, *_JOINS)


def _body_acts_before(line: Line, i: int) -> bool:
    """In the sentence before i a body or an assembly is followed by an adverb of an act
    (`ĐH sẽ họp …`, `Đại hội đã họp …`, `…, đại hội sẽ làm việc …`)."""
    k = i - 1
    while k >= 0 and line.surface[k] not in _SENTENCE_END:
        if line.longest(k, _ADVERBS) > k and _subject(line, k):
            return True
        k -= 1
    return False
