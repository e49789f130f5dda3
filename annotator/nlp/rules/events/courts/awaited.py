"""Not an EVENT: a trial waited for or wished, `xét xử` that has not been held.

`bị tạm giam từ năm 1994 để chờ [xét xử]`, `mòn mỏi trong tù chờ được [xét xử]`
(news29), `Trong khi chờ xét xử …` (news21): a defendant waiting for his trial speaks
of none held or set, and the gold leaves all three unmarked. So does it leave a
bringing to trial that is only asked for, talked of or counted from: `nhờ thẩm phán
sớm đưa vụ án ra xét xử`, `việc đưa vụ án ra xét xử "nằm trong bàn tay" …` (news25),
`về việc có đem vụ kiện này ra xét xử hay không` (news28), `tính đến ngày đưa ra
xét xử` (news29), where the rules marked the bare `xét xử` at blind time. A trial
brought that is reported or set keeps its EVENT (`TAND TP đã đưa vụ án ra [xét xử]`,
`dự kiến sẽ đưa vụ án ra [xét xử] vào tháng 9`, `quyết định đưa vụ án ra [xét xử]`).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

_TRIAL = ("xét xử",)
_WAITED = ("chờ", "chờ được")
# Words before `đưa … ra` that make the bringing a wish, a topic or a point in time.
_NOT_BROUGHT = ("việc", "sớm", "ngày", "có")
_BRINGS = ("đưa", "đem")
# How far back `đưa` may stand before `ra xét xử`: "đưa | vụ kiện này | ra".
_REACH = 5


def drop_awaited_trials(line: Line, spans: list[Candidate]) -> set[Candidate]:
    """Bare `xét xử` EVENT spans waited for, or brought only as a wish or a topic."""
    return {
        c
        for c in spans
        if c.label == "EVENT"
        and line.longest(c.start, _TRIAL) == c.end
        and line.lower(c.start)
        and (line.ending(c.start, _WAITED) or _not_brought(line, c.start))
    }


def _not_brought(line: Line, i: int) -> bool:
    """`sớm đưa vụ án ra | xét xử`, `việc có đem vụ kiện này ra | xét xử` at i."""
    if not line.is_(i - 1, "ra"):
        return False
    for k in range(i - 2, max(-1, i - 2 - _REACH), -1):
        if line.is_(k, *_BRINGS) and line.lower(k):
            return line.is_(k - 1, *_NOT_BROUGHT)
    return False
