"""ISSUED_BY: a document and the body that issued it, named next to each other.

`[Chỉ thị số 01-CT/TW] của [Bộ Chính trị]`, `[Nghị quyết …] do [Quốc hội] …`
(the body after `của`/`do`, a list of documents sharing it: `[A], [B] và [C]
của [Bộ]`), or `[UBTVQH] vừa ban hành [nghị quyết …]` (the body before a verb
of issuing).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

LabelledRange = tuple[int, int, str]

# Between a document and its issuer, and between an issuer and its document.
_DOC_ISSUER = re.compile(r"^\s*(?:của|do)\s*$")
_ISSUER_DOC = re.compile(r"^\s*(?:ban hành|đã ban hành|đã có|có|vừa ban hành|ra)\s*$")
_DOC_LIST = re.compile(r"^\s*(?:,|;|\bvà\b)\s*$")


def issued_pairs(
    text: str, spans: Sequence[LabelledRange], members: list[int]
) -> list[tuple[int, int]]:
    """(document, issuer) index pairs of one sentence."""
    out = []
    labels = [spans[i][2] for i in members]

    def gap(a: int, b: int) -> str:
        return text[spans[a][1] : spans[b][0]]

    for k, i in enumerate(members):
        if labels[k] != "DOC":
            continue
        j = k + 1
        while j < len(members) and labels[j] == "DOC":
            if not _DOC_LIST.match(gap(members[j - 1], members[j])):
                break
            j += 1
        if (
            j < len(members)
            and labels[j] == "ORG"
            and _DOC_ISSUER.match(gap(members[j - 1], members[j]))
        ):
            out.append((i, members[j]))
        if k > 0 and labels[k - 1] == "ORG" and _ISSUER_DOC.match(gap(members[k - 1], i)):
            out.append((i, members[k - 1]))
    return out
