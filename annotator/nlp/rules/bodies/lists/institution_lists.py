"""ORG: institutions of one kind listed after a colon by their names alone.

`có các ĐH: [Kinh tế quốc dân], [Xây dựng], [Công đoàn], [Luật], [Bách Khoa Hà
Nội]` (news21), `các học viện: Hậu cần, Hải quân, Biên phòng`: news prose names
the kind once, in the plural, and then lists the institutions by what follows
their kind word, each one an ORG of its own (the gold's convention for the same
shape after a plural `Bộ`, `bodies/lists/field_lists.py`, heldout `5 Bộ: [Ngoại giao], …`).
Universities, academies, schools, banks, hospitals, papers, institutes and
corporations are named this way; the names are open (a field, a founder, a
place), so the list's shape makes them names, not a gazetteer:

- a plural word (`các`, `những`, a number) and a kind from the closed class
  below, then a colon right after the kind;
- items that open with a capital letter and run to the next comma, `và` or
  closing punctuation, two to six words each, at least two of them;
- the list's last item ends at a grammar word or a verb (`…, BIDV và Agribank |
  đã tăng`); an item longer than five words is a clause, not a name, and ends the list; so do
  a lowercase opening and any punctuation but a comma or a bracketed aside.

A kind word that is part of a longer noun (`các trường hợp:`, `các báo cáo:`)
is no kind: the colon must follow the kind itself. A place or a body a rule
found inside an item gives way to the item (`Bách Khoa [Hà Nội]` is the
university's name).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.stop_words import is_stop

# Kinds of institution named in the plural before a list of their names.
_KINDS = (
    "ĐH",
    "đại học",
    "trường",
    "trường đại học",
    "trường ĐH",
    "học viện",
    "viện",
    "ngân hàng",
    "bệnh viện",
    "báo",
    "tờ báo",
    "tổng công ty",
    "tập đoàn",
)
_PLURAL = ("các", "những", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")
_MAX_ITEM = 5
_JOINERS = ("-", "–", "&", "/")


def listed_institutions(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The line's spans with each institution listed after `các ĐH:` added as an ORG."""
    items: list[tuple[int, int]] = []
    for word in ("đh", "đại", "trường", "học", "viện", "ngân", "bệnh", "báo", "tờ", "tổng", "tập"):
        for i in line.where(word):
            if line.is_(i - 1, *_PLURAL) or line.digit(i - 1):
                items += _items_after_kind(line, i)
    if not items:
        return spans
    inside = {k for s, e in items for k in range(s, e)}
    kept = [
        c for c in spans if not set(range(c.start, c.end)) <= inside or (c.start, c.end) in items
    ]
    have = {(c.start, c.end) for c in kept}
    extra = [Candidate(s, e, "ORG") for s, e in items if (s, e) not in have]
    return sorted(kept + extra, key=lambda c: c.start)


def _items_after_kind(line: Line, i: int) -> list[tuple[int, int]]:
    """The items after `ĐH:` at i, or none when the shape does not hold."""
    kind = line.longest(i, _KINDS)
    if kind < 0 or line.surface[kind : kind + 1] != [":"]:
        return []
    found: list[tuple[int, int]] = []
    k = kind + 1
    while k < line.n and line.cap(k):
        end = _item_end(line, k)
        if end < 0:
            break
        found.append((k, end))
        if end >= line.n or line.surface[end] not in (",", "(") and not line.is_(end, "và"):
            break
        k = _next_item(line, end)
    return found if len(found) >= 2 else []


def _item_end(line: Line, k: int) -> int:
    """End of the name at k: words (joined by a hyphen, `&` or `/` too) up to a comma,
    `và` or other punctuation; -1 when longer than a name. An item that closes the list
    stops at a grammar word or a verb, where the sentence goes on (`Agribank | đã tăng`);
    one inside the list keeps them (`Hậu cần`)."""
    end = _words_end(line, k, cut=False)
    closed = end < line.n and (line.surface[end] in (",", "(") or line.is_(end, "và"))
    end = end if closed else _words_end(line, k, cut=True)
    return end if end - k <= _MAX_ITEM else -1


def _words_end(line: Line, k: int, *, cut: bool) -> int:
    end = k + 1
    while end < line.n and end - k <= _MAX_ITEM and (line.word(end) or _joins(line, end)):
        if line.is_(end, "và") or cut and is_stop(line, end):
            break
        end += 1
    return end


def _joins(line: Line, j: int) -> bool:
    """`PK-KQ`, `NN&PTNT`, `Mỏ - Địa chất`: a joining mark between two words of a name,
    written tight, or spaced before a capitalised word."""
    if line.surface[j] not in _JOINERS or not line.word(j + 1):
        return False
    return not line.gap(j) and not line.gap(j + 1) or line.cap(j + 1)


def _next_item(line: Line, end: int) -> int:
    """Start of the item after `, `, `và` or a bracketed aside (`(chủ trì),`)."""
    if line.surface[end] == "(":
        close = next((j for j in range(end, min(line.n, end + 6)) if line.surface[j] == ")"), -1)
        end = close + 1 if close > 0 else line.n
        if end >= line.n or line.surface[end] != "," and not line.is_(end, "và"):
            return line.n
    return end + 1
