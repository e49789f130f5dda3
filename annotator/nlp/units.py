"""Text units with offsets: paragraphs, sentences, syllables, words, POS/chunk tags.

Every unit is a (start, end) range of code points into the stored NFC text,
trimmed of outer whitespace. underthesea works per paragraph (never across a
line): sentence starts follow its splitter's rules directly
(annotator.nlp.sentences), its word output is aligned back with annotator.nlp.align.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence

from annotator.core.glued_numbers import glued_number_cuts, list_number_before, opens_line
from annotator.core.syllables import (
    DIGIT_JOINERS,
    JOINERS,
    is_word_token,
    joined_spans,
    syllable_spans,
)
from annotator.nlp.align import align_tokens
from annotator.nlp.sentences import line_sentence_starts, sentence_starts

__all__ = [
    "joined_spans",
    "paragraph_spans",
    "plausible_starts",
    "pos_chunk_tags",
    "sentence_spans",
    "sentence_starts_of",
    "syllable_spans",
    "word_spans",
]

Range = tuple[int, int]

# Punctuation that glues a word to the one before it. Sentences are found on
# the tokens of the syllable rules before `syllables-3` (`joined_spans`), which
# joined words glued by any of these: the stored sentence starts of earlier
# versions stay valid, and "Lan.Thủ tướng" stays one sentence as it was.
_GLUE = JOINERS + DIGIT_JOINERS

# Above this many characters a "sentence" is cut at syllable gaps before
# word segmentation, so one pathological line cannot dominate the run time.
MAX_SENTENCE_CHARS = 5000


def _trim(text: str, start: int, end: int) -> Range | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def paragraph_spans(text: str) -> list[Range]:
    """Every non-empty line, trimmed."""
    out = []
    line_start = 0
    for line in text.split("\n"):
        body = line.strip()
        if body:
            start = line_start + len(line) - len(line.lstrip())
            out.append((start, start + len(body)))
        line_start += len(line) + 1
    return out


def sentence_spans(text: str) -> list[Range]:
    """Sentences found by underthesea's rules inside each paragraph, covering it whole.

    Only where each sentence starts is taken from underthesea's splitter; the
    sentences then run to the next start, so no character of a paragraph is
    lost.
    """
    out: list[Range] = []
    for p_start, p_end in paragraph_spans(text):
        found = [p_start + s for s in sentence_starts(text[p_start:p_end]) if s]
        start = p_start
        for end in [*sorted(plausible_starts(text, found)), p_end] if found else [p_end]:
            _add_sentence(out, text, start, end)
            start = end
    return out


def sentence_starts_of(text: str) -> list[int]:
    """Where each of `sentence_spans(text)` starts, found for the whole text at once (imports).

    A sentence no longer than MAX_SENTENCE_CHARS lies between two starts; a
    text with a longer gap (a sentence that may need cutting) goes through
    `sentence_spans`.
    """
    firsts, others = line_sentence_starts(text)
    starts = sorted([*firsts, *plausible_starts(text, others)])
    bounds = [*starts, len(text)]
    if any(b - a > MAX_SENTENCE_CHARS for a, b in zip(bounds, bounds[1:], strict=False)):
        return [start for start, _ in sentence_spans(text)]
    return starts


def _add_sentence(out: list[Range], text: str, start: int, end: int) -> None:
    """Add text[start:end] without its trailing spaces; `start` is never a space."""
    while text[end - 1].isspace():
        end -= 1
    if end - start <= MAX_SENTENCE_CHARS:
        out.append((start, end))
    else:
        out.extend(_cut_long(text, start, end))


# A dot after these does not end a sentence: initials ("N.Đ.", "T.") and
# abbreviated degrees and titles put before names.
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")
# A list's first number after a colon, its full stop and spaces, just before a start.
_FIRST_ITEM_AFTER_COLON = re.compile(r":[ \t]*(?<!\d)\d{1,2}\.[ \t]*\Z")
_ABBREVIATIONS = frozenset({"ts", "ths", "pgs", "gs", "bs", "ks", "ls", "tp", "th.s", "pgs.ts"})


def plausible_starts(text: str, starts: Iterable[int]) -> set[int]:
    """The sentence starts that fall between syllables and not after an initial or title.

    underthesea's splitter breaks after "N.Đ." and inside a token such as a
    URL; only the few characters around each start are looked at. It also
    breaks after a list number's full stop, leaving "1." a sentence of its
    own and each later item ending in the next one's number ("Luật hối
    phiếu3."): the item starts at its number instead (`sentences-2`). The
    full stop of a list's first number after a colon ("Quốc hội thông qua:
    1. Luật Đất đai") ends no sentence either (`sentences-3`).
    """
    out = set()
    for start in starts:
        number = list_number_before(text, start)
        if number is not None:  # "phiếu3. Luật": the next item starts at its number
            if not opens_line(text, number):
                out.add(number)
            continue
        if _FIRST_ITEM_AFTER_COLON.search(text, max(0, start - 12), start):
            continue  # "qua: 1. Luật": the colon's sentence goes on
        verdict = _plausible_after_space(text, start)
        if verdict is None:
            verdict = _plausible_start(text, start)
        if verdict:
            out.add(start)
    return out


def _plausible_after_space(text: str, start: int) -> bool | None:
    """`_plausible_start` for the usual start after a space, or None for any other.

    A start after a space always begins a syllable, so only the syllable
    before a closing dot matters; it is read directly when it is a plain word
    or a single symbol.
    """
    if not 0 < start < len(text) or text[start].isspace() or not text[start - 1].isspace():
        return None
    dot = start - 1
    while dot > 0 and text[dot - 1].isspace():
        dot -= 1
    dot -= 1
    if dot < 1 or text[dot] != "." or text[dot - 1].isspace():
        return True
    if not text[dot - 1].isalnum():
        return not _after_abbreviation(text[dot - 1])
    word = text[text.rfind(" ", 0, dot) + 1 : dot]
    return not _after_abbreviation(word) if word.isalnum() else None


def _plausible_start(text: str, start: int) -> bool:
    glued = 1 < start < len(text) and text[start - 1] in _GLUE
    if glued and text[start - 2].isalnum() and text[start].isalnum():
        return False  # glued to the word before (a URL, 1.500, "Lan.Thủ"): no sentence here
    piece_start, piece_end = start, start
    while piece_start > 0 and not text[piece_start - 1].isspace():
        piece_start -= 1
    while piece_end < len(text) and not text[piece_end].isspace():
        piece_end += 1
    if start not in {a for a, _ in joined_spans(text, piece_start, piece_end)}:
        return False
    before = start
    while before > 0 and text[before - 1].isspace():
        before -= 1
    while before > 0 and not text[before - 1].isspace():
        before -= 1
    tail = [text[a:b] for a, b in joined_spans(text, before, start)][-2:]
    return not (len(tail) == 2 and tail[1] == "." and _after_abbreviation(tail[0]))


def _after_abbreviation(token: str) -> bool:
    upper_initials = token.replace(".", "").isupper() and _INITIALS.fullmatch(token) is not None
    return upper_initials or token.casefold() in _ABBREVIATIONS


def _cut_long(text: str, start: int, end: int) -> list[Range]:
    """Cut a range longer than MAX_SENTENCE_CHARS at syllable gaps."""
    if end - start <= MAX_SENTENCE_CHARS:
        return [(start, end)]
    out: list[Range] = []
    piece_start = start
    for _, s_end in joined_spans(text, start, end):
        if s_end - piece_start >= MAX_SENTENCE_CHARS:
            out.append((piece_start, s_end))
            piece_start = s_end
    if piece_start < end:
        tail = _trim(text, piece_start, end)
        if tail:
            out.append(tail)
    return [r for r in (_trim(text, a, b) for a, b in out) if r]


def _segment(sentence: str) -> list[str]:
    from underthesea import word_tokenize

    try:
        return list(word_tokenize(sentence))
    except Exception:  # fall back to syllables for this sentence only
        return []


def _fill_gaps(text: str, start: int, end: int, found: Iterable[Range]) -> list[Range]:
    """Aligned words plus syllables for any text they left uncovered."""
    out: list[Range] = []
    cursor = start
    for w_start, w_end in found:
        if w_start > cursor:
            out.extend(syllable_spans(text, cursor, w_start))
        out.append((w_start, w_end))
        cursor = w_end
    out.extend(syllable_spans(text, cursor, end))
    return out


def _segmenter_input(text: str, start: int, end: int) -> str:
    """text[start:end] with a space before each list number glued to the word before it.

    The word segmenter read "bất động sản3." as ending in the piece "sản3",
    so a word ran across the syllables' cut and the bill's end
    (`core.glued_numbers`). Aligning ignores spaces, so the offsets hold.
    """
    cuts = glued_number_cuts(text, start, end)
    if not cuts:
        return text[start:end]
    bounds = [start, *cuts, end]
    return " ".join(text[a:b] for a, b in zip(bounds, bounds[1:], strict=False))


def _words_of_sentence(text: str, start: int, end: int) -> list[Range]:
    tokens = _segment(_segmenter_input(text, start, end))
    aligned = [r for r in align_tokens(text, tokens, start=start, end=end) if r]
    sylls = syllable_spans(text, start, end)
    whole = _whole_syllables(_fill_gaps(text, start, end, aligned), sylls)
    return [piece for w in whole for piece in _split_symbols(text, w)]


def _inside_syllable(pos: int, sylls: Sequence[Range], starts: Sequence[int]) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and sylls[i][0] < pos < sylls[i][1]


def _whole_syllables(words: list[Range], sylls: Sequence[Range]) -> list[Range]:
    """Join words that meet inside one syllable ("18", "-", "NQ", "/", "TW" → "18-NQ/TW").

    underthesea splits numbers and codes that the editor treats as one
    syllable; a word is never smaller than a syllable.
    """
    starts = [a for a, _ in sylls]
    out: list[Range] = []
    for w in words:
        if out and _inside_syllable(w[0], sylls, starts):
            out[-1] = (out[-1][0], max(out[-1][1], w[1]))
        else:
            out.append(w)
    return out


def _split_symbols(text: str, word: Range) -> list[Range]:
    """Split a multi-syllable word at symbols it swallowed ("bàn 😀" → "bàn", "😀")."""
    sylls = syllable_spans(text, *word)
    if len(sylls) < 2 or all(is_word_token(text, *s) for s in sylls):
        return [word]
    out: list[Range] = []
    for s in sylls:
        joinable = bool(out) and is_word_token(text, *s) and is_word_token(text, *out[-1])
        out.append((out[-1][0], s[1]) if joinable else s)
        if joinable:
            del out[-2]
    return out


def _merge_keep_whole(words: list[Range], keep: Sequence[Range]) -> list[Range]:
    """Cut words at span edges, then join each span's pieces into whole words.

    Afterwards no word crosses a span boundary and each span is a run of words.
    """
    edges = sorted({e for s in keep for e in s})
    cut: list[Range] = []
    for w_start, w_end in words:
        inner = [e for e in edges if w_start < e < w_end]
        points = [w_start, *inner, w_end]
        cut.extend(zip(points, points[1:], strict=False))
    return cut


def _join_within(text: str, words: list[Range], keep: Sequence[Range]) -> list[Range]:
    """Join the words lying inside one keep-whole span into a single word."""
    spans = sorted(keep)
    out: list[Range] = []
    k = 0
    for w in words:
        while k < len(spans) and spans[k][1] <= w[0]:
            k += 1
        inside = k < len(spans) and spans[k][0] <= w[0] and w[1] <= spans[k][1]
        if inside and out and spans[k][0] <= out[-1][0]:
            out[-1] = (out[-1][0], w[1])
        else:
            out.append(w)
    return [r for r in (_trim(text, a, b) for a, b in out) if r]


def word_spans(text: str, *, keep_whole: Sequence[Range] = ()) -> list[Range]:
    """Words found by underthesea per sentence, aligned to offsets.

    `keep_whole` spans (e.g. annotated entities) are never cut: words are cut
    at their edges and the pieces inside one span joined, so each is covered
    by whole words and no word crosses its boundary. (underthesea's own
    `fixed_words` is not used: it puts the strings into a regex unescaped.)
    Nested keep-whole spans are honoured for their edges; the outermost is joined.
    """
    keep = [(s, e) for s, e in keep_whole if 0 <= s < e <= len(text)]
    words: list[Range] = []
    for s_start, s_end in sentence_spans(text):
        words.extend(_words_of_sentence(text, s_start, s_end))
    if not keep:
        return words
    return _join_within(text, _merge_keep_whole(words, keep), _outermost(keep))


def _outermost(spans: Sequence[Range]) -> list[Range]:
    out: list[Range] = []
    for s, e in sorted(spans, key=lambda r: (r[0], -r[1])):
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


def pos_chunk_tags(text: str, words: Sequence[Range]) -> list[tuple[str, str]]:
    """(POS, chunk) tags from underthesea's bundled CRFs for the given words.

    Words are tagged sentence by sentence, so tags use sentence context.
    """
    from underthesea.pipeline.chunking.model_crf import CRFChunkingPredictor
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    out: list[tuple[str, str]] = []
    for group in _group_by_sentence(text, words):
        forms = [text[a:b] for a, b in group]
        if not forms:
            continue
        tagged = CRFPOSTagPredictor.Instance().predict(forms)
        chunked = CRFChunkingPredictor.Instance().predict(tagged)
        out.extend((pos, chunk) for _, pos, chunk in chunked)
    return out


def _group_by_sentence(text: str, words: Sequence[Range]) -> list[list[Range]]:
    """Consecutive words split where a paragraph ends or a sentence punctuation closes."""
    groups: list[list[Range]] = [[]]
    previous_end = 0
    for w in words:
        if groups[-1] and ("\n" in text[previous_end : w[0]] or len(groups[-1]) >= 400):
            groups.append([])
        groups[-1].append(w)
        previous_end = w[1]
        if text[w[0] : w[1]] in {".", "!", "?"}:
            groups.append([])
    return [g for g in groups if g]
