"""Where an event's name ends: an adverb after it, the post a vote is about.

`[chuyến thăm chính thức] Việt Nam` keeps the modifier that names the visit,
but in `[Đại hội … lần thứ XX] chính thức khai mạc` the word says how the
congress opens: it stays outside the EVENT. A vote on the person for a post
names the post (`[lấy phiếu tín nhiệm nhân sự TBT]`, as the gold's `[lấy phiếu
giới thiệu nhân sự tổng bí thư]`).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

# Verbs an event is officially said to do.
_VERBS = (
    "khai mạc",
    "bế mạc",
    "diễn ra",
    "bắt đầu",
    "kết thúc",
    "khởi động",
    "khép lại",
    "làm việc",
)
# What a numbered meeting goes on to do, besides the verbs above: `Hội nghị Trung
# ương 8 thảo luận …` numbers the meeting, where `khởi tố 4 bị can` counts people.
_AGENDA_VERBS = ("thảo luận", "xem xét", "thông qua", "tiếp tục")


def event_verb_at(line: Line, j: int) -> bool:
    """Whether an event's own verb starts at token j (what the event goes on to do)."""
    return any(line.phrase(j, verb) > 0 for verb in _VERBS + _AGENDA_VERBS)


def drop_adverb_tails(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """Cut `chính thức` off the end of EVENT spans that a verb follows, and join a
    vote to the post it is about."""
    for index, (line, spans) in enumerate(chosen):
        chosen[index] = (line, _votes_on_posts(line, [_cut(line, c) for c in spans]))


def _votes_on_posts(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """`[lấy phiếu tín nhiệm] nhân sự [TBT]` → one EVENT over the three."""
    out: list[Candidate] = []
    for c in spans:
        last = out[-1] if out else None
        if (
            last is not None
            and last.label == "EVENT"
            and c.label == "ROLE"
            and line.is_(last.start, "lấy", "bỏ")
            and line.phrase(last.end, "nhân sự") == c.start
        ):
            out[-1] = Candidate(last.start, c.end, "EVENT", last.weak)
            continue
        out.append(c)
    return out


def _cut(line: Line, c: Candidate) -> Candidate:
    start = c.end - 2
    if c.label != "EVENT" or start <= c.start or line.phrase(start, "chính thức") != c.end:
        return c
    if not any(line.phrase(c.end, verb) > 0 for verb in _VERBS):
        return c
    return Candidate(c.start, start, c.label, c.weak)
