"""The rules' token spans as suggestions in text offsets, whole syllables only.

The rules work on the tokens of a line; the editor and every exporter work on
code points of the stored text. A token may be part of a written word the
source glued together (`Tổng bí thư2.`, `Minh PhươngTheo`): a span there is
grown to the syllables the text's own index gives, or left out where growing
it would cut a name or a number.
"""

from __future__ import annotations

from annotator.core.syllables import SyllableIndex, is_aligned
from annotator.nlp.base import Suggestion
from annotator.nlp.rules.lines import Candidate, Line


def _glued(text: str, start: int, end: int) -> bool:
    """A letter or digit right outside the span, and the editor's tokens run across: it cut a written word in two.

    The editor cuts a word from the next list item's number glued to it
    (`Luật hối phiếu3.`, `Tổng bí thư2.`) and a bracket from a digit
    (`(sửa đổi)2.`): a span ending there is whole.
    """
    outside = (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum())
    return outside and not is_aligned(text, start, end)


def _number_after(text: str, end: int) -> bool:
    """`tư1,5`: a word the source glued to a number that numbers no list item.

    Such spans are left out rather than grown over the number; a code of
    capitals and digits (`A320`, `PMU18`) is grown whole.
    """
    return end < len(text) and text[end].isdigit() and text[end - 1].islower()


def to_suggestions(
    text: str, chosen: list[tuple[Line, list[Candidate]]], name: str
) -> list[Suggestion]:
    """Offsets in the text, grown to whole syllables where a token split a word."""
    index: SyllableIndex | None = None
    out: list[Suggestion] = []
    last_end = -1
    for line, spans in chosen:
        for c in spans:
            start, end = line.starts[c.start], line.ends[c.end - 1]
            if _glued(text, start, end):
                if c.label == "PER" or _number_after(text, end):
                    continue  # "Minh PhươngTheo": no name cuts a word
                index = index or SyllableIndex(text)
                snapped = index.snap(start, end)
                if snapped is None:
                    continue
                start, end = snapped
            if start < last_end:
                continue
            out.append(Suggestion(start, end, c.label, name))
            last_end = end
    return out
