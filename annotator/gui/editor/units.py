"""Selection units of the editor: syllables by default, whole words in word mode."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable

from annotator.core.glued_numbers import cut_tokens
from annotator.core.graphemes import may_cluster
from annotator.core.syllables import WORD_PATTERN, SyllableIndex, is_word_token

WordSpansProvider = Callable[[str], list[tuple[int, int]]]

# The word alternative of core.syllables' token pattern. Scanning for it alone,
# then cutting glued list numbers off as the core does, yields exactly
# SyllableIndex(text).tokens (a test checks this), several times faster, which
# matters when a long article opens.
_WORD = re.compile(WORD_PATTERN)


class UnitIndex(SyllableIndex):
    """A SyllableIndex over any token list (e.g. underthesea words).

    Punctuation-only tokens are dropped so that snapping never keeps outer
    punctuation, exactly as with syllables.
    """

    def __init__(self, text: str, tokens: list[tuple[int, int]]) -> None:
        self.text = text
        clean = sorted({(s, e) for s, e in tokens if 0 <= s < e <= len(text)})
        self.tokens = [t for t in clean if is_word_token(text, *t)]
        self._starts = [s for s, _ in self.tokens]
        self._ends = [e for _, e in self.tokens]

    @classmethod
    def trusted(cls, text: str, tokens: list[tuple[int, int]]) -> UnitIndex:
        """Tokens already sorted, disjoint and holding a letter or digit."""
        index = cls.__new__(cls)
        index.text = text
        index.tokens = tokens
        index._starts = [s for s, _ in tokens]
        index._ends = [e for _, e in tokens]
        return index


def syllable_index(text: str) -> SyllableIndex:
    """The syllables of `text`, as SyllableIndex finds them, built fast.

    A text that may hold a grapheme cluster (a combining mark, a flag, a
    joined emoji) takes the core's way, which keeps clusters whole.
    """
    if may_cluster(text):
        return SyllableIndex(text)
    return UnitIndex.trusted(text, cut_tokens(text, [m.span() for m in _WORD.finditer(text)]))


def word_index(text: str, provider: WordSpansProvider) -> SyllableIndex:
    """Units for word mode; falls back to syllables where the provider left gaps."""
    words = sorted(provider(text))
    starts = [s for s, _ in words]
    gaps = []
    for s, e in syllable_index(text).tokens:
        i = bisect_right(starts, s) - 1
        if i < 0 or words[i][1] < e:
            gaps.append((s, e))
    return UnitIndex(text, words + gaps)


def segmenter_words(keep: int = 8) -> WordSpansProvider:
    """Words from the NLP word segmentation, remembered for the last `keep` texts.

    Segmenting a long article takes most of a second: coming back to a
    document in word mode should not pay it again.
    """
    from annotator.nlp.units import word_spans

    cache: OrderedDict[str, list[tuple[int, int]]] = OrderedDict()

    def provider(text: str) -> list[tuple[int, int]]:
        words = cache.get(text)
        if words is None:
            words = cache[text] = list(word_spans(text))
            while len(cache) > keep:
                cache.popitem(last=False)
        cache.move_to_end(text)
        return words

    return provider
