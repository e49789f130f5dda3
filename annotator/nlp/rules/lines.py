"""One line of an article as syllable tokens with matching keys and gazetteer hits."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from annotator.core.vietnamese import fold_key, foreign_shaped
from annotator.nlp.rules.gazetteer import Gazetteers, token_pattern

_ROMAN = re.compile(r"^[IVXLC]{1,7}$")
_INITIALS = re.compile(r"^[^\W\d_]{1,3}(?:\.[^\W\d_]+){1,3}$")


@lru_cache(maxsize=4096)
def keys_of(text: str) -> tuple[str, ...]:
    """Folded keys of a space-separated phrase written in code."""
    return tuple(fold_key(w) for w in text.split())


# Keys of the word tuples `Line.is_` is asked about. A plain dict, not `lru_cache`: the
# tuples are constants of the rules, and a dict lookup is about twice as fast.
_WORD_SETS: dict[tuple[str, ...], frozenset[str]] = {}


def _word_set(words: tuple[str, ...]) -> frozenset[str]:
    found = _WORD_SETS.get(words)
    if found is None:
        if len(_WORD_SETS) > 4096:
            _WORD_SETS.clear()  # bounded all the same, should words ever come from text
        found = _WORD_SETS[words] = frozenset(keys_of(w)[0] for w in words)
    return found


# The fixed phrases of one tuple the rules try at a token, by first syllable, longest
# first: most tokens start none of them, and a dict lookup says so at once.
_PHRASE_STARTS: dict[tuple[str, ...], dict[str, list[tuple[str, ...]]]] = {}
# The same by last syllable, for phrases that must end right before a token.
_PHRASE_ENDS: dict[tuple[str, ...], dict[str, list[tuple[str, ...]]]] = {}


def _phrases_by(phrases: tuple[str, ...], first: bool) -> dict[str, list[tuple[str, ...]]]:
    index = _PHRASE_STARTS if first else _PHRASE_ENDS
    found = index.get(phrases)
    if found is None:
        if len(index) > 4096:
            index.clear()  # bounded, should phrases ever come from text
        found = {}
        for words in sorted((keys_of(p) for p in phrases), key=len, reverse=True):
            if not words:
                raise ValueError("an empty phrase matches everywhere")
            found.setdefault(words[0] if first else words[-1], []).append(words)
        index[phrases] = found
    return found


# An en or em dash joins two fields as a hyphen does (`Ủy ban Kinh tế – Ngân sách`):
# the same key, so a listed name written with either matches.
_DASH_KEYS = str.maketrans({"–": "-", "—": "-"})


@lru_cache(maxsize=65536)
def _token_key(surface: str) -> str:
    return fold_key(surface.translate(_DASH_KEYS))


@lru_cache(maxsize=65536)
def _foreign(surface: str) -> bool:
    return foreign_shaped(surface)


# A unit abbreviation glued to a place's name ("P.Cầu Diễn", "Q.Nam Từ Liêm"),
# and a name glued to its source by a slash ("Trung Hiếu/VOV.VN").
_GLUED_UNIT = re.compile(r"^(P|Q|TP|TX|TT)\.([^\W\d_][^\W\d_A-Z]*)$")
_SLASHED = re.compile(r"^([^\W\d_]+)/([^\W\d_].*)$")


# A byline glued to the source line after it ("Minh PhuongTheo Reuters").
_GLUED_SOURCE = re.compile(r"^([^\W\d_]*[^\W\d_A-Z])(Theo|Nguồn)$")


# Two sentences glued by the source at a full stop ("Trung Quốc.Trong khuôn khổ"): a
# word with a vowel before the dot, a capitalised word after it. Initials have no
# vowel before the dot (`Ng.Thạnh`), or one letter (`Y.Anh`); web addresses go on
# in lowercase (`Lenta.ru`).
_GLUED_STOP = re.compile(r"^([^\W\d_]{2,})\.([A-ZĐ][^\W\d_A-Z]+)$")


def _has_vowel(word: str) -> bool:
    bare = unicodedata.normalize("NFD", word.lower())
    return any(c in "aeiouy" for c in bare) and not word.isupper()


def split_glued(surface: str, start: int) -> list[tuple[int, str]]:
    """One token as written, or its parts when it glues a unit or a source to a name.

    `P.Cầu` gives `P`, `.` and `Cầu` (as `P. Cầu` would); `Hiếu/VOV.VN` gives `Hiếu`, `/` and
    `VOV.VN`, so the rules see the name on its own; `PhuongTheo` gives `Phuong` and `Theo`. `TP.HCM` and `km/h`
    stay whole: only a capitalised word after the dot, and a capitalised
    word before the slash, are split off.
    """
    if "." not in surface and "/" not in surface:
        glued = _GLUED_SOURCE.match(surface)
        if glued and surface[0].isupper():
            cut = len(glued.group(1))
            return [(start, surface[:cut]), (start + cut, surface[cut:])]
        return [(start, surface)]
    stop = _GLUED_STOP.match(surface)
    if stop and _has_vowel(stop.group(1)) and not _GLUED_UNIT.match(surface):
        cut = len(stop.group(1))
        return [(start, surface[:cut]), (start + cut, "."), (start + cut + 1, surface[cut + 1 :])]
    unit = _GLUED_UNIT.match(surface)
    if unit and unit.group(2)[0].isupper():
        cut = len(unit.group(1))
        return [(start, surface[:cut]), (start + cut, "."), (start + cut + 1, surface[cut + 1 :])]
    sources = surface.split("/")
    if len(sources) > 2 and all(w[:1].isupper() and w.isalpha() for w in sources):
        return _slashed_list(sources, start)  # "Guardian/CNN/Reuters"
    slashed = _SLASHED.match(surface)
    if slashed and surface[0].isupper() and not slashed.group(1).isupper():
        cut = len(slashed.group(1))
        return [(start, surface[:cut]), (start + cut, "/"), (start + cut + 1, surface[cut + 1 :])]
    return [(start, surface)]


def _slashed_list(words: list[str], start: int) -> list[tuple[int, str]]:
    """`Guardian/CNN/Reuters`: three sources or more in one written word, each on its own."""
    out: list[tuple[int, str]] = []
    for word in words:
        if out:
            out.append((start, "/"))
            start += 1
        out.append((start, word))
        start += len(word)
    return out


def number(text: str) -> int | None:
    """The value of a token written in ASCII digits (`12`, `2021`), else None.

    Only ASCII: `int()` also reads other scripts' digits and fails on `²`,
    both of which `str.isdigit` accepts.
    """
    return int(text) if text.isascii() and text.isdigit() else None


_NO_HITS: dict[str, int] = {}


def _longest_by_kind(hits: list[tuple[int, frozenset[str]]]) -> dict[str, int]:
    """End of the longest entry of each kind among one token's hits (shortest first)."""
    if not hits:
        return _NO_HITS
    best: dict[str, int] = {}
    for end, found in hits:
        for kind in found:
            best[kind] = end
    return best


@dataclass(frozen=True)
class Candidate:
    """A proposed span in token indices [start, end) of one line."""

    start: int
    end: int
    label: str
    weak: bool = False


class Line:
    """Tokens of one line; `start`/`end` of tokens are offsets in the whole text."""

    def __init__(self, text: str, offset: int, gaz: Gazetteers) -> None:
        self.gaz = gaz
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.surface: list[str] = []
        for m in token_pattern().finditer(text):
            for start, surface in split_glued(m.group(0), m.start()):
                self.starts.append(offset + start)
                self.ends.append(offset + start + len(surface))
                self.surface.append(surface)
        self.keys = [_token_key(s) for s in self.surface]
        self.n = len(self.keys)
        self._caps = [s[0].isupper() for s in self.surface]
        self._lowers = [s[0].islower() for s in self.surface]
        # Every line asks for the gazetteer hits of all its tokens (`listed`), so they
        # are found here once, with the longest end of each kind, and `match` (the
        # rules' most frequent call) is a bare lookup.
        self._hits = [gaz.trie.matches(self.keys, i, self._lowers) for i in range(self.n)]
        self._best = [_longest_by_kind(found) for found in self._hits]
        self._listed: list[int] | None = None
        self._positions: dict[str, list[int]] | None = None
        # Results of the phrase rules, which call each other at the same tokens.
        self.memo: dict[tuple[str, int, bool, bool], int] = {}

    def remembered(self, key: tuple[str, int, bool, bool], compute: Callable[[], int]) -> int:
        """The result of a phrase rule at a token, computed once per line: the rules
        call one another at the same tokens many times."""
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = compute()
        return found

    # --- token properties -------------------------------------------------
    def word(self, i: int) -> bool:
        return 0 <= i < self.n and self.surface[i][0].isalnum()

    def cap(self, i: int) -> bool:
        """A word that starts with a capital letter."""
        return 0 <= i < self.n and self._caps[i]

    def lower(self, i: int) -> bool:
        return 0 <= i < self.n and self._lowers[i]

    def digit(self, i: int) -> bool:
        return 0 <= i < self.n and self.surface[i][0].isdigit()

    def roman(self, i: int) -> bool:
        return 0 <= i < self.n and bool(_ROMAN.match(self.surface[i]))

    def initials(self, i: int) -> bool:
        """Initials used as a name or byline: N.Đ, T.H, M.Quân."""
        return 0 <= i < self.n and bool(_INITIALS.match(self.surface[i])) and self.cap(i)

    def foreign(self, i: int) -> bool:
        """A capitalised word no Vietnamese syllable spells (`Putin`, `Québec`)."""
        return self.cap(i) and _foreign(self.surface[i])

    def key(self, i: int) -> str:
        return self.keys[i] if 0 <= i < self.n else ""

    def is_(self, i: int, *words: str) -> bool:
        """Token i is one of the single-syllable `words` (any case or tone placement)."""
        return 0 <= i < self.n and self.keys[i] in (_WORD_SETS.get(words) or _word_set(words))

    def gap(self, i: int) -> bool:
        """True when tokens i-1 and i are separated by whitespace."""
        return 0 < i < self.n and self.starts[i] > self.ends[i - 1]

    # --- gazetteer hits ---------------------------------------------------
    def hits(self, i: int) -> list[tuple[int, frozenset[str]]]:
        if not 0 <= i < self.n:
            return []
        return self._hits[i]

    def listed(self) -> list[int]:
        """Indices of the tokens where some gazetteer entry starts (computed once per line)."""
        if self._listed is None:
            self._listed = [i for i in range(self.n) if self.hits(i)]
        return self._listed

    def where(self, word: str) -> list[int]:
        """Indices, in order, of the tokens that are the single-syllable `word` (as `is_`).

        The index is built once per line, so a rule that starts at one word asks it
        here instead of testing every token.
        """
        return self._key_positions().get(keys_of(word)[0], [])

    def starting(self, phrases: tuple[str, ...]) -> list[int]:
        """Indices, in order, of the tokens where one of the fixed `phrases` may start.

        `longest(i, phrases)` is -1 at every other token (no phrase has its first
        syllable there), so a rule that tries every token for a phrase tries these.
        """
        positions = self._key_positions()
        firsts = _phrases_by(phrases, True)
        return sorted(i for key in positions.keys() & firsts.keys() for i in positions[key])

    def _key_positions(self) -> dict[str, list[int]]:
        """The tokens of each key, in order, indexed once per line."""
        if self._positions is None:
            self._positions = {}
            for i, key in enumerate(self.keys):
                self._positions.setdefault(key, []).append(i)
        return self._positions

    def match(self, i: int, *kinds: str) -> int:
        """End of the longest entry of one of `kinds` starting at token i, or -1."""
        if i < 0 or i >= self.n:
            return -1
        best = self._best[i]
        if not best:
            return -1
        if len(kinds) == 1:
            return best.get(kinds[0], -1)
        result = -1
        for kind in kinds:
            end = best.get(kind, -1)
            if end > result:
                result = end
        return result

    def match_all(self, i: int, *kinds: str) -> list[int]:
        """Ends of every entry of `kinds` starting at i, longest first."""
        return [end for end, found in reversed(self.hits(i)) if any(k in found for k in kinds)]

    def longest(self, i: int, phrases: tuple[str, ...]) -> int:
        """End of the longest of the fixed `phrases` at i, or -1 (as the greatest
        `phrase(i, p)`, looked up by the token's syllable instead of tried one by one)."""
        if not 0 <= i < self.n:
            return -1
        for words in _phrases_by(phrases, True).get(self.keys[i], ()):
            end = i + len(words)
            if end <= self.n and tuple(self.keys[i:end]) == words:
                return end
        return -1

    def ending(self, i: int, phrases: tuple[str, ...]) -> bool:
        """One of the fixed `phrases` ends right before token i (`phrase(i - len, p) == i`)."""
        if not 0 < i <= self.n:
            return False
        for words in _phrases_by(phrases, False).get(self.keys[i - 1], ()):
            start = i - len(words)
            if start >= 0 and tuple(self.keys[start:i]) == words:
                return True
        return False

    def phrase(self, i: int, text: str) -> int:
        """End of the fixed phrase `text` (space-separated keys) at i, or -1.

        Most calls fail on the first syllable, so that is compared before any slice.
        """
        words = keys_of(text)
        end = i + len(words)
        # A phrase before the line's start is none (a negative i would slice from its end).
        if i < 0 or words and (end > self.n or self.keys[i] != words[0]):
            return -1
        if tuple(self.keys[i:end]) == words:
            return end
        return -1


def add_where_free(
    chosen: list[tuple[Line, list[Candidate]]], found: Callable[[Line], list[Candidate]]
) -> None:
    """Each line's spans with the candidates `found` proposes there that start on a
    token no span holds yet, kept in order of start.

    The rules that carry a name, a short form or an acronym read once in an
    article to its bare mentions elsewhere all end with this step; a mention
    already inside a span stays that span's.
    """
    for index, (line, spans) in enumerate(chosen):
        taken = {k for c in spans for k in range(c.start, c.end)}
        more = [c for c in found(line) if c.start not in taken]
        if more:
            chosen[index] = (line, sorted(spans + more, key=lambda c: c.start))
