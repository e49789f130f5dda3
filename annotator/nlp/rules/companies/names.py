"""ORG: a company named once in full, and afterwards by its name alone.

`Công ty cổ phần Hoa Việt` ... `Hoa Việt thi công`, `Công ty Vũng Tàu Sinhanco`
... `Sinhanco đã phải bỏ ra`, `Maxar Technologies` ... `ảnh của Maxar`: reports
write a company's head and legal form once, then the bare name. The name after
the head (or the foreign-shaped last word of it, or the first word before an
English corporate word) is an ORG wherever else it is written, also where a
person was read in it, or a place in a name with a foreign-shaped word
(`Vũng Tàu` of `Vũng Tàu Sinhanco`); after `ở`, `tại` or a unit noun
(`hồ Đại Lải`) it is the place the company is named after.
A short name given in brackets after a body (`(LienVietPostBank - mã LPB)`) is
carried the same way. A number (`Công ty 889`) or a place (`Công ty Hà Nội`)
is no such name. A capitalised head right before a later mention (`Công ty
Hoàng Đỉnh`) goes into its span. A military unit's foreign name is carried the same way
(`Tiểu đoàn Azov` ... `Azov là một đơn vị quân đội tình nguyện`).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.places.listed import place_at

_HEADS = ("tổng công ty", "công ty", "tập đoàn", "ngân hàng")
_FORMS = ("cổ phần", "TNHH", "CP", "TNHH MTV", "TNHH một thành viên", "liên doanh")
_MAX_NAME = 4
# English words that end a company's name and leave its first word as its short name.
# Military units named by a foreign name, carried like a company's (`Tiểu đoàn Azov` ...
# `Azov là một đơn vị`).
_UNITS = ("tiểu đoàn", "lữ đoàn", "trung đoàn", "sư đoàn")
_CORPORATE = frozenset(keys_of("Technologies Group Corporation Corp Holdings Inc Ltd"))


def _after_head(line: Line, c: Candidate) -> int:
    """Where the name starts after the head and legal form at the span's start, or -1."""
    head = line.longest(c.start, _HEADS)
    if head < 0:
        return -1
    return max(head, line.longest(head, _FORMS))


def _short_names(line: Line, c: Candidate) -> list[tuple[str, ...]]:
    """The names an ORG span gives its company for later mentions."""
    if c.label != "ORG":
        return []
    unit = any(line.phrase(c.start, u) > c.start for u in _UNITS)
    if unit and line.foreign(c.end - 1) and place_at(line, c.end - 1) < c.end:
        return [(line.keys[c.end - 1],)]  # "Tiểu đoàn tiễu phạt Azov" → "Azov"
    start = _after_head(line, c)
    if start < 0 and line.key(c.end - 1) in _CORPORATE and line.foreign(c.start):
        return [(line.keys[c.start],)]  # "Maxar Technologies" → "Maxar"
    if start < 0 or not 1 <= c.end - start <= _MAX_NAME:
        return []
    words = range(start, c.end)
    if not all(line.cap(k) and not line.digit(k) for k in words) or place_at(line, start) >= c.end:
        return []
    names = [tuple(line.keys[start : c.end])] if c.end - start >= 2 or line.foreign(start) else []
    if c.end - start >= 2 and line.foreign(c.end - 1):
        names.append((line.keys[c.end - 1],))  # "Vũng Tàu Sinhanco" → "Sinhanco"
    return names


def _alias(line: Line, c: Candidate) -> tuple[tuple[str, ...], int]:
    """`Ngân hàng TMCP Bưu Điện Liên Việt (LienVietPostBank - mã LPB)`: the short name
    given in brackets right after a body (one to three capitalised words, one of them
    foreign-shaped) and where the body's span ends with it: closed right after the
    name, the brackets are inside as an abbreviation's are (`... (Vũng Tàu Sinhanco)`)."""
    if c.label != "ORG" or line.surface[c.end : c.end + 1] != ["("]:
        return (), c.end
    start = c.end + 1
    end = start
    while end < line.n and end - start < 3 and line.cap(end) and not line.digit(end):
        end += 1
    closed = line.surface[end : end + 1]
    shaped = any(line.foreign(k) for k in range(start, end))
    if end == start or not shaped or closed not in ([")"], ["-"], ["–"]):
        return (), c.end
    return tuple(line.keys[start:end]), end + 1 if closed == [")"] else c.end


def _body(line: Line, c: Candidate) -> Candidate:
    """The company inside a ROLE (`giám đốc [Công ty Vũng Tàu Sinhanco]`), or the span."""
    if c.label != "ROLE":
        return c
    heads = [
        k for k in range(c.start + 1, c.end) if _after_head(line, Candidate(k, c.end, "ORG")) > k
    ]
    return Candidate(heads[0], c.end, "ORG") if heads else c


_AT = frozenset(keys_of("ở tại hồ sông núi đảo vùng khu"))


def _placed(line: Line, i: int) -> bool:
    """A name after `ở`, `tại`, a unit noun or a natural feature: a place there."""
    return line.key(i - 1) in _AT or line.match(i - 1, "place_units") == i


def _head_before(line: Line, i: int) -> int:
    """Where a capitalised head right before the name at i starts (`Công ty | Hoàng
    Đỉnh`: the gold keeps it inside, news27 five times), else i."""
    return next(
        (k for k in range(max(0, i - 2), i) if line.cap(k) and line.longest(k, _HEADS) == i), i
    )


def propagate_company_names(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """Every bare mention of a company named once with its head is an ORG too."""
    names = {n for line, spans in chosen for c in spans for n in _short_names(line, _body(line, c))}
    for index, (line, spans) in enumerate(chosen):
        grown = []
        for c in spans:
            alias, end = _alias(line, c)
            if alias:
                names.add(alias)
            grown.append(Candidate(c.start, end, c.label) if end > c.end else c)
        chosen[index] = (line, grown)
    if not names:
        return
    longest = max(len(n) for n in names)
    firsts = {n[0] for n in names}
    for index, (line, spans) in enumerate(chosen):
        extra = []
        for i in range(line.n):
            if line.keys[i] not in firsts or not line.cap(i) or (i > 0 and line.cap(i - 1)):
                continue
            sizes = range(min(longest, line.n - i), 0, -1)
            size = next((s for s in sizes if tuple(line.keys[i : i + s]) in names), 0)
            end = i + size
            if size == 0 or line.cap(end):
                continue
            foreign = any(line.foreign(k) for k in range(i, end))
            if _placed(line, i) and not foreign:
                continue  # "hồ Đại Lải", "ở Đại Lải": the place a company is named after
            begin = _head_before(line, i)
            inside = [c for c in spans if c.start < end and begin < c.end]
            kinds = ("LOC", "PER") if foreign else ("PER",)
            if all(c.label in kinds and i <= c.start and c.end <= end for c in inside):
                spans = [c for c in spans if c not in inside]
                extra.append(Candidate(begin, end, "ORG"))
        if extra:
            chosen[index] = (line, sorted(spans + extra, key=lambda c: c.start))
