"""DOC: a paper by its kind and number in lowercase, `số` left out or a contract's.

`công văn 014`, `công văn 36 kể trên` (news9), `hợp đồng kinh tế số
4191/HĐKT-PID3` (news4): a paper known by its number is a DOC in every gold
file (news7's `kết luận (số 52/PC16-Đ4 …)`, a number alone in brackets, is
left to the reader), but the rules took a bare number
after a lowercase kind only with `số` before it (`quyết định 2 kế hoạch` is
the verb "decide"), and knew no contract. Three of nine blind sets, four
lines still wrong in round 14. Only kinds that are never a verb before a
number are taken with a bare number (`chỉ thị 135`, news31: a directive and
a resolution are verbs only before whom they direct or what they resolve), and only a number of two digits or more that no
measure word follows (`công văn 5 trang` counts pages); a contract needs
`số` and a code.

A resolution, decree or decision is also known by the initials of its kind
and its number (`theo [NQ 388]`, twice in news22), which no gazetteer kind
reads: the initials alone are a heading or a code, so only a number right
after them (`số` allowed between) makes them a paper.
"""

from __future__ import annotations

import re

from annotator.nlp.rules.lines import Candidate, Line, keys_of

_NOUN_KINDS = (
    "công văn",
    "công điện",
    "tờ trình",
    "thông tư",
    "nghị định",
    "chỉ thị",
    "nghị quyết",
)
_CONTRACTS = ("hợp đồng",)
_FIRST_SYLLABLES = ("công", "tờ", "thông", "nghị", "hợp", "chỉ")
_IDENTIFIER = re.compile(r"^(?:0[0-9]+|[1-9][0-9]+)$")
_CODE = re.compile(r"^[0-9]+(?:[/\-][\w\-./]+)+$")
# Measure words after a number: it counts, it names no paper.
_MEASURES = frozenset(keys_of("trang bản lần năm tháng ngày điều khoản tỷ triệu nghìn người"))
# Lowercase words that may describe a contract before its number.
_LONGEST_DESCRIPTION = 3
# Initials of a paper's kind: resolution, decree, decision.
_INITIALS = frozenset(("NQ", "NĐ", "QĐ"))


def numbered_papers(line: Line) -> list[Candidate]:
    """DOC candidates of lowercase papers known by their number."""
    found = []
    starts = sorted({i for word in _FIRST_SYLLABLES for i in line.where(word)})
    for i in starts:
        if not line.lower(i):
            continue
        end = max(_bare_number(line, i), _numbered_contract(line, i))
        if end > i:
            found.append(Candidate(i, end, "DOC"))
    return found + _by_initials(line)


def _by_initials(line: Line) -> list[Candidate]:
    """`NQ 388`, `NĐ số 79/CP`: a paper by the initials of its kind and its number."""
    found = []
    for i, surface in enumerate(line.surface):
        if surface not in _INITIALS:
            continue
        j = i + 2 if line.is_(i + 1, "số") else i + 1
        number = line.surface[j] if j < line.n else ""
        if number[:1].isdigit() and line.key(j + 1) not in _MEASURES:
            found.append(Candidate(i, j + 1, "DOC"))
    return found


def _bare_number(line: Line, i: int) -> int:
    """End of `công văn 36` at i, or -1."""
    kind = line.longest(i, _NOUN_KINDS)
    if kind < 0 or kind >= line.n or not _IDENTIFIER.match(line.surface[kind]):
        return -1
    return -1 if line.key(kind + 1) in _MEASURES else kind + 1


def _numbered_contract(line: Line, i: int) -> int:
    """End of `hợp đồng kinh tế số 4191/HĐKT-PID3` at i, or -1."""
    k = line.longest(i, _CONTRACTS)
    if k < 0:
        return -1
    start = k
    while (
        k < line.n and k - start < _LONGEST_DESCRIPTION and line.lower(k) and not line.is_(k, "số")
    ):
        k += 1
    if not line.is_(k, "số") or k + 1 >= line.n:
        return -1
    return k + 2 if _CODE.match(line.surface[k + 1]) else -1
