"""The instance a trial panel sits at: `HĐXX phúc thẩm`, `Hội đồng xét xử sơ thẩm`.

A trial panel is named by its instance, and the court it sits in follows
(`[HĐXX phúc thẩm TAND TP HCM]ORG`, news23), so the instance belongs to the
panel's ORG and the court after it joins as any parent body does. Only a
panel takes it: after a court the same words are what it does (`TAND tỉnh
xét xử sơ thẩm`).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Line

_PANELS = ("HĐXX", "Hội đồng xét xử")
_INSTANCES = ("sơ thẩm", "phúc thẩm", "giám đốc thẩm", "tái thẩm")
_FIRST = tuple(instance.split()[0] for instance in _INSTANCES)


def trial_instance(line: Line, i: int) -> int:
    """End of the instance at i right after a trial panel, or -1."""
    if not line.is_(i, *_FIRST) or not line.ending(i, _PANELS):
        return -1
    return line.longest(i, _INSTANCES)
