"""Not an EVENT: a step said of a number of people or cases, a quantity and no occurrence.

`số cán bộ tham nhũng bị [khởi tố]`, `số vụ án hình sự được [xét xử] ở cấp huyện`,
`số lượng [vụ án] thuộc thẩm quyền …`, `một số vụ án được đưa ra [xét xử]`: the
act or the case is what a class undergoes, counted as a whole. At blind time the
rules marked such steps in four once-blind sets (news9 0433, news17 0426 twice,
news23 0011, news25 0003), every one unmarked in the gold. The class is written in
lowercase words between the quantity and the step, with no preposition: a step
reached through one (`một số bị can trong [vụ án]`, `một số tài liệu liên quan đến
[vụ án]`) belongs to the case the article reports and keeps its EVENT.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

# The quantity: "số", "số lượng", "một số" (the last is read as "số" after "một").
_QUANTITY = ("số", "số lượng")
# What a counted class undergoes: "bị", "được", with aspect words and "đưa ra" before
# the step ("đã bị", "được đưa ra xét xử").
_UNDERGOES = ("bị", "được")
_ASPECTS = ("đã", "đều", "đang", "sẽ", "từng", "vừa", "mới")
_BROUGHT = ("đưa ra",)
# Words that attach the step to something else than the class counted.
_LINKS = ("của", "trong", "về", "với", "tại", "ở", "cho", "do", "và", "hoặc", "đến", "tới")
_MAX_CLASS = 6


def drop_counted_steps(line: Line, spans: list[Candidate]) -> set[Candidate]:
    """Lowercase EVENT spans undergone by a counted class, or that class itself."""
    out = set()
    for c in spans:
        if c.label != "EVENT" or not all(line.lower(k) for k in range(c.start, c.end)):
            continue
        if line.ending(c.start, _QUANTITY) and not line.digit(c.start):
            out.add(c)  # "số lượng [vụ án]": the cases counted
            continue
        k = _before_passive(line, c.start)
        if k < c.start and _counted_class_ends(line, k):
            out.add(c)
    return out


def _before_passive(line: Line, i: int) -> int:
    """Index where `(đã) bị | được (đưa ra)` before token i starts, or i if none."""
    k = i - 2 if line.ending(i, _BROUGHT) else i
    if not line.is_(k - 1, *_UNDERGOES):
        return i
    k -= 1
    while line.is_(k - 1, *_ASPECTS):
        k -= 1
    return k


def _counted_class_ends(line: Line, k: int) -> bool:
    """A quantity and up to six lowercase words of a class end right before k."""
    for start in range(k - 1, max(-1, k - 1 - _MAX_CLASS), -1):
        if not (line.word(start) and line.lower(start)) or line.is_(start, *_LINKS):
            return False
        if line.phrase(start, "liên quan") > 0:
            return False
        if start < k and line.ending(start, _QUANTITY):
            return True
    return False
