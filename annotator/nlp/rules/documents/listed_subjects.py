"""A document's subject that goes on past a comma: `Nghị quyết về chống thất thoát, đầu tư dàn trải`.

What a resolution or a conclusion is about is often a list of short noun
phrases (`về nhiệm vụ kinh tế xã hội, an ninh quốc phòng`, `khách sạn cao
cấp, thương mại, dịch vụ`); the rules ended the name at the first comma. A
document's name going on past a comma or `và` was cut in six of nine blind
sets (laws mended in round 13); three resolutions and reports were still cut
in round 14 (news5, news10, news11). An item is taken when it is a short
lowercase phrase with no grammar word or verb the rules know, closed by
punctuation; after a document that opens a sentence's adverbial (`Theo Nghị
quyết về cải cách, người dân …`), the comma ends the adverbial instead.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Line, keys_of
from annotator.nlp.rules.names import is_stop

_LONGEST_ITEM = 4
_CLOSERS = (",", ";", ".", ":", ")")
# Words that open an adverbial with a document in it at the start of a sentence.
_OPENERS = frozenset(keys_of("theo căn thực triển sau với trong tại"))
_SENTENCE_MARKS = (".", "!", "?", ":", ";", '"', "“", "(")


def listed_subject(line: Line, start: int, end: int) -> int:
    """End of a document's subject from `end`, grown over the short items a comma adds."""
    if end < 0 or _opens_adverbial(line, start):
        return end
    while line.surface[end : end + 1] == [","]:
        first = end + 1
        item = first
        while item < line.n and item - first <= _LONGEST_ITEM and _item_word(line, item):
            item += 1
        closed = item >= line.n or line.surface[item] in _CLOSERS
        if item == first or item - first > _LONGEST_ITEM or not closed:
            break
        end = item
    return end


def _item_word(line: Line, k: int) -> bool:
    return line.word(k) and line.lower(k) and not is_stop(line, k)


def _opens_adverbial(line: Line, start: int) -> bool:
    """`Theo | Nghị quyết …` at the start of a sentence (a compound opener's first word too)."""
    k = start - 1
    while k > 0 and start - k < 3 and not line.cap(k):
        k -= 1
    first = k == 0 or line.surface[k - 1] in _SENTENCE_MARKS
    return first and line.key(k) in _OPENERS
