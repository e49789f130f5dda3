"""Guests that make `gặp` an official meeting whoever its subject is written as.

`meeting_verb_at` (events.visits.visits) wants a titled or named host and a titled
guest. The once-blind sets had official meetings that miss one of the two, all
marked in the gold and all missed by the rules at blind time:
- a counterpart met (`khi ông [gặp] người đồng nhiệm Nga`, news26): a leader's
  counterpart makes both sides office holders;
- a foreign leader sought on a trip (`Bush tới Slovakia để [gặp] Putin`, `để
  [gặp] ông Putin` in news26, `để [gặp] ông Berlusconi` in news30): the trip's
  purpose, the host named clauses before;
- guests counted or grouped before their post (`ông Thaksin đã [gặp] các đại sứ
  Anh, Pháp, Mỹ`, `cũng [gặp] cả các đại sứ` in news27, `Chủ tịch … cũng sẽ [gặp]
  một số lãnh đạo cao cấp` in news28), where the post was not read after `các`.
A private meeting keeps none of them (`nên đi gặp ông Huệ`, `tìm gặp bà Nam`): a
Vietnamese name after `gặp` is no foreign leader, and no post follows.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Line
from annotator.nlp.rules.posts.roles import role

_COUNTERPARTS = ("người đồng cấp", "người đồng nhiệm")
# Words that count or group the guests before their post: "các đại sứ", "một số lãnh đạo".
_GROUPED = ("các", "cả các", "một số", "nhiều", "cả")
# Leaders met as a group, no post of their own (the guidelines' `lãnh đạo` + a state).
_LEADERS = ("lãnh đạo", "nhà lãnh đạo", "quan chức")


def counterpart_met(line: Line, end: int) -> bool:
    """`gặp | người đồng nhiệm Nga`: a leader's counterpart is the guest at end."""
    return line.longest(end, _COUNTERPARTS) > end


def foreign_leader_sought(line: Line, i: int, end: int) -> bool:
    """`để gặp | (ông) Putin`: a trip's purpose, a foreign leader met, the verb at i."""
    if not line.is_(i - 1, "để"):
        return False
    k = end + 1 if line.is_(end, "ông", "bà") and line.lower(end) else end
    return line.foreign(k)


def grouped_officials(line: Line, end: int) -> bool:
    """`gặp | các đại sứ Anh`, `gặp | một số lãnh đạo cao cấp`: officials counted or
    grouped before their post or as leaders."""
    k = line.longest(end, _GROUPED)
    if k < 0:
        return False
    return role(line, k) > k or line.longest(k, _LEADERS) > k
