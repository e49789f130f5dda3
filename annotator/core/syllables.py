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
older version still start and end on token bounds (tests/core/test_glued_words.py,
tests/core/test_glued_numbers.py).

A word glued to the number of the next list item (rules `syllables-4`,
`core.glued_numbers`): "Luật hối phiếu3. Luật sở hữu trí tuệ4.". Counted in
the same articles, a letter glued to a digit, 2,259 times (unc-dantri-news
1,783, political-news-2 331, binhvq-news-corpus-sample 144,
underthesea-ner-fixtures 1):

- a Vietnamese syllable, in lower case or as a name, then one or two
  digits, a full stop or a closing bracket and a space or the line's end,
  52, all in political-news-2, all list numbers (four articles: nineteen
  bills, eighteen candidates, two lists of officials' posts, a ranking):
  a boundary. None has a closing bracket; none is glued to a capital after
  its full stop ("phiếu3.Luật", 0).
- the same list shape after anything else, kept whole: 169 codes and names
  no syllable spells (D07) 40, F2. 16, F1. 13, PMU18. 11, ST25. 7, QL18.,
  VN30.), and 7 after one bare letter, six times ("9h30.") and a car model
  ("VF e34.").
- codes, capitals or digits before the letters, 1,731 (F1, ST25, U23,
  A01, BN2899, PMU18, H5N1, SU-30MK2, 7h30); units, 197 (m2 and m2 after a
  number, m3, km2, CO2); mixed-case names and addresses, 65 (Bacsi24,
  Covid19, Km153+450, e-mail and web addresses): joined.
- a word glued to another number, 37 ("tư1,5", "đạt868", "giảm48%",
  "Sáng23/4"), or to four digits, 1 ("đài1022"; "năm2005" 0): joined, no
  list number.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from annotator.core.glued_numbers import cut_tokens
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
        tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, stop)]
    else:
        tokens = [(m.start(), m.end()) for m in _MARKED_TOKEN.finditer(text, start, stop)]
        tokens = merge_clusters(text, tokens)
    return cut_tokens(text, tokens, start, stop)


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
                and not (piece[-1] in ".)" and piece[-2].isdigit())  # a glued list number?
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
    if _one_token(before, text[start]):
        return False
    return start in _piece_starts(text, start)


def _ends_token(text: str, end: int) -> bool:
    if text[end - 1].isspace():
        return False
    after = text[end] if end < len(text) else " "
    if after.isspace():
        return True
    if _one_token(text[end - 1], after):
        return False
    return end in _piece_ends(text, end)


def _one_token(left: str, right: str) -> bool:
    """Whether two neighbours surely lie in one token: letters or digits, but not a letter then a digit.

    A list number may start at a digit after a letter (`core.glued_numbers`):
    only tokenising the piece can tell.
    """
    return left.isalnum() and right.isalnum() and not (left.isalpha() and right.isdigit())


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
