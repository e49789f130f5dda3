"""HOLDS within one sentence: the posts written before a name, after it, and apart from it.

A run of posts right before a name is his (`[Phó Bí thư] [Chủ tịch UBND
tỉnh] [X]`); so are the posts listed after his name, past a bracketed aside
with no post in it, through the bodies and places of those posts (`X,
[Bí thư Tỉnh ủy], [Chủ tịch HĐND tỉnh]`), unless an earlier name took them.
Posts apart from the name come from `holds.py` (an opening clause of
holding, a nationality between, a shared or appointed post, a counted post's
members, the names listed after one post's first name; `owners.py`: a post named as
someone's, then its holder after `là`; `appositions.py`: a post no one holds yet, a
comma, then its holder's name); a post someone is
only proposed for is dropped (`proposals.py`). Each pair carries the
pattern that found it, whose measured precision is the suggestion's
confidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.relations.appositions import posts_named_after
from annotator.nlp.relations.holds import (
    appointed_post,
    clause_posts,
    counted_post_members,
    listed_under_post,
    opening_posts,
    post_of_nationality,
    shared_post,
)
from annotator.nlp.relations.layout import LabelledRange
from annotator.nlp.relations.owners import post_of_owner
from annotator.nlp.relations.posts import LATER_POST, ROLE_AFTER, ROLE_BEFORE, ROLE_LIST
from annotator.nlp.relations.proposals import proposed_post

# (person, post, pattern) of one HOLDS pair.
Held = tuple[int, int, str]

# A bracketed aside right after a name: birth year, alias, age.
_ASIDE = re.compile(r"\s*\([^()\n]{0,60}\)")
# A birth year opening the aside or the commas his posts follow: "X (sinh [1956], nguyên là
# [luật sư …]", "X, sinh [1973], [kế toán trưởng]" (news2, news27).
_BORN = re.compile(r"\s*[,(]\s*(?:sinh|SN)(?:\s+năm)?\s*$", re.IGNORECASE)


def _gap(text: str, spans: Sequence[LabelledRange], a: int, b: int) -> str:
    return text[spans[a][1] : spans[b][0]]


def held_posts(text: str, spans: Sequence[LabelledRange], members: list[int]) -> list[Held]:
    """(person, post, pattern) for the posts each person of one sentence holds."""
    labels = [spans[i][2] for i in members]
    out, owned = _posts_before(text, spans, members, labels)
    out += _held_apart(text, spans, members) + _posts_after(text, spans, members, labels, owned)
    held = {post for _, post, _ in out}
    out += [(p, r, "HOLDS") for p, r in posts_named_after(text, spans, members, held)]
    return [h for h in out if not proposed_post(text, spans[h[0]], spans[h[1]])]


def _posts_before(
    text: str, spans: Sequence[LabelledRange], members: list[int], labels: list[str]
) -> tuple[list[Held], set[int]]:
    """HOLDS for the ROLEs right before each PER (a run of them listed back to back), and
    which members they were, so no later PER takes them after its name."""
    out = []
    owned: set[int] = set()
    for k, i in enumerate(members):
        if labels[k] != "PER":
            continue
        j = k - 1
        if j >= 0 and labels[j] == "ROLE" and ROLE_BEFORE.match(_gap(text, spans, members[j], i)):
            owned.add(j)
            out.append((i, members[j], "HOLDS"))
            while j > 0 and labels[j - 1] == "ROLE":
                between = _gap(text, spans, members[j - 1], members[j])
                if between.strip() and not ROLE_LIST.match(between) or ";" in between:
                    break  # "[Phát ngôn viên BQP Nga] [Tướng] X": both are his
                j -= 1
                owned.add(j)
                out.append((i, members[j], "HOLDS"))
    return out, owned


def _posts_after(
    text: str,
    spans: Sequence[LabelledRange],
    members: list[int],
    labels: list[str],
    owned: set[int],
) -> list[Held]:
    """HOLDS_AFTER for the ROLEs listed after each PER's name (past a bracketed aside with
    no post in it), through the ORGs and LOCs of those posts; never one already `owned`."""
    out = []
    for k, i in enumerate(members):
        if labels[k] != "PER":
            continue
        j, gap_ok, previous_end = k + 1, ROLE_AFTER, spans[i][1]
        aside = _ASIDE.match(text, previous_end)
        inside = [m for m in members[j:] if spans[m][0] < (aside.end() if aside else 0)]
        if aside and not any(spans[m][2] == "ROLE" for m in inside):
            previous_end = aside.end()
            while j < len(members) and spans[members[j]][0] < previous_end:
                j += 1
        elif j < len(members) and labels[j] == "DATE":
            j, previous_end = _past_birth_year(text, spans, members, j, previous_end)
        while j < len(members) and labels[j] in ("ROLE", "ORG", "LOC"):
            gap = text[previous_end : spans[members[j]][0]]
            previous_end = spans[members[j]][1]
            later_post = gap_ok is ROLE_LIST and labels[j] == "ROLE" and LATER_POST.match(gap)
            if not (gap_ok.match(gap) or later_post) or j in owned:
                break
            if labels[j] == "ROLE":
                out.append((i, members[j], "HOLDS_AFTER"))
            gap_ok = ROLE_LIST
            j += 1
    return out


def _past_birth_year(
    text: str, spans: Sequence[LabelledRange], members: list[int], j: int, end: int
) -> tuple[int, int]:
    """Past a birth year right after the name (`, sinh [1973]`), else where it was."""
    date = spans[members[j]]
    return (j + 1, date[1]) if _BORN.fullmatch(text, end, date[0]) else (j, end)


def _held_apart(text: str, spans: Sequence[LabelledRange], members: list[int]) -> list[Held]:
    """Posts of an opening clause of holding, a post before a nationality, a post given
    to a list of names or by an appointment, and a counted post's listed members."""
    out = []
    for i in members:
        if spans[i][2] != "PER":
            continue
        posts = clause_posts(text, spans, members, i) + opening_posts(text, spans, members, i)
        one_post = [post_of_nationality(text, spans, members, i)]
        one_post.append(shared_post(text, spans, members, i))
        one_post.append(appointed_post(text, spans, members, i))
        one_post.append(post_of_owner(text, spans, members, i))  # "[Luật sư] của A là [B]"
        posts += [p for p in one_post if p is not None]
        out += [(i, p, "HOLDS_AFTER") for p in posts]
    for post in (m for m in members if spans[m][2] == "ROLE"):
        listed = counted_post_members(text, spans, members, post)
        listed += listed_under_post(text, spans, members, post)
        out += [(p, post, "HOLDS_AFTER") for p in dict.fromkeys(listed)]
    return out
