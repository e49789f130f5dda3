"""ROLE: a post keeps the short form written in brackets after it, and that short
form names the post again where the article uses it alone.

Why: an abbreviation in brackets right after a name is inside its span, a post
too (`[Ủy viên Bộ Chính trị (UVBCT)]`, news15; `[đại biểu Quốc hội (ĐBQH)]`,
news22; `[ủy viên Ban Chấp hành T.Ư (BCH T.Ư) khóa X]`, news24; `[Ủy viên
Thường vụ (UVTV)]`, news30; `[Tổng Thư ký Đảng cầm quyền Thai Rak Thai
(TRT)]`, news27). The rules stopped the post before the bracket and read the
short form as a span of its own, and in news30 missed the three bare `UVTV`
that follow in a list of disciplined officials (`nguyên [UVTV], Phó Chủ tịch
UBND tỉnh`).

A bracket holding a place (`(TP HCM)`) or an outlet's credit (`(NLĐ)`) is no
short form. A bare short form names the post again only where its letters are
the initials of the post (`UVTV`: Ủy viên Thường vụ), outside any other span
and with a pause or a name after it (`đoàn ĐBQH TP` is a delegation's name).
"""

from __future__ import annotations

import unicodedata

from annotator.nlp.rules.lines import Candidate, Line, add_where_free
from annotator.nlp.rules.names import person_run

_LONGEST_SHORT = 3
_PAUSES = (",", ";", ".", ")", ":")


def posts_with_short_forms(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with each post grown over the short form bracketed after it."""
    out: list[Candidate] = []
    for c in spans:
        if out and c.start < out[-1].end:
            continue  # the short form (or term) now inside the post before it
        end = _short_form_end(line, c.end) if c.label == "ROLE" else -1
        out.append(Candidate(c.start, _term_after(line, end), "ROLE") if end > 0 else c)
    return out


def _short_form_end(line: Line, k: int) -> int:
    """End of `(ĐBQH)`, `(BCH T.Ư)` at k, or -1."""
    if not line.is_(k, "(") or k + 1 >= line.n:
        return -1
    close = next(
        (j for j in range(k + 2, min(line.n, k + 3 + _LONGEST_SHORT)) if line.is_(j, ")")), -1
    )
    if close < 0 or not all(_capitals(line.surface[j]) for j in range(k + 1, close)):
        return -1
    if line.match(k + 1, "places", "media") > k + 1:
        return -1  # "(TP HCM)", "(NLĐ)": where it is, or whose report
    return close + 1


def _term_after(line: Line, end: int) -> int:
    """End of `khóa X` right after the bracket (`(BCH T.Ư) khóa X`), or end."""
    if line.is_(end, "khóa") and line.roman(end + 1):
        return end + 2
    return end


def _capitals(surface: str) -> bool:
    letters = [ch for ch in surface if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters) or surface == "."


def short_posts_referred_back(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """Mark a bare short form a ROLE where the article wrote its post out before it."""
    shorts = {_written_short(line, c) for line, spans in chosen for c in spans} - {""}
    if not shorts:
        return
    add_where_free(
        chosen,
        lambda line: [
            Candidate(i, i + 1, "ROLE")
            for i in range(line.n)
            if line.surface[i] in shorts and _bare_post(line, i)
        ],
    )


def _written_short(line: Line, c: Candidate) -> str:
    """The short form of the post c when it is `Post (INITIALS)`, else ''."""
    if c.label != "ROLE" or c.end - c.start < 4 or not line.is_(c.end - 1, ")"):
        return ""
    if not line.is_(c.end - 3, "("):
        return ""
    short = line.surface[c.end - 2]
    initials = "".join(_initial(line.surface[k]) for k in range(c.start, c.end - 3))
    return short if initials == short.upper() else ""


def _initial(surface: str) -> str:
    """The first letter of a syllable, its accents taken off (`Ủy` → `U`), `Đ` kept."""
    first = surface[:1].upper()
    if first == "Đ":
        return first
    return unicodedata.normalize("NFD", first)[:1]


def _bare_post(line: Line, i: int) -> bool:
    """A pause or a person's name after the bare short form at i."""
    after = i + 1
    return after >= line.n or line.surface[after] in _PAUSES or person_run(line, after) > after
