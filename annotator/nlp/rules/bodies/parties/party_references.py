"""ORG: a capitalised `Đảng` that points at a party spoken of is no ORG.

Bare `Đảng` names the Communist Party in Vietnamese news and the rules mark
it; a foreign report capitalises the word at the head of a sentence for
whatever party it speaks of: `[Đảng] này tránh được lệnh cấm` and `Đảng cầm
quyền Dân chủ Quốc gia` (news30), `Đảng cầm quyền theo đường lối bảo thủ`
(news31), `Đảng của ông này` (news22). The gold leaves `đảng cầm quyền` and
`đảng này` unmarked (round 9b), and a party by its owner alike; the word is a
party by kind there, and only a named one is an ORG.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

# "Đảng này", "Đảng cầm quyền", "Đảng đối lập": the party pointed at or described.
_POINTERS = ("này", "đó", "cầm quyền", "đối lập")
# "Đảng của ông này": the party of a person spoken of.
_OWNERS = ("ông", "bà")


def drop_party_references(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans without a bare ORG `Đảng` that points at a party spoken of."""
    return [c for c in spans if not _reference(line, c)]


def _reference(line: Line, c: Candidate) -> bool:
    """A one-word ORG `Đảng` before `này`, `cầm quyền` or `của ông`."""
    if c.label != "ORG" or c.end != c.start + 1 or not line.is_(c.start, "đảng"):
        return False
    owned = line.is_(c.end, "của") and line.is_(c.end + 1, *_OWNERS)
    return owned or line.longest(c.end, _POINTERS) > c.end
