"""ROLE: a deputy's title before their name, or with the province they stand for.

`Đại biểu Nguyễn Văn An` is a deputy's title right before the name (a body
after `đại biểu` is found with the title itself, `250 đại biểu` counts
people). `[đại biểu tỉnh Ninh Bình] Phạm Minh Tuyên` and `[Đại biểu tỉnh Bà
Rịa - Vũng Tàu] này` keep the province inside the post (news2, news13), where
the rules found only the province's LOC; a delegation (`đoàn đại biểu [TP Hà
Nội]`, news22) or a count of deputies is no one's post, and its place no name.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.names import person_run
from annotator.nlp.rules.unit_phrases import unit_place

_DAI = keys_of("đại")[0]
# Province-level units a deputy is elected for (`đại biểu tỉnh Ninh Bình`).
_PROVINCE_UNITS = ("tỉnh", "thành phố", "tp")
# Words before `đại biểu` that make it a delegation or many deputies, no one's post.
_DELEGATION = ("đoàn", "các", "những", "nhiều", "một", "hai", "ba", "số", "vị")


def deputies_named(line: Line) -> list[Candidate]:
    """ROLE candidates of `đại biểu` + a name, and of `đại biểu` + the province it stands for."""
    found = []
    for i in range(line.n - 2):
        if line.keys[i] != _DAI or line.phrase(i, "đại biểu") < 0:
            continue
        seat = _province_seat(line, i + 2)
        if seat > 0:
            if not _delegation_before(line, i):
                found.append(Candidate(i, seat, "ROLE"))
        elif person_run(line, i + 2) > i + 3:
            found.append(Candidate(i, i + 2, "ROLE"))
    return found


def _province_seat(line: Line, k: int) -> int:
    """End of the province at k a deputy stands for (`tỉnh Bà Rịa - Vũng Tàu`), or -1."""
    if line.longest(k, _PROVINCE_UNITS) < 0:
        return -1
    end, _, _ = unit_place(line, k, bare=False)
    return end if end > k + 1 else -1


def _delegation_before(line: Line, i: int) -> bool:
    """`đoàn đại biểu TP Hà Nội`, `3 đại biểu tỉnh`: a delegation or a count of deputies."""
    return line.is_(i - 1, *_DELEGATION) or line.digit(i - 1)
