"""Wars named by the enemy they are fought against, and fights that are drives.

`cuộc kháng chiến chống thực dân Pháp và đế quốc Mỹ`, `cuộc chiến chống khủng
bố`, `chiến dịch chống khủng bố`: after `chống`, an enemy of the `enemies`
gazetteer (with the country written after it, and further enemies joined by
`và` or a comma) names the war, and the EVENT runs to its end. Blind-time
misses: news9 0071, news15 0259 (three times), news17 0350 (twice). A war
noun before `chống` + a lowercase word that is no enemy (`cuộc chiến chống
tham nhũng`, news17 0372; `cuộc chiến chống lại sự đô hộ`, news14 0314, both
unmarked in the gold) is a figure of speech for a drive: no EVENT.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Line
from annotator.nlp.rules.names import cap_run
from annotator.nlp.rules.places.listed import place_at

_MAX_ENEMIES = 4


def _one_enemy(line: Line, i: int) -> int:
    """End of `thực dân Pháp`, `khủng bố`, `phát xít Đức` at i, or -1."""
    end = line.match(i, "enemies")
    if end < 0:
        return -1
    country = place_at(line, end)
    if country < 0 and line.cap(end) and line.word(end) and not line.digit(end):
        country = cap_run(line, end, 2)
    return max(end, country)


def enemies_after(line: Line, i: int) -> int:
    """End of the enemies after `chống` at i (`chống thực dân Pháp và đế quốc Mỹ`), or -1."""
    if not line.is_(i, "chống"):
        return -1
    end = _one_enemy(line, i + 1)
    joined = 0
    while end > 0 and joined < _MAX_ENEMIES and line.surface[end : end + 1] in (["và"], [","]):
        more = _one_enemy(line, end + 1)
        if more < 0:
            break
        end, joined = more, joined + 1
    return end


def fights_a_drive(line: Line, end: int) -> bool:
    """`cuộc chiến | chống tham nhũng`: a fight against a lowercase ill that is no enemy."""
    if not line.is_(end, "chống") or enemies_after(line, end) > 0:
        return False
    nxt = end + 2 if line.is_(end + 1, "lại") else end + 1
    return line.lower(nxt) and line.word(nxt)
