"""PER: a full name that ran on into the next sentence's first word (`Lê Bảo Quốc | Chỉ mới ...`).

A headline that ends in a name is often glued to the lead with its line
break lost: `vua lừa Lê Bảo Quốc Chỉ mới ở giai đoạn 1`, `Thứ trưởng Bộ Tài
chính Trần Văn Tá Đơn vị tổ chức nào`, `Thứ trưởng Nguyễn Việt Tiến Trụ sở
công ty`. The capitalised run then reads as a four-syllable name, and the
article's later mentions (`Quốc chỉ mới trả`) copy the error. Blind, a name
ran on into the next word in news8, news17, news20, news22, news23 and news25.

The last syllable alone cannot tell: `Lã Thị Kim Oanh sử dụng` is a real
four-syllable name before a verb. The article can: when its first three
syllables are a name on their own elsewhere in the same article, and the
fourth is a Vietnamese syllable with a lowercase word after it, the fourth
is the next sentence's first word and the name ends before it.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

_FULL = 3  # syllables of the name the run-on adds one to


def trim_run_on_names(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """End each four-syllable PER before its last word where the article names the first three."""
    names = {
        tuple(line.keys[c.start : c.end])
        for line, spans in chosen
        for c in spans
        if c.label == "PER" and c.end - c.start == _FULL
    }
    if not names:
        return
    for index, (line, spans) in enumerate(chosen):
        chosen[index] = (line, [_trimmed(line, c, names) for c in spans])


def _trimmed(line: Line, c: Candidate, names: set[tuple[str, ...]]) -> Candidate:
    if c.label != "PER" or c.end - c.start != _FULL + 1 or not _goes_on(line, c.end - 1):
        return c
    if tuple(line.keys[c.start : c.end - 1]) not in names:
        return c
    return Candidate(c.start, c.end - 1, c.label, c.weak)


def _goes_on(line: Line, i: int) -> bool:
    """A Vietnamese syllable at i with a lowercase word after it (`Chỉ | mới`, `Đơn | vị`)."""
    return i + 1 < line.n and line.lower(i + 1) and not line.foreign(i)
