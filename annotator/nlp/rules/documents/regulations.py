"""DOC: a set of rules named by its subject after a capitalised `Quy chế`.

`thực hiện tốt hơn [Quy chế dân chủ] ở mọi cơ sở`, `sửa đổi [Quy chế hoạt
động của Ủy ban Thường vụ]`, `bổ sung, sửa đổi [Quy chế Hội thẩm nhân dân]`:
written with a capital inside a sentence, `Quy chế` is the title of one paper,
named by the subject after it with no number and no `về`. The rules took such
a noun only with a number, a quoted title or `về`, and missed it at blind time
in news20, news25 and news28 (five of the six capitalised ones in the tuning
sets are marked, with `của` + the body whose rules they are inside; the
sixth, `Quy chế thương mại bình thường vĩnh viễn (PNTR)`, is a trade status,
whose words `statuses.txt` lists). A title that goes on with `về` is left to
its reader: where its subject ends is not told by the clause.
After `về` and another
paper the rules are that paper's subject, inside its DOC. At a sentence's start
the capital says nothing, and lowercase `quy chế` is
generic (`xây dựng quy chế`, `quy chế làm việc của Tỉnh ủy`, unmarked in
news19, news23, news25), except the rules of an election.
The nouns are listed in `regulations.txt`.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.events.extent.nouns import event_at
from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.phrases import clause

_SENTENCE_MARKS = (".", "!", "?", ":", '"', "“", "(")


def regulation_title(line: Line, i: int, kind: int) -> int:
    """End of `Quy chế dân chủ` whose noun is i..kind, or -1."""
    if line.longest(i, line.gaz.phrases("regulations")) != kind or not line.cap(i):
        return -1
    if i == 0 or line.surface[i - 1] in _SENTENCE_MARKS:
        return -1  # "Quy chế mới quy định …": a sentence's first word is capitalised anyway
    if _subject_of_paper(line, i):
        return -1
    if line.longest(kind, line.gaz.phrases("statuses")) > kind:
        return -1  # "Quy chế thương mại bình thường (PNTR)": a standing granted, no paper
    end = clause(line, kind)
    if end < 0 or line.is_(end, "về"):
        return -1  # "Quy chế tạm thời | về …": a long title whose end the clause cannot tell
    if line.is_(end, "của") and line.cap(end + 1):
        body = org(line, end + 1, loose=False)
        return body if body > end + 1 else end
    return end


def _subject_of_paper(line: Line, i: int) -> bool:
    """`nghị quyết về | Quy chế hoạt động của …`: the rules are the subject of the paper
    before `về`, inside its DOC (news2; the gold never nests one DOC in another)."""
    if not line.is_(i - 1, "về"):
        return False
    return any(line.match(k, "documents") == i - 1 for k in range(max(0, i - 5), i - 1))


def election_rules(line: Line) -> list[Candidate]:
    """DOCs of `quy chế bầu cử BCH Trung ương khóa X` and bare `quy chế bầu cử`.

    Rules adopted for an election are a DOC named by the election they govern,
    the election inside (the gold never nests); a bare `quy chế` or one named by
    a common noun (`quy chế làm việc` in a list of agenda items) is none. Named by
    no election in particular (`Theo [quy chế bầu cử], …`, `qui chế` too), it is
    still the one paper the election is held by: marked in news14 and news25,
    missed at blind time in both. After another paper and `về` it is that paper's
    subject (`nghị quyết về quy chế bầu cử`, news25)."""
    regulations = line.gaz.phrases("regulations")
    found = []
    for i in line.starting(regulations):
        rules = line.longest(i, regulations)
        if rules < 0 or not line.lower(i) or line.phrase(rules, "bầu cử") < 0:
            continue
        if not _subject_of_paper(line, i):
            found.append(Candidate(i, max(event_at(line, rules), rules + 2), "DOC"))
    return found
