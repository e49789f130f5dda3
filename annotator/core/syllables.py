"""Syllable tokens with offsets, and snapping a selection to them.

Vietnamese spaces separate syllables. A token is a run of letters/digits that
may contain inner punctuation (N.Đ, TP.HCM, 7.1.2022, 18-NQ/TW, 1,5, 15:30);
any other non-space character is a token of its own. A token never cuts what
a reader sees as one character (a flag, an emoji with its skin tone, a family
joined by zero-width joiners, a letter with a combining mark): two tokens
that touch inside one grapheme cluster are one token (`core.graphemes`). Pure
regex: the editor needs this without loading underthesea.

Words glued by punctuation (rules `syllables-3`). Sources drop the space
after a mark, and a token that runs across two words cannot be selected
alone. Counted in the 1,726 articles of the four shared corpora (the blind
set left out, metadata lines too), between two letters or digits:

- comma between letters, 116 ("Klimovo,vùng", "Dung,bí thư"), or between a
  letter and a digit, 15 ("năm 2020,thành phố", "T1,T2"): a boundary. Between
  two digits, 1,756 (1,5; 3.456,78): one number, joined.
- colon between letters, 31 ("Ảnh:Getty", "Quảng Ninh:Hình"), or a letter
  and a digit, 7 ("khóa VI:1."): a boundary. Between digits, 21 (15:30): joined.
- semicolon, 26; brackets, 138 before and 36 after; quotation marks, 17:
  boundaries already (never joiners).
- full stop before a capitalised word (an upper-case letter, then a
  lower-case one), 189: glued sentences ("Ukraina.Thủ tướng", "1980.Ông")
  and address or name abbreviations ("P.Cầu Diễn", "TP.Hà Nội", "G.Bush");
  the gold marks "Cầu Diễn" and "Ukraina" alone, and "TP.Hà Nội" or
  "G.Bush" whole, which the cut still allows. A boundary. So is a full stop
  between a lower-case letter and a digit, 2 ("Hà Nội.1962").
- every other full stop stays joined: between digits, 3,137 (12.000,
  7.1.2022, B.1.617); abbreviations and initials, 1,241 (TP.HCM 371,
  PGS.TS, T.Ư, N.V.Đ), which the gold and the gazetteers keep whole; web
  addresses (dantri.com.vn), virus names (NetSky.P), Washington.DC, Q.1.
- apostrophe, 61 (O'Brien, Xi'an, M'nông), hyphen (Pakistan-Afghanistan, one
  LOC in the gold) and slash (18-NQ/TW, 30/4), ampersand (KH&ĐT): joined.

Each rule only adds cuts to the ones before it, so spans saved under an
older version still start and end on token bounds (tests/core/test_glued_words.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from annotator.core.graphemes import MARK_CLASS, inside_cluster, may_cluster, merge_clusters

# Punctuation that joins the letters or digits on both sides of it into one token.
JOINERS = ".-/'’&+"
# Punctuation that joins two digits only (1,5 and 12,000; 15:30): between letters,
# or a letter and a digit, it is where two words were glued ("Klimovo,vùng").
DIGIT_JOINERS = ",:"
# Letters whose case tells a glued sentence ("Ukraina.Thủ tướng") or a glued
# address ("P.Cầu Diễn") from an abbreviation (TP.HCM, PGS.TS, NetSky.P):
# Latin (Vietnamese included), Greek and Cyrillic, the scripts of the corpora.
_CASED = ((0x41, 0x250), (0x370, 0x530), (0x1E00, 0x2000))
_LETTERS = [chr(c) for lo, hi in _CASED for c in range(lo, hi) if chr(c).isalpha()]
UPPER_LETTERS = "".join(c for c in _LETTERS if c.isupper())
LOWER_LETTERS = "".join(c for c in _LETTERS if c.islower())
# A joiner; a digit joiner between two digits; a full stop, unless a
# capitalised word (an upper-case letter, then a lower-case one) follows it, or
# it stands between a lower-case letter and a digit ("Nội.1962"). Each branch
# starts with its mark, so that the usual end of a word (a space) fails at once.
_JOIN = (
    rf"(?:[\-/'’&+]|[,:](?<=\d.)(?=\d)"
    rf"|\.(?![{UPPER_LETTERS}][{LOWER_LETTERS}])(?!(?<=[{LOWER_LETTERS}].)\d))"
)
# The letters, digits and inner punctuation of one word token (the pattern less
# its one-character alternative): the editor's fast index scans for this alone.
WORD_PATTERN = rf"[^\W_]+(?:{_JOIN}[^\W_]+)*"
_TOKEN = re.compile(rf"{WORD_PATTERN}|\S", re.UNICODE)
# The same, where a letter may carry combining marks (one without a precomposed
# form): slower, so used only for text that may hold a mark.
_LETTER = rf"[^\W_]{MARK_CLASS}*"
_MARKED_TOKEN = re.compile(rf"(?:{_LETTER})+(?:{_JOIN}(?:{_LETTER})+)*|\S", re.UNICODE)


# The syllable rules before `syllables-3`: every joiner, comma and colon
# included, joins the letters or digits on both sides. The sentence rules
# decide on these tokens where a sentence may start (nlp.units), so sentence
# starts stored by earlier versions stay exactly what a new import finds.
_OLD_JOIN = r"[.\-/,:'’&+]"
_JOINED_TOKEN = re.compile(rf"[^\W_]+(?:{_OLD_JOIN}[^\W_]+)*|\S", re.UNICODE)
_MARKED_JOINED_TOKEN = re.compile(rf"(?:{_LETTER})+(?:{_OLD_JOIN}(?:{_LETTER})+)*|\S", re.UNICODE)


def joined_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """`syllable_spans` as the rules before `syllables-3` cut: words glued by punctuation are one token."""
    stop = len(text) if end is None else end
    if not may_cluster(text, start, stop):
        return [(m.start(), m.end()) for m in _JOINED_TOKEN.finditer(text, start, stop)]
    tokens = [(m.start(), m.end()) for m in _MARKED_JOINED_TOKEN.finditer(text, start, stop)]
    return merge_clusters(text, tokens)


def syllable_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of every syllable or punctuation token in text[start:end]."""
    stop = len(text) if end is None else end
    if not may_cluster(text, start, stop):
        return [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, stop)]
    tokens = [(m.start(), m.end()) for m in _MARKED_TOKEN.finditer(text, start, stop)]
    return merge_clusters(text, tokens)


def syllable_table(text: str) -> tuple[list[str], list[int]]:
    """Every token's string and start offset: `syllable_spans` in another shape, faster.

    Tokens never hold a space or a line break, so the text is cut at them
    first. A piece of letters and digits only is one token, and so is a single
    character; a word with one mark after it ("nguội.", "Nam,") is two, unless
    the two meet inside a grapheme cluster. Only the other pieces go through
    the pattern.
    """
    forms: list[str] = []
    starts: list[int] = []
    add_form, add_start = forms.append, starts.append
    pos = 0
    for line in text.split("\n"):
        for piece in line.split(" "):
            size = len(piece)
            if piece.isalnum():
                add_form(piece)
                add_start(pos)
            elif size == 1:
                if not piece.isspace():
                    add_form(piece)
                    add_start(pos)
            elif (
                size
                and piece[:-1].isalnum()
                and not piece[-1].isspace()
                and not inside_cluster(piece, size - 1)
            ):
                add_form(piece[:-1])
                add_start(pos)
                add_form(piece[-1])
                add_start(pos + size - 1)
            elif size:
                for a, b in syllable_spans(piece):
                    add_form(piece[a:b])
                    add_start(pos + a)
            pos += size + 1
    return forms, starts


def is_aligned(text: str, start: int, end: int) -> bool:
    """Whether [start, end) starts where a syllable token starts and ends where one ends.

    Only the whitespace-delimited pieces around the two ends are tokenised,
    so checking a hit costs the same in a long text as in a short one.
    """
    if not 0 <= start < end <= len(text):
        return False
    return _starts_token(text, start) and _ends_token(text, end)


def _starts_token(text: str, start: int) -> bool:
    if text[start].isspace():
        return False
    before = text[start - 1] if start else " "
    if before.isspace():  # the common cases first: no tokenising needed
        return True
    if before.isalnum() and text[start].isalnum():
        return False
    return start in _piece_starts(text, start)


def _ends_token(text: str, end: int) -> bool:
    if text[end - 1].isspace():
        return False
    after = text[end] if end < len(text) else " "
    if after.isspace():
        return True
    if after.isalnum() and text[end - 1].isalnum():
        return False
    return end in _piece_ends(text, end)


def _piece_bounds(text: str, pos: int) -> tuple[int, int]:
    """The run of non-space characters around `pos` (a boundary touches two runs)."""
    left = pos
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    right = pos
    while right < len(text) and not text[right].isspace():
        right += 1
    return left, right


def _piece_starts(text: str, pos: int) -> set[int]:
    return {start for start, _ in syllable_spans(text, *_piece_bounds(text, pos))}


def _piece_ends(text: str, pos: int) -> set[int]:
    return {end for _, end in syllable_spans(text, *_piece_bounds(text, pos))}


def is_word_token(text: str, start: int, end: int) -> bool:
    """True when the token holds a letter or digit (not bare punctuation)."""
    return any(ch.isalnum() for ch in text[start:end])


class SyllableIndex:
    """Syllable tokens of one text, for fast snapping and stepping."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = [t for t in syllable_spans(text) if is_word_token(text, *t)]
        self._starts = [s for s, _ in self.tokens]
        self._ends = [e for _, e in self.tokens]

    def snap(self, start: int, end: int) -> tuple[int, int] | None:
        """Grow [start, end) to whole syllables, drop outer spaces and punctuation.

        Returns None when the range holds no syllable at all.
        """
        if end < start:
            start, end = end, start
        first = bisect_right(self._ends, start)  # first token ending after start
        last = bisect_left(self._starts, end) - 1  # last token starting before end
        if start == end:
            # A caret: take the syllable it touches.
            last = first
            if first < len(self.tokens) and self._starts[first] > start:
                return None
        if first > last or first >= len(self.tokens) or last < 0:
            return None
        return self._starts[first], self._ends[last]

    def token_at(self, pos: int) -> tuple[int, int] | None:
        """The syllable containing pos (or ending exactly at it)."""
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and self._starts[i] <= pos <= self._ends[i]:
            return self.tokens[i]
        return None

    def next_boundary(self, pos: int) -> int:
        """End of the syllable at or after pos (for Ctrl+Shift+Right)."""
        i = bisect_right(self._ends, pos)
        return self._ends[i] if i < len(self._ends) else len(self.text)

    def previous_boundary(self, pos: int) -> int:
        """Start of the syllable at or before pos (for Ctrl+Shift+Left)."""
        i = bisect_left(self._starts, pos) - 1
        return self._starts[i] if i >= 0 else 0
