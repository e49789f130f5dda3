"""ROLE: a post written in brackets after a person's name runs to the bracket's end.

Court and crime reports list defendants as `Name (post of body)`:
`Phạm Gia Nhân (kế toán trưởng chi nhánh)`, `Trần Tuấn Anh (trưởng phòng
kinh doanh 3)`, `Lê Quý Thiệu (giám đốc Công ty Vật tư và dịch vụ kỹ thuật
Hà Nội)`. The title rules stop at the first lowercase word or at `và`; inside
such brackets the whole aside is the post.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

# Time markers kept outside the ROLE between the bracket and the post.
_MARKERS = ("quyền", "nguyên", "cựu", "tân")
# Words that end the post inside the aside: where it is (`ở TP HCM`), the body
# above it (`thuộc Trung tâm ...`, a span of its own), whose
# relative the person is (`em trai ...`), a second fact after a comma.
_ENDS = ("ở", "thuộc", "của", "em", "con", "vợ", "chồng", "anh", "chị", "cháu", "sinh", "tức")
_LONGEST = 16


def posts_in_brackets(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The line's spans with a bracketed ROLE after a PER grown to the closing bracket,
    taking the spans inside it."""
    out: list[Candidate] = []
    skip_to = -1
    for index, c in enumerate(spans):
        if c.start < skip_to:
            continue
        if c.label == "ROLE" and _after_name(line, spans[:index], c.start):
            close = _closing(line, c.end)
            if close > c.end:
                c = Candidate(c.start, close, "ROLE")
                skip_to = close
        out.append(c)
    return out


def _after_name(line: Line, before: list[Candidate], start: int) -> bool:
    """`Name (post`, `Name (quyền post`: the ROLE opens an aside right after a PER."""
    k = start - 1
    if line.is_(k, *_MARKERS):
        k -= 1
    if line.surface[k : k + 1] != ["("] or k < 1:
        return False
    return any(p.label == "PER" and p.end == k for p in before[-2:])


def _closing(line: Line, k: int) -> int:
    """Index of the `)` that closes the aside from k, or -1 when the post ends sooner."""
    for j in range(k, min(line.n, k + _LONGEST)):
        surface = line.surface[j]
        if surface == ")":
            return j
        if surface in ',;("“”' or line.is_(j, *_ENDS):
            return -1
    return -1
