"""EVENT: questions and their answers in an assembly, named as one pair.

`Quốc hội tiến hành [phiên chất vấn và trả lời chất vấn]` (news17 0005),
`Nội dung [chất vấn và trả lời chất vấn] của các thành viên Chính phủ` (news13
0082): the fixed pair of assembly prose is one EVENT, with the sitting
(`phiên`, `buổi`) that holds it; both were cut in two at blind time. The join
is made only when the answers are still an EVENT after the passes that drop
events in general, so the pair said in general (`chất lượng chất vấn và trả lời
chất vấn trong những kỳ họp`, news15, unmarked) stays none.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

_ANSWERS = "trả lời chất vấn"
_QUESTIONS = "chất vấn và"
_SITTINGS = ("phiên", "buổi")


def join_questions_and_answers(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """Join each line's pair of questions and answers, in place."""
    for index, (line, spans) in enumerate(chosen):
        if any(c.label == "EVENT" for c in spans):
            chosen[index] = (line, _joined(line, spans))


def _joined(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """`[phiên chất vấn] và [trả lời chất vấn]` → one EVENT over the pair."""
    out: list[Candidate] = []
    for c in spans:
        start = c.start - 3
        paired = (
            c.label == "EVENT"
            and start >= 0
            and line.phrase(c.start, _ANSWERS) == c.start + 4
            and line.phrase(start, _QUESTIONS) == c.start
        )
        if paired:
            start = start - 1 if line.is_(start - 1, *_SITTINGS) else start
            while out and out[-1].label == "EVENT" and out[-1].start >= start:
                out.pop()  # "[phiên chất vấn]" before "và": inside the pair now
            c = Candidate(start, c.end, "EVENT", c.weak)
        out.append(c)
    return out
