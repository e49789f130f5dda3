"""WHEN: which event of a sentence each of its dates belongs to.

A date is first paired with its nearest event; the sentence's own words then
move it (`dates.py`, `series.py`, `objects.py`): a term (`nhiệm kỳ`, `khóa`)
or a birth year dates no event, a date inside a held event's brackets goes
to that event, the subject's event or one bound by `vào` takes it, and a
coming gathering hands its date to the acts it will do.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.relations.dated_elsewhere import bracket_event, trial_of_case
from annotator.nlp.relations.dates import (
    another_date_nearer,
    bound_events,
    dated_otherwise,
    joined_events,
    listed_dates,
    subject_event,
)
from annotator.nlp.relations.event_times import held_event, not_event_time
from annotator.nlp.relations.frames import act_in_frame
from annotator.nlp.relations.incidents import dated_act_about
from annotator.nlp.relations.layout import LabelledRange
from annotator.nlp.relations.objects import not_when
from annotator.nlp.relations.series import coming_gathering, first_act_after, later_acts
from annotator.nlp.relations.topics import event_as_topic

_NOT_EVENT_TIME = re.compile(r"^(?:nhiệm kỳ|khóa|khoá|giai đoạn|Nhiệm kỳ|Khóa|Khoá|Giai đoạn)")
_BORN = re.compile(r"(?:sinh|SN|sinh năm)\s*$")


def when_pairs(
    text: str,
    spans: Sequence[LabelledRange],
    members: list[int],
    nearest_events: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """(event, date) for each date of the sentence but a term or a birth year, from its nearest event."""
    dated: dict[int, list[int]] = {}
    for i, nearest in nearest_events:
        start, end, _ = spans[i]
        if _NOT_EVENT_TIME.match(text[start:end]) or _BORN.search(text[max(0, start - 9) : start]):
            continue
        nearest = held_event(
            text, spans, members, i, bracket_event(text, spans, members, i, nearest)
        )
        nearest = subject_event(text, spans, members, i, nearest)
        nearest = act_in_frame(text, spans, members, i, nearest)  # "trong khuôn khổ [E]"
        nearest = trial_of_case(text, spans, members, nearest)  # "đưa [vụ án] ra [xét xử]"
        if not_event_time(text, spans[i], spans[nearest]) or not_when(
            text, spans[i], spans[nearest]
        ):
            continue
        if dated_otherwise(text, spans, members, i, nearest):
            continue
        if another_date_nearer(text, spans, members, i, nearest):
            continue
        bound = bound_events(text, spans, members, i, nearest)  # "[E1] vào [date] và [E2]"
        nearest = bound[0]
        timed = [*bound, *joined_events(text, spans, members, i, nearest)]
        if event_as_topic(text, spans[i], spans[nearest]):
            timed = timed[1:]  # "Ngày 24-4: Công bố kết quả [bầu cử], [lấy tín nhiệm]"
        elif coming_gathering(text, spans[i], spans[nearest]):
            acts = timed[1:] + later_acts(text, spans, members, i, timed)  # "[ĐH] sẽ …"
            timed = acts or first_act_after(text, spans, members, nearest)
        timed += later_acts(text, spans, members, i, timed)  # "…, áp dụng lệnh [cấm …]"
        timed = [e for e in timed if not dated_act_about(text, spans[i], spans[e])]
        dated[i] = timed  # not "[hôm 9/3] chỉ trích [vụ …]" (`dated_act_about`)
    pairs = [(e, d) for d, events in dated.items() for e in events]
    pairs += listed_dates(text, spans, members, dated)  # "[chiều 21] và [sáng 22/10]"
    return pairs
