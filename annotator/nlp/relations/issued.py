"""ISSUED_BY: a document and the body that issued it, named next to each other.

`[Chỉ thị số 01-CT/TW] của [Bộ Chính trị]`, `[Nghị quyết …] do [Quốc hội] …`
(the body after `của`/`do`, a list of documents sharing it: `[A], [B] và [C]
của [Bộ]`), or `[UBTVQH] vừa ban hành [nghị quyết …]` (the body before a verb
of issuing, after tense words and a vote: `[Quốc hội] đã biểu quyết thông
qua [A] và [B]`, the vote marked as an event or not; a bill or draft voted
on is not the voter's: news4, news12, news13), or the passive `[quy hoạch …]
được [Chính phủ] phê duyệt` (the body between `được` and a verb of issuing).
A law takes none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.relations.layout import LabelledRange

# Between a document and its issuer, and between an issuer and its document.
_DOC_ISSUER = re.compile(r"^\s*(?:của|do)\s*$")
# `[UBTVQH] vừa ra [nghị quyết …]`, `[Đại hội đồng LHQ] bỏ phiếu thông qua [nghị quyết …]`
# (news4, news12, news13): tense words, a vote, then a verb of issuing right before the document.
_ISSUER_DOC = re.compile(
    r"^\s*(?:(?:đã|vừa|sẽ|cũng|mới|chính thức)\s+)*(?:(?:biểu quyết|bỏ phiếu)\s+)?"
    r"(?:ban hành|có|ra|thông qua)\s*(?:(?:các|một|bản)\s+)?$"
)
# `[Đề án …] đã được [Bộ] phê duyệt`: the passive, the issuer between `được` and the verb;
# `được [Ban cán sự] chỉ đạo tổng kết` (dev) names no issuer.
_PASSIVE_GAP = re.compile(r"^\s*(?:(?:đã|vừa|mới|cũng)\s+)*được\s*$")
_PASSIVE_VERB = re.compile(
    r"\s*(?:(?:chính thức|vừa|mới)\s+)?(?:ban hành|phê duyệt|phê chuẩn|thông qua|ký)\b"
)
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
        if labels[k] != "DOC" or _LAW.match(text, spans[i][0]):
            continue  # "QH đã thông qua [Luật nhà ở]": a law names no issuer in the gold
        j = k + 1
        while j < len(members) and labels[j] == "DOC":
            if not _DOC_LIST.match(gap(members[j - 1], members[j])):
                break
            j += 1
        j = _past_its_date(text, spans, members, j)
        if (
            j < len(members)
            and labels[j] == "ORG"
            and _DOC_ISSUER.match(gap(members[j - 1], members[j]))
        ):
            out.append((i, members[j]))
        passive = _passive_issuer(text, spans, members, k)
        if passive is not None:
            out.append((i, passive))
        issuer = _issuer_before(text, spans, members, k)
        if issuer is not None:
            out.append((i, issuer))
            out += [(d, issuer) for d in _listed_after(text, spans, members, k)]
    return out


# A law is linked to no body: of some 200 `Luật …` documents in nineteen gold files none has
# an ISSUED_BY, neither to the parliament that passes it (`QH đã thông qua [Luật nhà ở]`,
# news16) nor to the committee after `của` that brings it (news20).
_LAW = re.compile(r"(?:bộ\s+)?luật\b", re.IGNORECASE)
# A bill or draft is the drafters', not the issuer's who votes on it (news8, news13).
_DRAFT = re.compile(r"(?:dự luật|dự án|dự thảo)\b", re.IGNORECASE)


# The document's own date right after it, before `của`: `[quyết định số 185] [ngày
# 30-12-1999] của [UBND tỉnh Lâm Đồng]` (news27); a bare space or `ban hành` between.
_OWN_DATE_GAP = re.compile(r"^\s*(?:(?:ban hành|ký)\s+)?$")


def _past_its_date(text: str, spans: Sequence[LabelledRange], members: list[int], j: int) -> int:
    """Past the date that follows the document (at `j`), when one does; else `j`."""
    if j >= len(members) or j == 0 or spans[members[j]][2] != "DATE":
        return j
    gap = text[spans[members[j - 1]][1] : spans[members[j]][0]]
    return j + 1 if _OWN_DATE_GAP.match(gap) else j


def _issuer_before(
    text: str, spans: Sequence[LabelledRange], members: list[int], k: int
) -> int | None:
    """The body right before the document's verb of issuing, the vote itself marked as an
    event or not (`[Quốc hội] đã [biểu quyết] thông qua [Nghị quyết …]`)."""
    if _DRAFT.match(text, spans[members[k]][0]):
        return None
    j = k - 1
    while j >= 0 and spans[members[j]][2] == "EVENT":
        j -= 1
    if j < 0 or spans[members[j]][2] != "ORG":
        return None
    between = text[spans[members[j]][1] : spans[members[k]][0]]
    return members[j] if _ISSUER_DOC.match(between) else None


def _passive_issuer(
    text: str, spans: Sequence[LabelledRange], members: list[int], k: int
) -> int | None:
    """The body of `[văn bản] được [cơ quan] ban hành`, right after the document."""
    if k + 1 >= len(members) or _DRAFT.match(text, spans[members[k]][0]):
        return None
    doc, body = spans[members[k]], spans[members[k + 1]]
    if body[2] != "ORG" or not _PASSIVE_GAP.match(text[doc[1] : body[0]]):
        return None
    return members[k + 1] if _PASSIVE_VERB.match(text, body[1]) else None


def _listed_after(
    text: str, spans: Sequence[LabelledRange], members: list[int], k: int
) -> list[int]:
    """The documents listed right after the one at `k`: `[A] và [B]`, `[A], [B]`."""
    out = []
    for j in range(k + 1, len(members)):
        if spans[members[j]][2] != "DOC":
            break
        if not _DOC_LIST.match(text[spans[members[j - 1]][1] : spans[members[j]][0]]):
            break
        out.append(members[j])
    return out
