"""Finding a query in a text: folded matching that keeps offsets, and concordance lines.

The full-text index finds documents; this module finds where in a document
the query occurs, in code points of the stored text. Folding never changes
the length of the text (one character in, one character out), so an offset
found in the folded text is an offset into the stored text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from annotator.core.errors import AnnotatorError
from annotator.core.syllables import is_aligned
from annotator.core.vietnamese import D_LETTERS, fold_tone_placement


class SearchError(AnnotatorError):
    """A query that cannot be run (an invalid regular expression, say)."""


def _strip_table() -> dict[int, str]:
    """Latin letters with diacritics to their base letter (Đ/đ to D/d), case kept."""
    table: dict[int, str] = {}
    for code in (*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)):
        ch = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        if len(base) == 1 and base != ch:
            table[code] = base
    for ch, base in D_LETTERS:  # Đ and its lookalikes, as search folds them everywhere
        table[ord(ch)] = base
    return table


_STRIP = _strip_table()
# Every letter that strips to a base letter, by base letter (case kept): the
# phrase pattern matches them all, so no text needs folding before a search.
_VARIANTS: dict[str, str] = {}
for _code, _base in _STRIP.items():
    _VARIANTS[_base] = _VARIANTS.get(_base, _base) + chr(_code)


def _letter_class(ch: str) -> str:
    variants = _VARIANTS.get(ch)
    if variants is None:
        return re.escape(ch)
    return "[" + "".join(re.escape(v) for v in variants) + "]"


def _phrase_pattern(words: list[str], *, match_case: bool) -> re.Pattern[str]:
    """Stripped words as a pattern over the stored text: `quoc` matches `Quốc`, `QUỐC`..."""
    pieces = ["".join(_letter_class(ch) for ch in word) for word in words]
    # Any run of spaces or line breaks between the words of the phrase.
    return re.compile(r"\s+".join(pieces), 0 if match_case else re.IGNORECASE)


def _lower_same_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters lower to two ("İ"); keep those as they are.
    return "".join(ch if len(low := ch.lower()) != 1 else low for ch in text)


def fold_text(text: str, *, match_case: bool = False, match_diacritics: bool = False) -> str:
    """The text as a query compares it, with exactly the same length.

    Without `match_diacritics`, every Vietnamese letter loses its marks
    ("Quốc" -> "Quoc"); with it, only the tone placement is unified
    ("hoá" = "hóa"). Without `match_case`, letters are lower-cased.
    """
    if match_diacritics:
        folded = fold_tone_placement(text)
        if len(folded) != len(text):  # only for text that is not NFC
            folded = text
    else:
        folded = text.translate(_STRIP)
    return folded if match_case else _lower_same_length(folded)


@dataclass(frozen=True)
class TextQuery:
    """What to find in a text: words (a phrase) or a regular expression."""

    text: str
    regex: bool = False
    match_case: bool = False
    match_diacritics: bool = False

    def matcher(self) -> Matcher | None:
        """The compiled query, for many texts; None for an empty query."""
        if self.regex:
            if not self.text:
                return None
            flags = 0 if self.match_case else re.IGNORECASE
            try:
                return Matcher(re.compile(self.text, flags), None, self)
            except re.error as exc:
                raise SearchError(
                    "the regular expression {pattern!r} is not valid: {exc}",
                    pattern=self.text,
                    exc=exc,
                ) from None
        query = unicodedata.normalize("NFC", self.text)
        # Phrases are found whatever their marks, then, to match diacritics,
        # each candidate is compared marks and all (tone placement folded).
        words = query.translate(_STRIP).split()
        if not words:
            return None
        exact = None
        if self.match_diacritics:
            exact = fold_text(query, match_case=self.match_case, match_diacritics=True).split()
        return Matcher(_phrase_pattern(words, match_case=self.match_case), exact, self)


@dataclass(frozen=True)
class Matcher:
    """A compiled TextQuery: `find(text)` gives every match, aligned or not."""

    pattern: re.Pattern[str]
    exact_words: list[str] | None  # the words as typed, when diacritics must match
    query: TextQuery

    def find(self, text: str) -> list[tuple[int, int]]:
        query = self.query
        found = []
        for match in self.pattern.finditer(text):
            start, end = match.span()
            if start == end:
                continue
            if self.exact_words is not None:
                candidate = fold_text(
                    text[start:end], match_case=query.match_case, match_diacritics=True
                )
                if candidate.split() != self.exact_words:
                    continue
            found.append((start, end))
        return found


def find_hits(text: str, query: TextQuery, *, aligned: bool = True) -> list[tuple[int, int]]:
    """(start, end) of every match of `query` in `text`, in order.

    With `aligned`, a match must start and end on syllable boundaries, so
    "Nam" is not found inside "Nami" nor "HCM" inside "TP.HCM".
    """
    matcher = query.matcher()
    if matcher is None:
        return []
    found = matcher.find(text)
    return [hit for hit in found if is_aligned(text, *hit)] if aligned else found


@dataclass(frozen=True)
class KwicLine:
    """One concordance line: the hit with its left and right context, on one line each."""

    left: str
    hit: str
    right: str
    sentence: str = ""  # the whole sentence around the hit, for a tooltip


# Where a sentence ends: a run of . ? ! (or …) followed by a space, or a line break.
_SENTENCE_END = re.compile(r"[.?!…]+[\"”’)]*\s|\n")
SENTENCE_LIMIT = 400  # characters a side at most: a paragraph with no stop is cut here


def sentence_around(text: str, start: int, end: int, *, limit: int = SENTENCE_LIMIT) -> str:
    """The sentence holding text[start:end] on one line: from the end of the previous
    sentence (or line) to the end of this one, at most `limit` characters a side.

    A concordance row shows 60 characters a side, cut to the column; the
    linguist judging a hit wants the whole sentence it stands in.
    """
    first = max(0, start - limit)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, first, start)]
    begin = ends[-1] if ends else first
    after = _SENTENCE_END.search(text, end, min(len(text), end + limit))
    stop = after.end() if after else min(len(text), end + limit)
    return " ".join(text[begin:stop].split())


def _flat(text: str) -> str:
    return " ".join(text.split()) if ("\n" in text or "\t" in text) else text


def kwic(text: str, start: int, end: int, *, width: int = 60) -> KwicLine:
    """Left and right context of `width` characters around [start, end), line breaks flattened."""
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    left_flat = _flat(left)
    right_flat = _flat(right)
    # Keep a space at the edge when the original had whitespace there.
    if left[-1:].isspace() and not left_flat.endswith(" "):
        left_flat += " "
    if right[:1].isspace() and not right_flat.startswith(" "):
        right_flat = " " + right_flat
    sentence = sentence_around(text, start, end)
    return KwicLine(left_flat, _flat(text[start:end]), right_flat, sentence)


def left_sort_key(line: KwicLine) -> str:
    """Sort key for 'by left context': the words nearest the hit first."""
    words = fold_text(line.left).split()
    return " ".join(reversed(words))


def right_sort_key(line: KwicLine) -> str:
    return fold_text(line.right).strip()


# Words a snippet's edge moves past, at most, to keep a capitalised run whole.
_RUN_WORDS = 6


def place_snippet(text: str, start: int, end: int, *, width: int = 40) -> KwicLine:
    """The words around text[start:end] on its own line, for showing a reader where it is.

    At most `width` characters a side (a few words more to keep a capitalised
    run whole), cut at a space so no word is shown in part, with "…" where the
    line goes on; an offset means nothing to a reader. Cut at a space alone,
    a place began "…tướng Phạm Minh Chính", its "Thủ" lost.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    left_from = max(line_start, start - width)
    if left_from > line_start:
        space = text.find(" ", left_from, start)
        left_from = _run_start(text, line_start, space + 1) if space >= 0 else left_from
    right_to = min(line_end, end + width)
    if right_to < line_end:
        space = text.rfind(" ", end, right_to)
        right_to = _run_end(text, line_end, space) if space >= 0 else right_to
    left = ("…" if left_from > line_start else "") + text[left_from:start].lstrip()
    right = text[end:right_to].rstrip() + ("…" if right_to < line_end else "")
    return KwicLine(_flat(left), _flat(text[start:end]), _flat(right))


def _capitalised(word: str) -> bool:
    """A word that may sit inside a name: capitalised, no comma or stop at its end."""
    return word[:1].isupper() and word[-1:].isalnum()


def _run_start(text: str, line_start: int, left_from: int) -> int:
    """`left_from` (a word's start) moved back over the capitalised words just before it:
    cut after "Thủ", "Thủ tướng Phạm Minh Chính" would read as "tướng Phạm Minh Chính"."""
    for _ in range(_RUN_WORDS):
        if left_from <= line_start:
            break
        word_start = max(text.rfind(" ", line_start, left_from - 1) + 1, line_start)
        if not _capitalised(text[word_start : left_from - 1]):
            break
        left_from = word_start
    return left_from


def _run_end(text: str, line_end: int, right_to: int) -> int:
    """`right_to` (a space) moved on over the capitalised words after it, while the word
    before it is capitalised too: "Phạm Minh" is not cut from its "Chính"."""
    for _ in range(_RUN_WORDS):
        last = text[text.rfind(" ", 0, right_to) + 1 : right_to]
        if right_to >= line_end or not _capitalised(last):
            break
        word_end = text.find(" ", right_to + 1, line_end)
        word_end = line_end if word_end < 0 else word_end
        if not text[right_to + 1 : word_end][:1].isupper():  # "Chính," still ends the run
            break
        right_to = word_end
    return right_to


def marked(line: KwicLine) -> str:
    """A concordance line as one string, the hit between square brackets."""
    return f"{line.left}[{line.hit}]{line.right}"
