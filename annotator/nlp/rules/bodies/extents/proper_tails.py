"""A generic body completed by the foreign or transliterated name after it.

`Trung tâm Nghiên cứu Lugar`, `Công ty Tư vấn thiết kế Chodai (Nhật Bản)`,
`Viện Nghiên cứu Quân đội Walter Reed (WRAIR)`, `Học viện Lâm nghiệp
Lê-nin-grát`: a school, institute, centre or company described by its field
alone is no name yet; the proper name after it finishes it. The rules cut
such bodies before the name in four of nine blind sets (news7, news8, news10,
news11; six lines still wrong in round 14), and read the name as a person.

A body already named by a place or a foreign word ends where it is
(`Hạ viện Mỹ | Dennis Hastert`, `Viện Brookings | John Allen`); two foreign
words after a body that is no company read as a person unless the body's
abbreviation follows them (`… Walter Reed (WRAIR)`).
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.body_phrases import acronym_aside
from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.places.listed import place_at

# Heads of bodies that a field alone does not name.
_HEADS = (
    "công ty",
    "tập đoàn",
    "hãng",
    "trung tâm",
    "viện",
    "học viện",
    "trường",
    "đại học",
    "bệnh viện",
    "quỹ",
    "phòng thí nghiệm",
)
_COMPANIES = ("công ty", "tập đoàn", "hãng")


def proper_tails(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with generic bodies grown over the proper name that ends them."""
    out = list(spans)
    for c in spans:
        end = _named_end(line, c)
        if end <= c.end:
            continue
        out = [s for s in out if s is c or not (c.end <= s.start < end)]
        out[out.index(c)] = Candidate(c.start, end, "ORG")
    return sorted(out, key=lambda c: c.start)


def _named_end(line: Line, c: Candidate) -> int:
    """End of the body `c` with the proper name after it, or -1."""
    head = line.longest(c.start, _HEADS)
    if c.label != "ORG" or head <= c.start or not _generic(line, head, c.end):
        return -1
    chain = _transliterated(line, c.end - 1)
    if chain > c.end:
        return chain  # "Học viện Lâm nghiệp Lê | -nin-grát": cut inside one word
    run = _foreign_run(line, c.end)
    if run <= c.end or place_at(line, c.end) > c.end:
        return -1
    aside = acronym_aside(line, run)
    company = line.longest(c.start, _COMPANIES) > c.start
    if run - c.end == 2 and aside < 0 and not company:
        return -1  # "Viện Nghiên cứu | John Smith": a person after the body
    end = max(run, aside)
    return -1 if line.cap(end) else end  # "Công ty Chodai | Ông": a caption ran on


def _generic(line: Line, head: int, end: int) -> bool:
    """No foreign word and no place after the head: a field, not yet a name."""
    return all(not line.foreign(k) and place_at(line, k) < 0 for k in range(head, end))


def _foreign_run(line: Line, i: int) -> int:
    """End of one or two foreign-shaped words at i, glued to nothing, or -1."""
    end = i
    while end < line.n and end - i < 3 and line.foreign(end) and line.gap(end):
        end += 1
    return end if 0 < end - i <= 2 else -1


def _transliterated(line: Line, last: int) -> int:
    """End of `Lê-nin-grát` when the span's last syllable `Lê` opens it, or -1."""
    k = last + 1
    while (
        k + 1 < line.n
        and line.surface[k] == "-"
        and not line.gap(k)
        and not line.gap(k + 1)
        and line.lower(k + 1)
    ):
        k += 2
    return k if k > last + 1 and line.cap(last) else -1
