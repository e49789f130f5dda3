"""ORG: a body's head noun alone, capitalised inside a sentence, for the body named before.

`Hội những người viết báo Việt Nam được thành lập. Khi ấy [Hội] mới có 300 hội
viên`, `[Đội Cảnh sát bảo vệ ...] ... , [Đội] dẫn giải 9 bị cáo`: once a body is
named with its head (as an ORG, or inside a post or an event: `Chủ tịch Hội LHTN
Việt Nam`), the head alone, capitalised where a sentence does not
start, is that body. A head that begins another word (`Bộ đội`, `Hội đồng`,
`ban hành`) or a person's name (`ông Trường`) is none.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line, keys_of

_HEADS = frozenset(keys_of("Hội Đội Viện Sở Bộ Cục Ban Phòng Trường Đoàn"))
# Words a head starts: `Bộ đội`, `Hội đồng`, `Đội ngũ`, `Trường hợp`.
_COMPOUNDS = frozenset(
    keys_of(pair)
    for pair in (
        "bộ đội",
        "bộ máy",
        "bộ phận",
        "bộ ngành",
        "bộ mặt",
        "hội đồng",
        "hội nghị",
        "hội thảo",
        "hội viên",
        "đội ngũ",
        "đội tuyển",
        "đội hình",
        "ban hành",
        "ban đầu",
        "ban ngày",
        "phòng chống",
        "phòng ngừa",
        "trường hợp",
        "trường học",
        "đoàn kết",
        "đoàn viên",
        "sở hữu",
        "cục bộ",
        "viện dẫn",
        "viện trợ",
    )
)
_HONORIFICS = frozenset(keys_of("ông bà anh chị em cô chú bác thầy"))
_DOI = keys_of("Đội")[0]
_PLURAL = frozenset(keys_of("các những nhiều mọi"))


def propagate_bare_heads(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """Every bare capitalised head of a body named before in the article is an ORG, and
    right after a post it is the post's body (`Chủ tịch Hội`)."""
    named = {line.keys[k] for line, spans in chosen for c in spans for k in _named_in(line, c)}
    if not named:
        return
    for index, (line, spans) in enumerate(chosen):
        taken = {k for c in spans for k in range(c.start, c.end)}
        bare = {i for i in range(2, line.n) if _bare(line, i, named, taken)}
        if not bare:
            continue
        posts = {c.end: c for c in spans if c.label == "ROLE" and c.end in bare}
        kept = [Candidate(c.start, c.end + 1, "ROLE") if c.end in posts else c for c in spans]
        extra = [Candidate(i, i + 1, "ORG") for i in bare if i not in posts]
        chosen[index] = (line, sorted(kept + extra, key=lambda c: c.start))


def _named_in(line: Line, c: Candidate) -> list[int]:
    """Where a body with a one-syllable head is named: an ORG span, or inside a post or an
    event (`Chủ tịch Hội LHTN Việt Nam`, `Đại hội đại biểu Hội LHTN Việt Nam`)."""
    if _named_body(line, c):
        return [c.start]
    if c.label not in ("ROLE", "EVENT"):
        return []
    return [
        k
        for k in range(c.start + 1, c.end - 1)
        if line.keys[k] in _HEADS and line.cap(k) and line.match(k, "bodies") >= k + 2
    ]


def _named_body(line: Line, c: Candidate) -> bool:
    """An ORG of three words or more whose head is one syllable (`Hội`, not `Hội đồng`)."""
    head = line.match(c.start, "org_heads") == c.start + 1 or line.key(c.start) == _DOI
    return c.label == "ORG" and c.end - c.start >= 3 and line.keys[c.start] in _HEADS and head


def _bare(line: Line, i: int, named: set[str], taken: set[int]) -> bool:
    """A head of `named` alone at i, capitalised inside a sentence, before a lowercase word
    or a pause (`Chủ tịch Hội, ông …`)."""
    ends = line.lower(i + 1) or (i + 1 < line.n and line.surface[i + 1] in ",;.")
    if i in taken or line.keys[i] not in named or not line.cap(i) or not ends:
        return False
    before = line.surface[i - 1]
    inside = line.lower(i - 1) or before in (",", ";")
    if not inside or line.key(i - 1) in _HONORIFICS | _PLURAL:
        return False  # "ông Trường", "các Bộ ngành": a person, bodies in general
    if line.match(i, "titles") >= 0 or line.match(i, "org_heads", "bodies", "events") > i + 1:
        return False  # "Ban quản lý", "Hội nghị": a longer head or another name starts here
    return (line.key(i), line.key(i + 1)) not in _COMPOUNDS
