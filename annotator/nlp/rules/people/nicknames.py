"""PER: a person called by a given name and a nickname in quotes (`Hùng "xì-tẹc"`,
listed `Khánh "Trắng", Phúc "Bồ"`),
two authors signing a paragraph's end (`Nhật Hạ - Phước Tuấn`), and an author
before a dateline (`Khánh Minh - Thứ năm, 21/04/2022`).

Court and crime reports name a defendant by the given name and the nickname
the underworld knows them by; the nickname is part of the name, quotes
included. The given name then stands alone for the rest of the article,
which `name_mentions.propagate_names` carries (see `nickname_given`).
"""

from __future__ import annotations

from annotator.nlp.rules.dates.forms import weekday_at
from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.names import is_stop, is_surname

_OPEN = frozenset('"“')
_CLOSE = frozenset('"”')
# A nickname is one lowercase written word (`bùa`, `mụn`, `xì-tẹc`); two words in
# quotes after a name are a phrase (`Hòa Phát "ngoại đạo"`, `Quân "nhắm thẳng"`).
_MAX_TOKENS = 5
_MAX_NAME = 2


def find_nicknames(line: Line) -> list[Candidate]:
    """`Hùng "xì-tẹc"`, `(Dũng “bùa”)`: one or two capitalised syllables no list
    knows, then a short lowercase nickname in quotes written right after them."""
    found = []
    for q in range(1, line.n - 2):
        if line.surface[q] not in _OPEN or not line.gap(q) or line.gap(q + 1):
            continue
        close = _closing(line, q, words=_MAX_CUED if _cued(line, q) else 1)
        if close < 0:
            continue
        start = _name_start(line, q)
        if start >= 0:
            found.append(Candidate(start, close + 1, "PER"))
    return found


# Words that introduce a nickname: after them it may be of two or three words
# (`biệt danh là Hải "đại nhân"`), and the name then carries it everywhere.
_CUES: tuple[str, ...] = ("biệt danh là", "biện danh là", "biệt hiệu là", "còn gọi là")
_CUES += ("thường gọi là",)
_CUES += ("biệt danh", "biện danh", "biệt hiệu", "hay gọi là", "tên gọi là")
_MAX_CUED = 3


def _cued(line: Line, q: int) -> bool:
    """A cue word (`biệt danh là`) right before the one or two capitalised words before q."""
    k = q
    while k > 0 and q - k < _MAX_NAME and line.cap(k - 1):
        k -= 1
    return k < q and any(line.phrase(k - len(keys_of(c)), c) == k for c in _CUES)


def _closing(line: Line, q: int, *, words: int = 1) -> int:
    """Index of the quote closing a short lowercase nickname opened at q, or -1."""
    if is_stop(line, q + 1):
        return -1  # "phương Tây "không thể" cô lập": a quoted phrase, no nickname
    for k in range(q + 1, min(line.n, q + 2 + _MAX_TOKENS)):
        surface = line.surface[k]
        if surface in _CLOSE:
            # `ông Dũng "khuyên" Cảng vụ`: a quoted verb with its object, no nickname
            return k if k > q + 1 and not line.gap(k) and not line.cap(k + 1) else -1
        if surface == "-" and not line.gap(k) and not line.gap(k + 1):
            continue
        if not line.lower(k) or k >= q + 1 + words and line.gap(k):
            return -1  # "thị xã Vĩnh Châu "thất thủ"": two words quoted are a phrase
    return -1


def _name_start(line: Line, q: int) -> int:
    """Start of the given name right before the quote at q, or -1.

    Vietnamese syllables (a nickname belongs to a Vietnamese given name), not a
    listed word (`Hà Nội "nóng"`, `Đảng "xanh"`), not a grammar word,
    not a sentence's first word (`Những "con voi"`): a person's given name.
    """
    start = q
    while start > 0 and q - start < _MAX_NAME and line.cap(start - 1):
        start -= 1
    if start == q or line.cap(start - 1):
        return -1
    for k in range(start, q):
        if line.digit(k) or line.surface[k].isupper() or line.foreign(k):
            return -1  # `Serie A "ngửi khói"`: a league, an acronym or a foreign word
        if any(kinds != _SURNAME for _, kinds in line.hits(k)) or is_stop(line, k):
            return -1
    opens = start == 0 or line.surface[start - 1] in ".!?:;-–" or line.is_(start - 1, *_SIDES)
    titled = any(
        line.match(k, "titles", "posts", "place_units") == start
        for k in range(max(0, start - 4), start)
    )  # and "thị xã Vĩnh Châu": a place after its unit noun
    # "Bộ trưởng Hùng "chốt" lại": an office holder's quoted verb, no nickname
    return -1 if opens or titled else start


def listed_nicknames(line: Line) -> list[Candidate]:
    """`như Khánh "Trắng", Phúc "Bồ", Sơn "Bạch Tạng"...`: the underworld's best-known
    names, listed, each a given name and a capitalised nickname in quotes.

    Reports name the gangs of their day this way (news26 and news31 at blind time,
    seven names, every one missed: the lowercase rule above wants `xì-tẹc`). One
    such pair alone may be a quoted word after a name (`Bộ trưởng Hùng "Chốt"`), so
    a pair counts only beside another, parted by a comma or `và`.
    """
    pairs = []
    for q in range(1, line.n - 2):
        if line.surface[q] not in _OPEN or not line.gap(q) or line.gap(q + 1):
            continue
        close = _capital_closing(line, q)
        start = _name_start(line, q) if close > 0 else -1
        if start >= 0:
            pairs.append((start, close + 1))
    starts = {s for s, _ in pairs}
    ends = {e for _, e in pairs}
    return [Candidate(s, e, "PER") for s, e in pairs if _beside_another(line, s, e, starts, ends)]


_MAX_CAPITAL_NICK = 2


def _capital_closing(line: Line, q: int) -> int:
    """Index of the quote closing one or two capitalised words opened at q, or -1."""
    for k in range(q + 1, min(line.n, q + 2 + _MAX_CAPITAL_NICK)):
        if line.surface[k] in _CLOSE:
            return k if k > q + 1 else -1
        if not line.cap(k) or line.digit(k) or line.surface[k].isupper():
            return -1
    return -1


def _beside_another(line: Line, s: int, e: int, starts: set[int], ends: set[int]) -> bool:
    """Another nicknamed pair right after (`, Phúc "Bồ"`) or right before this one; the
    pairs' starts and ends are gathered once per line, not scanned per pair."""
    joined = (",", "và")
    after = e + 1 in starts and line.is_(e, *joined)
    return after or s - 1 in ends and line.is_(s - 1, *joined)


_SURNAME = frozenset({"surnames"})
# Words before a compass point that make it a side of the world (`phương Tây`).
_SIDES = ("phương", "miền", "phía", "hướng", "châu")


def nickname_given(line: Line, c: Candidate) -> str | None:
    """The key of the given name of a nicknamed PER span (`Hùng` of `Hùng "xì-tẹc"`)."""
    if c.label != "PER" or line.surface[c.end - 1] not in _CLOSE:
        return None
    if line.cap(c.end - 2):
        return None  # `Khánh "Trắng"`, a gang leader listed in passing: no later bare mentions
    for k in range(c.start, c.end):
        if line.surface[k] in _OPEN:
            return line.keys[k - 1] if k > c.start else None
    return None


_AUTHOR_LISTED = ("bodies", "titles", "org_heads", "not_names", "media")


def closing_authors(line: Line) -> list[Candidate]:
    """`... phường Đoàn Kết. Nhật Hạ - Phước Tuấn`: two authors joined by a dash end a
    paragraph after its last sentence or stand on a line of their own. Each is two
    or three capitalised Vietnamese words no list knows as a whole (`Hà Nội - Hải
    Phòng` is a route, `Việt Nam - Lào` a pair)."""
    if line.n < 5:
        return []
    end = line.n - 1 if line.surface[-1] == "." else line.n
    second = _author_start(line, end)
    dash = second - 1
    if second < 0 or line.surface[dash] not in "-–":
        return []
    first = _author_start(line, dash)
    if first < 0 or first > 0 and line.surface[first - 1] not in '.!?”"':
        return []  # a line of its own, or after the paragraph's last sentence
    return [Candidate(first, dash, "PER"), Candidate(second, end, "PER")]


def _author_start(line: Line, end: int) -> int:
    """Start of two or three capitalised, unlisted Vietnamese words ending at end, or -1."""
    for size in (2, 3):
        start = end - size
        if start < 0 or line.cap(start - 1):
            continue
        words = range(start, end)
        shaped = all(line.cap(k) and not line.foreign(k) and not line.digit(k) for k in words)
        listed = any(line.match(k, *_AUTHOR_LISTED) > k for k in words)
        # A place inside is fine (`Nhật Hạ`); one that is the whole run is no author.
        if shaped and not listed and line.match(start, "places") < end:
            return start
    return -1


def dated_byline(line: Line) -> list[Candidate]:
    """`... của Ukraina Khánh Minh - Thứ năm, 21/04/2022 16:25`: the author's name right
    before a dash and the weekday of a dateline, even where the headline runs on."""
    found = []
    for dash in range(2, line.n - 3):
        if line.surface[dash] not in "-–":
            continue  # asked first: a dash is rare, a weekday lookup at every word is not
        day = weekday_at(line, dash + 1)
        if day < 0:
            continue
        if line.surface[day : day + 1] != [","] or not line.digit(day + 1):
            continue
        start = dash - 3 if is_surname(line, dash - 3) and line.cap(dash - 3) else dash - 2
        words = range(start, dash)
        shaped = all(line.cap(k) and not line.foreign(k) and not line.digit(k) for k in words)
        if shaped and not any(line.match(k, *_AUTHOR_LISTED, "places") > k for k in words):
            found.append(Candidate(start, dash, "PER"))
    return found
