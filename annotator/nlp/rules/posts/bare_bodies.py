"""A post keeps the bare noun of its body: `[phó tổng giám đốc công ty]`, `[thư ký tòa]`.

A post followed by the plain noun of the body it belongs to, with no name
after the noun, is one ROLE in every gold file (`Chủ tịch Hội`, `Tổng thư
ký hội`, `Bí thư Đảng ủy công ty`, `kế toán trưởng chi nhánh`, `thư ký
tòa`, `người đứng đầu cơ quan`, `trưởng đơn vị`, `bộ trưởng chuyên
ngành`); no gold ROLE stops right before such a noun. The rules stopped at
the post, or found none when the post is a bare head (`trưởng`, `người
đứng đầu`) that needs its body. Blind sets brought it in six of eight sets
(news3, news4, news5, news7, news8, news9), six items still wrong in round 13.
The nouns are a closed class; the noun is bare when punctuation, a
deictic, `chứ`, or a verb or grammar word follows it (`công ty Bình Minh`,
`tòa án tỉnh` are names the body rules read). Before a verb the gold keeps the
noun too: `Bản quyết toán được [giám đốc công ty] duyệt`, `Ngay cả [giám đốc
công ty] làm ăn phát đạt …` (news14; nine of twelve sets at blind time).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.names import is_stop

# Plain nouns of the body a post belongs to.
_NOUNS = (
    "công ty",
    "tổng công ty",
    "tập đoàn",
    "chi nhánh",
    "ngân hàng",
    "hội",
    "hiệp hội",
    "tòa",
    "cơ quan",
    "đơn vị",
    "bệnh viện",
)
# Qualifiers of a post that stay with it whatever follows (`bộ trưởng chuyên ngành được ...`).
_QUALIFIERS = ("chuyên ngành",)
# Heads that are a post only with their body after them.
_BARE_HEADS = ("người đứng đầu", "trưởng", "phó")
_HEAD_FIRST = frozenset(keys_of(h)[0] for h in _BARE_HEADS)
# Words after the noun that leave it bare: deictics and particles.
_AFTER = frozenset(keys_of("này đó ấy nọ chứ mình nữa"))
# Words before a post that make it many posts, of companies in general.
_PLURAL = frozenset(keys_of("những các nhiều mọi"))
# Words before a bare head that make it part of another word or general.
_BEFORE = frozenset(keys_of("những các nhiều tăng thủ bộ đội"))


def posts_with_bare_bodies(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with a post's bare body noun taken into its ROLE."""
    out = []
    ends = {c.end for c in spans}
    for c in spans:
        held = c.label == "ROLE" and line.key(c.start - 1) not in _PLURAL
        noun = _bare_noun(line, c.end, before_verb=held) if c.label == "ROLE" else -1
        out.append(Candidate(c.start, noun, "ROLE") if noun > 0 else c)
    heads = [i for i, key in enumerate(line.keys) if key in _HEAD_FIRST and line.lower(i)]
    if not heads:
        return out
    taken = {k for c in spans for k in range(c.start, c.end)}
    for i in heads:
        head = line.longest(i, _BARE_HEADS)
        if head < 0 or i in taken or i in ends:
            continue
        if line.key(i - 1) in _BEFORE or taken.intersection(range(i, head)):
            continue
        noun = _bare_noun(line, head)
        if noun > 0 and not taken.intersection(range(head, noun)):
            out.append(Candidate(i, noun, "ROLE"))
    return sorted(out, key=lambda c: c.start)


def _bare_noun(line: Line, i: int, *, before_verb: bool = False) -> int:
    """End of a body's plain noun at i with nothing naming it after, or -1; before a
    verb only for a post held by someone (`người đứng đầu cơ quan phải …` is any head)."""
    qualifier = line.longest(i, _QUALIFIERS)
    if qualifier > i:
        return qualifier
    end = line.longest(i, _NOUNS)
    if end < 0:
        return -1
    if end >= line.n or not line.word(end) or line.key(end) in _AFTER:
        return end
    if before_verb and line.lower(end) and is_stop(line, end):
        return end  # "[giám đốc công ty] duyệt", "[Chủ tịch hội] cho biết"
    return -1
