"""EVENT: talks keep what they are about, written right after them.

An event noun with its complement cut was missed at blind time in all eleven
once-blind sets (sugg27's kind E); for talks the complement is their topic:
news8 `[đàm phán gia nhập WTO]`, news13 `các [cuộc đàm phán hòa bình] giữa Nga
và Ukraine` (twice), `kết thúc [đàm phán thương mại]`, each cut at the head. The
construction is a talks head (`đàm phán`, `hòa đàm`, `hội đàm`, `thương lượng`)
that another rule found, and a topic of the closed list `talk_topics` after it;
`gia nhập` joins only with the body or state joined (`gia nhập WTO`). The sides
after `giữa` stay outside as for every event (`sides.py`); what comes after
`về` joins when it is a body (`[đàm phán về WTO]`, news15) or a listed topic.
"""

from __future__ import annotations

from annotator.nlp.rules.events.extent.sides import drop_covered
from annotator.nlp.rules.lines import Candidate, Line

_JOINING = ("gia nhập",)


def talks_with_topics(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """Every EVENT that ends with a talks head grown over the topic after it."""
    out: list[Candidate] = []
    for idx, c in enumerate(spans):
        end = _topic_end(line, c, spans[idx + 1 :]) if c.label == "EVENT" else -1
        # Only a grown event looks at the spans after it: a line of thousands of
        # bodies must not cost a pass over the rest for each one.
        if end > c.end and all(s.end <= end for s in spans[idx + 1 :] if s.start < end):
            c = Candidate(c.start, end, c.label, c.weak)
        out.append(c)
    return drop_covered(out)


def _topic_end(line: Line, c: Candidate, later: list[Candidate]) -> int:
    """End of the topic after the talks `c` (`hòa bình`, `gia nhập WTO`), or -1."""
    if not line.ending(c.end, line.gaz.phrases("topic_talks")) or not line.lower(c.end):
        return -1
    if line.is_(c.end, "về"):
        return _after_about(line, c.end + 1, later)
    topic = line.match(c.end, "talk_topics")
    if topic < 0 or line.longest(c.end, _JOINING) != topic:
        return topic
    joined = next((s for s in later if s.start == topic), None)
    return joined.end if joined is not None and joined.label in ("ORG", "LOC") else -1


def _after_about(line: Line, i: int, later: list[Candidate]) -> int:
    """End of `về WTO`, `về thương mại tự do` after talks (news15 0086 `kết thúc [đàm
    phán về WTO]` twice): the body the talks are about, or a listed topic; -1 else."""
    body = next((s for s in later if s.start == i and s.label == "ORG"), None)
    if body is not None:
        return body.end
    topic = line.match(i, "talk_topics")
    return topic if topic > i and line.longest(i, _JOINING) < 0 else -1
