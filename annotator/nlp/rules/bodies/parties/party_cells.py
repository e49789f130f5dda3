"""ORG: a party organisation of an agency or a firm, named with it: `Đảng bộ cơ quan LĐLĐ TPHCM`.

A party committee, branch or cell (`Đảng bộ`, `Đảng ủy`, `Chi bộ`) is named
after the body it sits in, `cơ quan` often between: `[Đảng bộ cơ quan LĐLĐ
TPHCM]`, `[Đảng ủy cơ quan Bộ GT-VT]`, `[Đảng ủy TCT]`, `[Đảng bộ Samco]`. The
gold marks each as one ORG (news7, news14, news23, news26, news29: every
occurrence); the rules found the committee and the body apart, or the
committee alone when the body was a firm's name they did not know. The body
is an ORG span right after, or one capitalised word that is an acronym or no
Vietnamese syllable (a firm's brand, `Samco`, `CEP`); a person, a place or a
post after the committee is left as it is. A congress's paper named after the
committee takes the body too (`[Văn kiện Đại hội Đảng bộ cơ quan LĐLĐ TPHCM]`,
news29).

Followed by `bộ phận` or `cơ sở` the committee names a kind of party
organisation (`Đảng bộ bộ phận`, `chi bộ cơ sở`), and by `trong sạch` an
honour a committee earns (`giữ vững danh hiệu Đảng bộ trong sạch vững mạnh`):
no one body, and the gold leaves all five such in news20 and news29 bare.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

_CELLS = ("đảng bộ", "đảng ủy", "chi bộ")
# Words after a bare committee that make it a kind or an honour, no body.
_KINDS = ("bộ phận", "cơ sở", "trong sạch")


def party_cells(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The line's spans with each party committee joined to the agency or firm after it."""
    out: list[Candidate] = []
    skip: set[Candidate] = set()
    by_start = {c.start: c for c in spans}
    for c in spans:
        if c in skip or _bare_cell(line, c) and line.longest(c.end, _KINDS) > c.end:
            continue
        end = _owner_end(line, c, by_start) if _bare_cell(line, c) else -1
        if end > c.end:
            skip.update(o for o in spans if c.end <= o.start < end)
            out.append(Candidate(c.start, end, c.label))
        else:
            out.append(c)
    return out


def _bare_cell(line: Line, c: Candidate) -> bool:
    """An ORG, or a congress's paper (`Văn kiện Đại hội Đảng bộ`), that ends in a
    capitalised `Đảng bộ`, `Đảng ủy` or `Chi bộ`."""
    named = c.label in ("ORG", "DOC")
    return named and line.ending(c.end, _CELLS) and line.cap(c.end - 2)


def _owner_end(line: Line, c: Candidate, by_start: dict[int, Candidate]) -> int:
    """End of the body the committee belongs to, after `cơ quan` or right after it, or -1."""
    j = c.end + 2 if line.phrase(c.end, "cơ quan") > 0 else c.end
    owner = by_start.get(j)
    if owner is not None:
        return owner.end if owner.label == "ORG" else -1
    if any(o.start < j < o.end for o in by_start.values()):
        return -1
    return j + 1 if _brand(line, j) else -1


def _brand(line: Line, j: int) -> bool:
    """`TCT`, `CEP`, `Samco`: an acronym or a capitalised word no Vietnamese syllable spells."""
    if not line.cap(j):
        return False
    surface = line.surface[j]
    acronym = len(surface) >= 2 and surface.isupper() and surface.isalpha()
    return acronym or line.foreign(j)
