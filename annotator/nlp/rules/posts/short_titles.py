"""ROLE + PER: `TT` for a head of state or government before the holder's name.

The older house style of Tuổi Trẻ and Người Lao Động shortens `Tổng thống`
(and at times `Thủ tướng`) to `TT` once it has been written out, then runs it
before the name for the rest of the article: `TT Bush`, `cựu TT Yeltsyn`,
`TT Abbas`, `TT Phan Văn Khải`. Every gold file marks the `TT` a ROLE and the
name a PER (fourteen cases in news15, news21 and news23); all were missed at
blind time. `TT` is also the short form of `trung tâm`, `thị trấn` and
`thông tin` (`TT Y tế huyện`, `Sở TT-TT`), so it is a title only before a
person's name, after an optional country (`TT Mỹ Bush`): a Vietnamese name
or a foreign-shaped word that no list knows. Where the article first writes
the title out with the short form in brackets, the bracket is part of the
post: `[Tổng thống (TT) Mỹ] [George W. Bush]`, `[Tổng thống (TT) Nga] [Putin]`
(news21, news23). After that, a bare `TT` of the same article is the title
too (`chịu sự chỉ đạo của [TT]`, `được bầu làm [TT]`).
"""

from __future__ import annotations

from annotator.nlp.rules.foreign import country_at
from annotator.nlp.rules.lines import Candidate, Line, add_where_free
from annotator.nlp.rules.names import foreign_run, person_run

_SHORT = "TT"


def abbreviated_heads(line: Line) -> list[Candidate]:
    """`TT` (ROLE) and the name after it (PER), where a name follows."""
    found: list[Candidate] = []
    for i in line.where("tt"):
        if line.surface[i] != _SHORT or _glued(line, i):
            continue  # "Sở TT-TT": information and communications, no title
        start, j = _bracketed_title(line, i)
        country = country_at(line, j)
        if country > j:
            j = country  # "TT Mỹ Bush"
        name = _name_at(line, j)
        if name > j:
            found += [Candidate(start, j, "ROLE"), Candidate(j, name, "PER")]
    return found


def _bracketed_title(line: Line, i: int) -> tuple[int, int]:
    """(start, end) of the post so far: `TT` alone, or `Tổng thống (TT)` written out before it."""
    if not (line.is_(i - 1, "(") and line.is_(i + 1, ")")):
        return i, i + 1
    title = next((k for k in range(max(0, i - 5), i - 1) if line.match(k, "titles") == i - 1), -1)
    return (title, i + 2) if title >= 0 else (i, i + 1)


def _name_at(line: Line, j: int) -> int:
    """End of a person's name at j: a Vietnamese or foreign run, or one unlisted foreign word."""
    lone = j + 1 if line.foreign(j) and not line.hits(j) and not line.cap(j + 1) else -1
    return max(person_run(line, j), foreign_run(line, j), lone)


def titles_referred_back(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """In an article that wrote `Tổng thống (TT)` out, every other bare `TT` is a ROLE too."""
    if not any(_written_out(line, c) for line, spans in chosen for c in spans):
        return
    add_where_free(chosen, _bare_short_titles)


def _bare_short_titles(line: Line) -> list[Candidate]:
    return [
        Candidate(i, i + 1, "ROLE")
        for i in line.where("tt")
        if line.surface[i] == _SHORT
        and not _glued(line, i)
        and not line.is_(i - 1, "cử")  # "cuộc bầu cử TT": the office an election fills
    ]


def _written_out(line: Line, c: Candidate) -> bool:
    """A ROLE whose title is followed by `(TT)` inside it."""
    return c.label == "ROLE" and any(
        line.surface[k] == _SHORT and line.is_(k - 1, "(") for k in range(c.start + 1, c.end)
    )


def _glued(line: Line, i: int) -> bool:
    """`Sở TT-TT`, `TT&TT`: the short form inside another abbreviation."""
    return line.is_(i - 1, "-", "&") or line.is_(i + 1, "-", "&")
