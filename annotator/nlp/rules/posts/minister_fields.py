"""ROLE: a minister's post runs on over every field of its ministry: `[Bộ trưởng Giáo dục Đào tạo]`.

A minister is named by the field of the ministry without `Bộ` (`Bộ trưởng
Nông nghiệp`, `Bộ trưởng Năng lượng`), and the gold keeps every field in the
ROLE: two fields side by side with no `và` (`Bộ trưởng Giáo dục  Đào tạo`,
news12), the fields of several ministers listed after a counted post (`ba
[bộ trưởng Giao thông Vận tải, Tài nguyên Môi trường và Văn hóa Thông tin]`,
news13), the ministers of all branches (`[Bộ trưởng các ngành]`, news13).
Blind-time error lines of this kind: news4, news9, news11 (×2, with a PER
`Năng`), news12, news13 (×2): five of eleven sets. The rules stopped at the
first field, or at the post when the field was unlisted.

A list of fields joins a post only when the post is counted or plural (`ba`,
`các`, a digit): `Bộ trưởng Tài chính, Ngoại giao …` of one minister is rare
and `Bộ trưởng Quốc phòng và Bộ trưởng Ngoại giao` lists two posts.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

_MINISTERS = ("bộ trưởng", "thứ trưởng")
# Words before a post that make it several ministers (`ba bộ trưởng`, `các thứ trưởng`).
_PLURAL = ("các", "những", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "cả")
# The ministers of all the ministries, as a plural complement (`Bộ trưởng các ngành`).
_ALL_BRANCHES = ("các ngành", "các bộ, ngành", "các bộ ngành", "các bộ")


def ministers_of_fields(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with a minister's ROLE taking in the fields after it (and what they covered)."""
    out: list[Candidate] = []
    grown_to = -1
    for c in spans:
        if c.start < grown_to:
            continue  # inside a post grown over it ("Bộ trưởng [Năng] lượng")
        end = _fields_end(line, c) if c.label == "ROLE" else -1
        if end > c.end:
            c = Candidate(c.start, end, "ROLE")
            grown_to = end
        out.append(c)
    return out


def _fields_end(line: Line, c: Candidate) -> int:
    """End of the fields of a minister's post `c`, or -1 when it takes none more."""
    post = line.longest(c.start, _MINISTERS)
    if post < 0:
        return -1
    if c.end == post:
        branches = line.longest(post, _ALL_BRANCHES)
        if branches > 0:
            return branches
    end = _field_chain(line, post)
    if end < 0 or end < c.end:
        return -1  # "Bộ trưởng Bộ Công an": a body, not a field, follows the post
    plural = line.is_(c.start - 1, *_PLURAL) or line.digit(c.start - 1)
    while True:
        nxt = line.match(end, "sectors")
        if nxt > end and line.cap(end):
            end = nxt  # "Giáo dục  Đào tạo": two fields side by side
            continue
        joined = end + 1 if line.surface[end : end + 1] == [","] or line.is_(end, "và") else -1
        nxt = line.match(joined, "sectors") if plural and joined > 0 else -1
        if nxt > joined and line.cap(joined):
            end = nxt
            continue
        return end


def _field_chain(line: Line, k: int) -> int:
    """End of the capitalised field at k (`Nông nghiệp`, `Năng lượng`), or -1."""
    if not line.cap(k):
        return -1
    return line.match(k, "sectors")
