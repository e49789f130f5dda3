"""PER: a name inside a list of people that no other rule recognised.

`Phạm Thị Hải Chuyền, [Trần Hòa], Phạm Chí Hòa`, `Nguyễn Văn Đảm, [Sa Như Hòa],
Nguyễn Minh Quang`: a list of defendants, candidates or signatories is read
name by name, and a name of two syllables or of an uncommon family name falls
through. Between two names in the list (or after two, at its end) a
capitalised run of two to four syllables is one more name; a place, a body or
a title there is not (`Nguyễn Văn An, Hà Nội, Trần Văn Bình` lists a place).

Two names joined by `và`, each opening with a family name, are people too,
however short (`là [Ma Chét] và [Phạm Nhiêm]`, news9), and so is a name
of two syllables after a listed person and a comma (`Lương Phúc Hoà, [Ma
Chét] và …`; news4 `Hồng Vinh`, news6 `Trần Hòa`, news9, news11 `Ksor
Phước`: four of eleven blind sets), when it opens with a family name.

A full name of three or four syllables opening with a family name is a
person right after a place or a term it would otherwise be read into
(`cán bộ xã Cửa Cạn [Nguyễn Văn Hùng]`, news8; `khóa X [Nông Đức Mạnh]`, news9).

A woman's name with the middle name `Thị` is a name wherever it stands, also
with a family name the list of surnames leaves out because it is a common
word or a place too (`Thái Thị Tuyết`, `Đinh Thị Hòa`, `Cù Thị Hậu`), and
with a given name that spells a place (`Chung Thị Mỹ Lệ`, news28 at blind
time, three times, and its short `Lệ` three more).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import cap_run

_SEPARATORS = (",", ";")
_NOT_NAMES = ("places", "bodies", "titles", "org_heads", "media", "events", "not_names")


def _item_end(line: Line, i: int) -> int:
    """End of a capitalised item of two to four syllables at i, ended by a separator, or -1."""
    end = cap_run(line, i, 4)
    if not 2 <= end - i <= 4 or any(line.digit(k) or line.initials(k) for k in range(i, end)):
        return -1
    closed = end == line.n or line.surface[end] in (*_SEPARATORS, ".") or line.is_(end, "và")
    return end if closed else -1


def _known(line: Line, i: int, end: int) -> bool:
    return any(line.match(k, *_NOT_NAMES) > k for k in range(i, end))


def listed_names(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The line's spans with the names a list of people leaves out added as PER."""
    per_starts = {c.start for c in spans if c.label == "PER"}
    per_ends = {c.end for c in spans if c.label == "PER"}
    taken = {k for c in spans for k in range(c.start, c.end)}
    extra = []
    for i in range(2, line.n):
        if i in taken or not line.cap(i) or line.surface[i - 1] not in _SEPARATORS:
            continue
        if i - 1 not in per_ends:
            continue
        end = _item_end(line, i)
        if end < 0 or taken.intersection(range(i, end)) or _known(line, i, end):
            continue
        before = _previous_item_is_name(line, i - 1, per_starts, per_ends)
        before = before or line.match(i, "surnames") == i + 1  # "Hoà, [Ma Chét] và"
        after = end + 1 in per_starts and line.surface[end : end + 1] != ["."]
        if after or before:
            extra.append(Candidate(i, end, "PER"))
    extra.extend(_middle_thi(line, taken.union(*(range(c.start, c.end) for c in extra))))
    extra.extend(_names_after_spans(line, spans, taken))
    named = {c.end for c in spans + extra if c.label == "PER"}
    extra.extend(_surname_pairs(line, taken.union(*(range(c.start, c.end) for c in extra)), named))
    return sorted(spans + extra, key=lambda c: c.start) if extra else spans


def _middle_thi(line: Line, taken: set[int]) -> list[Candidate]:
    """`Thái Thị Tuyết`: three or four capitalised syllables, the second `Thị`."""
    found = []
    for k in line.where("thị"):
        i = k - 1
        if i < 0 or line.surface[k] != "Thị" or not line.cap(i) or line.cap(i - 1):
            continue
        end = cap_run(line, i, 4)
        if end - i < 3 or taken.intersection(range(i, end)) or _known(line, i, k + 1):
            continue
        if any(line.digit(j) or line.initials(j) or _not_given(line, j) for j in range(k + 1, end)):
            continue
        found.append(Candidate(i, end, "PER"))
    return found


def _not_given(line: Line, j: int) -> bool:
    """A word after `Thị` that no given name is: a body, title or event word. A place
    is one (`Chung Thị [Mỹ] Lệ`, `Trần Thị [Hà]`), as many given names spell a country."""
    return any(line.match(j, kind) > j for kind in _NOT_NAMES if kind != "places")


def _previous_item_is_name(line: Line, comma: int, starts: set[int], ends: set[int]) -> bool:
    """Two names in a row before the comma at `comma`: the list is one of people."""
    start = max((s for s in starts if s < comma), default=-1)
    return start >= 2 and line.surface[start - 1] in _SEPARATORS and start - 1 in ends


def _surname_item(line: Line, i: int, taken: set[int]) -> int:
    """End of two to four capitalised syllables at i opening with a family name, or -1."""
    if line.match(i, "surnames") != i + 1 or i in taken:
        return -1
    end = cap_run(line, i, 4)
    if not 2 <= end - i <= 4 or taken.intersection(range(i, end)) or _known(line, i, end):
        return -1
    return -1 if any(line.digit(k) or line.initials(k) for k in range(i, end)) else end


def _surname_pairs(line: Line, taken: set[int], named: set[int]) -> list[Candidate]:
    """`là [Ma Chét] và [Phạm Nhiêm]`: two names with family names joined by `và`
    (or a name the rules found, then `và` and a short one: `[Vừ Dính] và [Lê Nam]`)."""
    found = []
    for k in line.where("và"):
        other = _surname_item(line, k + 1, taken)
        if other < 0 or line.cap(other):
            continue
        if k in named:
            found.append(Candidate(k + 1, other, "PER"))
            continue
        first = k - 1
        while first > 0 and line.cap(first - 1) and k - first < 4:
            first -= 1
        if _surname_item(line, first, taken) == k and not line.cap(first - 1):
            found += [Candidate(first, k, "PER"), Candidate(k + 1, other, "PER")]
    return found


def _names_after_spans(line: Line, spans: list[Candidate], taken: set[int]) -> list[Candidate]:
    """`xã Cửa Cạn | Nguyễn Văn Hùng`, `khóa X | Nông Đức Mạnh`: a full name with a family
    name right after a place, a post, a body or a term, which no span holds."""
    found = []
    for c in spans:
        k = c.end
        if c.label == "PER" or line.match(k, "surnames") != k + 1:
            continue
        for end in (k + 4, k + 3):
            words = range(k, end)
            shaped = all(line.cap(j) and not line.digit(j) and j not in taken for j in words)
            if end > line.n or not shaped or _known(line, k, end):
                continue
            closed = end >= line.n or not line.word(end) or line.lower(end)
            if closed or line.match(end, "events", "bodies", "titles") > end:  # "… | Đại hội X"
                found.append(Candidate(k, end, "PER"))
                break
    return found
