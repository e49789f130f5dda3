"""Where a word is glued to the number of the next item of a list (`syllables-4`).

Sources print numbered lists run together on one line, the item's number
glued to the last word of the item before it: "1. Luật bảo vệ môi trường
(sửa đổi)2. Luật hối phiếu3. Luật sở hữu trí tuệ4. …", "Ông Trần Luân Kim2.
Ông Lại Văn Sinh3.". A token "phiếu3" cannot be annotated: the bill ends
inside it. A cut between the word and the number makes the bill selectable.

The cut is made only where the glued form is shaped like a list number: one
or two digits, then a full stop or a closing bracket, then a space or the
end of the line, after a word that is a Vietnamese syllable written in
lower case ("phiếu3.") or as a name ("Kim2.", "Nam4."). Letters and digits
glued otherwise stay one token: codes (U23, H5N1, F16, A1, PMU18, ST25,
SU-30MK2, D07), units (m2, km2, m3, CO2), names that no Vietnamese syllable
spells (Mig21, Covid19, Bacsi24), and one bare letter, which is a code's
letter rather than a word ("VF e34."; "nhà ở6." is a word: it has a tone).
The counts behind these choices are in `core.syllables`.

The shape test is a pattern of onset, vowels and final consonant on the
word without its tone marks, the way a dictionary spells a syllable; it
accepts some strings that are no word, which is harmless here since only
list-shaped forms are looked at.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left

# One or two digits glued to a letter, then the mark closing a list number;
# `_cut_here` checks what follows the mark and the word before.
_LIST_NUMBER = re.compile(r"(?<=[^\W\d_])\d{1,2}[.)]")
# The last digit of a number and a mark after it: what a scan of a whole text looks
# for first (a third of the time the pattern above takes there).
_NUMBER_END = re.compile(r"\d[.)]")
# The five tone marks of Vietnamese (the vowel marks ă â ê ô ơ ư stay).
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_ONSET = "ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x"
_SYLLABLE = re.compile(rf"(?:{_ONSET})?[aăâeêioôơuưy]{{1,3}}(?:ch|ng|nh|c|m|n|p|t)?")


def _toneless(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.lower())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))


def is_listed_word(word: str) -> bool:
    """Whether `word` is a Vietnamese syllable in lower case or as a name, so a number glued to it is not its own.

    A single letter without a tone mark is taken for a code's letter ("e34").
    """
    if not word or not (word.islower() or (word[0].isupper() and word[1:].islower())):
        return False
    bare = _toneless(word)
    if len(word) == 1 and bare == word.lower():
        return False
    return _SYLLABLE.fullmatch(bare) is not None


def starts_glued_number(text: str, at: int) -> bool:
    """Whether a list number glued to the word before it starts at `at`."""
    match = _LIST_NUMBER.match(text, at)
    return match is not None and at > 0 and _cut_here(text, at, match.end())


def _cut_here(text: str, digits_start: int, mark_end: int) -> bool:
    if mark_end < len(text) and not text[mark_end].isspace():
        return False
    first = digits_start
    while first > 0 and text[first - 1].isalpha():
        first -= 1
    if first > 0 and text[first - 1].isdigit():
        return False  # letters inside a code that starts with digits ("30MK2.")
    return is_listed_word(text[first:digits_start])


def glued_number_cuts(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Positions in (start, end) where a list number glued to the word before it starts.

    What follows the number is read from the whole text (up to its mark and
    the character after), so a piece of the text is cut as the whole is.
    """
    stop = len(text) if end is None else end
    cuts = []
    for match in _NUMBER_END.finditer(text, start, min(len(text), stop + 2)):
        at = _number_start(text, match.start())
        if start < at < stop and starts_glued_number(text, at):
            cuts.append(at)
    return cuts


def _number_start(text: str, last: int) -> int:
    """Where the digits ending at `last` start, or -1 when they are more than two."""
    first = last - 1 if last > 0 and text[last - 1].isdecimal() else last
    return -1 if first > 0 and text[first - 1].isdecimal() else first


def cut_tokens(
    text: str, tokens: list[tuple[int, int]], start: int = 0, end: int | None = None
) -> list[tuple[int, int]]:
    """`tokens` (sorted, disjoint, inside text[start:end]) with each glued list number made a token of its own."""
    cuts = glued_number_cuts(text, start, end)
    if not cuts:
        return tokens
    out = []
    for a, b in tokens:
        inner = cuts[bisect_left(cuts, a + 1) : bisect_left(cuts, b)]
        for cut in inner:
            out.append((a, cut))
            a = cut
        out.append((a, b))
    return out


# What may close the item before a list number glued to it ("(sửa đổi)2.").
_ITEM_CLOSERS = frozenset(")]”’\"'")


def list_number_before(text: str, pos: int) -> int | None:
    """Where the list number whose closing full stop comes just before `pos` (spaces
    between) starts, when it is one: glued to the word or bracket before it ("phiếu3.",
    "(sửa đổi)2.") or opening its line ("1."); None otherwise.

    Such a full stop closes the item's number, not a sentence: the next item
    starts at its number. A number after a space inside a line ("thắng 2 - 1.")
    may end a sentence and is not looked at.
    """
    end = pos
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    if end < 2 or text[end - 1] != "." or not text[end - 2].isdecimal():
        return None
    first = _number_start(text, end - 2)
    if first < 0:
        return None
    if first > 0 and text[first - 1] in _ITEM_CLOSERS or starts_glued_number(text, first):
        return first
    return first if opens_line(text, first) else None


def opens_line(text: str, at: int) -> bool:
    """Whether only spaces come before `at` on its line."""
    return not text[text.rfind("\n", 0, at) + 1 : at].strip()
