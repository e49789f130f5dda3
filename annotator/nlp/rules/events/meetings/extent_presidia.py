"""ORG, not EVENT: the presidium or secretariat of a congress with the congress it runs.

`[Đoàn Chủ tịch Đại hội]`, `[Đoàn Thư ký Đại hội]` (news5), `[đoàn chủ tịch
đại hội]` (news14) are one ORG in the gold, and the chair of a sitting is a
post (news13 `[chủ tọa kỳ họp]`): the congress or sitting inside names whose
office it is, it is no event of its own. At blind time the rules gave the
congress an EVENT beside the office in these three sets; the lowercase form
(news14) is still split today, as `bodies/presidia.py` finds the office with a body
after it and the EVENT rules claim `đại hội`. The construction: an ORG that
ends with a presidium or secretariat (`đoàn chủ tịch`, `đoàn thư ký`) and an
EVENT right after it that is a congress or sitting: one ORG over both.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.presidia import PRESIDIA
from annotator.nlp.rules.lines import Candidate, Line

# Heads of the meetings a presidium or secretariat runs.
_RUN = ("đại hội", "hội nghị", "kỳ họp", "ĐH")


def presidia_of_events(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """Each presidium ORG joined to the congress EVENT right after it."""
    out: list[Candidate] = []
    for c in spans:
        last = out[-1] if out else None
        if (
            last is not None
            and last.label == "ORG"
            and c.label == "EVENT"
            and c.start == last.end
            and line.ending(last.end, PRESIDIA)
            and line.longest(c.start, _RUN) > c.start
        ):
            out[-1] = Candidate(last.start, c.end, "ORG", last.weak)
            continue
        out.append(c)
    return out
