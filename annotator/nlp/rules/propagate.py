"""Names found once in an article, carried to their other mentions.

A foreign-shaped word found once as a place (`thành phố Vasylkiv`) is a LOC
wherever else it stands alone; an abbreviation a body was given in brackets
(`... Morning Post (SCMP)`) is an ORG wherever else it is written. A person's
name is carried by `name_mentions.propagate_names`.
"""

from __future__ import annotations

import unicodedata

from annotator.core.vietnamese import fold_key
from annotator.nlp.rules.bodies.body_phrases import acronym_aside
from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.places.listed import OPENERS


def propagate_places(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """A foreign-shaped word found once as a place is a place everywhere in the article.

    `thành phố Vasylkiv` makes `Vasylkiv` a LOC in `thị trưởng Vasylkiv` and
    wherever the word stands alone; a person's name keeps its words.
    """
    places = {
        line.keys[c.start]
        for line, spans in chosen
        for c in spans
        if c.label == "LOC" and c.end == c.start + 1 and line.foreign(c.start)
    }
    people = {
        line.keys[k]
        for line, spans in chosen
        for c in spans
        if c.label == "PER"
        for k in range(c.start, c.end)
        if c.end > c.start + 1
    }
    places -= people
    if not places:
        return
    for index, (line, spans) in enumerate(chosen):
        chosen[index] = (line, _as_places(line, spans, places))


def _as_places(line: Line, spans: list[Candidate], places: set[str]) -> list[Candidate]:
    """The line's spans with the article's foreign place names made LOC (or part of a title)."""
    taken = {k for c in spans for k in range(c.start, c.end)}
    out: list[Candidate] = []
    for c in spans:
        if c.label == "PER" and c.end == c.start + 1 and line.keys[c.start] in places:
            if out and out[-1].label == "ROLE" and out[-1].end == c.start:
                out[-1] = Candidate(out[-1].start, c.end, "ROLE")  # "thị trưởng Vasylkiv"
                continue
            c = Candidate(c.start, c.end, "LOC")
        out.append(c)
    out += [
        Candidate(i, i + 1, "LOC")
        for i in range(line.n)
        if i not in taken
        and line.keys[i] in places
        and line.foreign(i)
        and (not line.cap(i - 1) or _opening_word(line, i - 1))
        and not line.cap(i + 1)
    ]
    return sorted(out, key=lambda c: c.start)


def _opening_word(line: Line, i: int) -> bool:
    """`Khi`, `Tại` opening a sentence: capitalised only for its place (`Khi Mariupol bị
    bao vây`), so the place after it still stands alone."""
    opens = i == 0 or line.surface[i - 1] in '.:;!?"“(-–'
    return opens and line.key(i) in OPENERS


def propagate_acronyms(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """`Theo SCMP` after `báo South China Morning Post (SCMP)`, `DPR` after `Cộng hòa
    Nhân dân Donetsk (DPR)`, `ĐH` after `Đại hội (ĐH)`: the abbreviation a body, a
    place or an event was given in brackets names it wherever else it stands on its
    own, with its label. A place's
    abbreviation right after it joins its span, as a body's does."""
    acronyms: dict[str, str] = {}
    for index, (line, spans) in enumerate(chosen):
        grown = []
        for c in spans:
            aside, joined = _bracketed(line, c)
            if aside:
                acronyms[aside] = c.label
            acronyms.update(dict.fromkeys(_inner_acronyms(line, c), "ORG"))
            if joined > c.end:
                c = Candidate(c.start, joined, c.label)
            grown.append(c)
        chosen[index] = (line, grown)
    if not acronyms:
        return
    for index, (line, spans) in enumerate(chosen):
        taken = {k for c in spans for k in range(c.start, c.end)}
        extra = [
            Candidate(i, i + 1, acronyms[line.keys[i]])
            for i in range(line.n)
            if i not in taken and line.keys[i] in acronyms and line.surface[i].isupper()
        ]
        if extra:
            spans = _with_places(line, spans, [c for c in extra if c.label == "ORG"])
            extra = [c for c in extra if c.label != "ORG"]
            chosen[index] = (line, sorted(spans + extra, key=lambda c: c.start))


def _inner_acronyms(line: Line, c: Candidate) -> list[str]:
    """`Văn phòng Đăng ký đất đai (VPĐKĐĐ) Thanh Hóa`: the keys of abbreviations an
    ORG span was given in brackets before its place or parent body, inside the span.

    Only an abbreviation made of the initials of the whole name before it counts:
    `Đoàn Đại biểu Quốc hội (ĐBQH) TPHCM` abbreviates the deputies, not the body."""
    if c.label != "ORG":
        return []
    return [
        line.keys[k + 1]
        for k in range(c.start + 1, c.end - 3)
        if acronym_aside(line, k) == k + 3 and line.surface[k + 1] == _initials(line, c.start, k)
    ]


def _initials(line: Line, start: int, end: int) -> str:
    """`STNMT` of `Sở Tài nguyên và Môi trường`: the capitalised first letters of the
    words from start to end, `và` left out."""
    words = [w for w in line.surface[start:end] if w[:1].isalpha() and w != "và"]
    return "".join(w[0].upper() for w in words)


def _with_places(line: Line, spans: list[Candidate], bodies: list[Candidate]) -> list[Candidate]:
    """The line's spans with each abbreviated body added, its place right after it
    joined to it as a body's own place is (`VPĐKĐĐ Thanh Hóa`, `VPĐKĐĐ tỉnh Thanh Hóa`)."""
    places = {c.start: c for c in spans if c.label == "LOC"}
    out = list(spans)
    for body in bodies:
        after = body.end + 1 if line.match(body.end, "place_units") == body.end + 1 else body.end
        place = places.get(after)
        if place is not None and place in out:
            out.remove(place)
            body = Candidate(body.start, place.end, "ORG")
        out.append(body)
    return out


_SELF_STYLED = ("tự xưng",)


def _bracketed(line: Line, c: Candidate) -> tuple[str, int]:
    """The key of the abbreviation given to an ORG or LOC span in brackets, and where a
    place's span ends with it (`(DPR)` right after, or after `tự xưng`)."""
    if c.label not in ("ORG", "LOC", "EVENT"):
        return "", c.end
    if c.label == "ORG" and c.end - c.start >= 4 and line.surface[c.end - 1] == ")":
        return line.keys[c.end - 2], c.end
    at = c.end
    if any(line.phrase(at, p) > 0 for p in _SELF_STYLED):
        at += 2
    aside = acronym_aside(line, at)
    if aside < 0 or line.match(at + 1, "media") == at + 2:
        return "", c.end  # "(NLĐ)- Sáng 1-2": the outlet's signature after a headline
    if c.label == "LOC" and not _abbreviates(line, c, at + 1):
        return "", c.end  # "(KCNA)" after "Triều Tiên": the body's, not the place's
    # "Đại hội (ĐH)": an event's abbreviation joins it as a place's does; not one
    # longer than the place's name, which abbreviates the body or outlet before it
    # ("hãng thông tấn nhà nước Triều Tiên (KCNA)", "Biển Đông (DOC)").
    if c.label == "LOC" and len(line.surface[at + 1]) > c.end - c.start:
        return "", c.end
    joined = aside if at == c.end and c.label in ("LOC", "EVENT") else c.end
    return line.keys[at + 1], joined


def _abbreviates(line: Line, c: Candidate, k: int) -> bool:
    """The abbreviation at k starts with the first letter of a word of span c, in either
    language (`Donetsk` of `DPR`), as a place's own abbreviation does."""
    initials = {_letter(w) for w in line.surface[c.start : c.end] if w[:1].isalpha()}
    return _letter(line.surface[k]) in initials


def _letter(word: str) -> str:
    """The first letter of a word without its marks: `d` of `Đông`, `a` of `Âu`."""
    return unicodedata.normalize("NFD", fold_key(word))[:1].replace("đ", "d")


def propagate_body_extents(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """`Bệnh viện Bệnh Nhiệt đới Trung ương` written whole once (in a title or as a
    body) makes the same words a whole body elsewhere in the article, where a
    lowercase word of the name (`đới`, `học`) cut it short (`[Bệnh viện Bệnh Nhiệt]
    đới Trung ương`); what the cut-off words were taken for goes."""
    known = {tuple(k) for line, spans in chosen for c in spans for k in _bodies_in(line, c)}
    if not known:
        return
    for index, (line, spans) in enumerate(chosen):
        for c in [c for c in spans if c.label == "ORG"]:
            whole = max((len(k) for k in known if _writes(line, c, k)), default=0)
            if c.start + whole > c.end:
                end = c.start + whole
                inside = [d for d in spans if c.start <= d.start and d.end <= end]
                if all(d.label in ("ORG", "PER", "LOC") for d in inside):
                    spans = [d for d in spans if d not in inside] + [Candidate(c.start, end, "ORG")]
        chosen[index] = (line, sorted(spans, key=lambda c: c.start))


def _bodies_in(line: Line, c: Candidate) -> list[list[str]]:
    """The keys of a body's name: an ORG span whole, or a ROLE's tail from a head
    noun on (`Bệnh viện ...` of `Phó Giám đốc Bệnh viện ...`)."""
    if c.label == "ORG":
        return [line.keys[c.start : c.end]]
    if c.label != "ROLE":
        return []
    heads = [k for k in range(c.start + 1, c.end) if line.match(k, "org_heads") > k]
    return [line.keys[heads[0] : c.end]] if heads else []


def _writes(line: Line, c: Candidate, keys: tuple[str, ...]) -> bool:
    """The line writes the longer name `keys` from span c's start, of which c is a part."""
    size = c.end - c.start
    return (
        len(keys) > size
        and tuple(line.keys[c.start : c.start + len(keys)]) == keys
        and tuple(keys[:size]) == tuple(line.keys[c.start : c.end])
    )
