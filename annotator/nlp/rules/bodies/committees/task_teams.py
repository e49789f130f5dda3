"""Teams named by their task: `đoàn kiểm tra`, `đoàn giám sát`, `đoàn thanh tra`.

A team sent to inspect, supervise or audit is one body only when the text
says which one: by its number (`[đoàn kiểm tra số 7]`, `[Đoàn kiểm tra số
12]`, news21) or by the body that sent it (`[Đoàn giám sát của Ủy ban thường
vụ QH]`, news20). Bare, capitalised or not, it is whichever team is at work
(`Đoàn kiểm tra đã phải giật mình …`, `Đoàn giám sát có qui rõ …`), and the
gold marks none of the ten such in news20, news21 and dev, where the rules
proposed the capitalised ones at blind time. A head of the team is a post,
left to the post rules (`[trưởng đoàn kiểm tra số 8]`).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

_TEAMS = ("đoàn kiểm tra", "đoàn giám sát", "đoàn thanh tra", "đoàn kiểm toán", "đoàn khảo sát")


def task_teams(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The line's spans with each team named by its task made one ORG with its number or
    sender, and dropped when bare."""
    for head in line.where("đoàn"):
        team = line.longest(head, _TEAMS)
        if team > 0 and line.is_(team, "số") and line.digit(team + 1):
            spans = [_numbered_post(c, team) for c in spans]
        if team < 0 or _in_a_post(spans, head):
            continue
        end = _named_end(line, team, spans)
        inside = [c for c in spans if head <= c.start < max(end, team)]
        if end < 0:
            spans = [
                c for c in spans if not (c.start == head and c.end == team and c.label == "ORG")
            ]
        elif all(c.label == "ORG" and c.end <= end for c in inside):
            kept = [c for c in spans if c not in inside]
            spans = sorted(kept + [Candidate(head, end, "ORG")], key=lambda c: c.start)
    return spans


def _in_a_post(spans: list[Candidate], head: int) -> bool:
    """A span that runs over the team's head from before it, or a post that starts there."""
    return any(c.start < head < c.end or c.label == "ROLE" and c.start == head for c in spans)


def _numbered_post(c: Candidate, team: int) -> Candidate:
    """`[trưởng đoàn kiểm tra số 8]`: a post over the team takes the team's number."""
    return Candidate(c.start, team + 2, "ROLE") if c.label == "ROLE" and c.end == team else c


def _named_end(line: Line, team: int, spans: list[Candidate]) -> int:
    """End of the team's number (`số 7`) or of the body after `của` that sent it, or -1."""
    if line.is_(team, "số") and line.digit(team + 1):
        return team + 2
    if line.is_(team, "của"):
        return next((c.end for c in spans if c.start == team + 1 and c.label == "ORG"), -1)
    return -1
