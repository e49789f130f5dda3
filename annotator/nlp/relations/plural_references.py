"""Several people named again together by a plural word in a later sentence of their line.

A report names a group, then tells what the group does or undergoes without naming
anyone: `Tổng thống [A] và phu nhân [B] tới … Họ được … [chào đón]`, `Đó là ông [A] …;
ông [B] … và ông [C] … Cuối năm, … [kỷ luật cảnh cáo] đối với các cán bộ này`. The gold
links each person of the group, by his own PER span of the earlier sentence, to the event
(news23, news25, news26: seven links missed given gold spans; news23's two, a `họ` after
its event and a comma, are still left).

Linked: `họ` and a plural noun of people with a demonstrative (`các cán bộ này`,
`những bị cáo nói trên`), standing for every person (each name once, his last mention)
of the nearest earlier sentence of the line that names anyone, at most two sentences
back, when that sentence names two people or more.

Refused, no link rather than a wrong one: an earlier sentence naming one person (a plural
cannot stand for him); `họ` as a family name or in kinship words (`họ Nguyễn`, `dòng
họ`, `anh họ`, `họ hàng`, `họ tên`); a plural noun without a demonstrative (`các cán
bộ` in general); a count (`Hai ông chứng kiến [lễ ký]`, `Hai bị can này bị [khởi tố]`):
news2's gold, the one set where counts stand for a group, links neither. The caller (`references.py`) applies the singular
pronoun's refusals as well: a name or span right after it, a person named before it in
its own sentence, another line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from annotator.nlp.relations.layout import LabelledRange, Layout

_PEOPLE_NOUN = r"(?:ông|bà|bị cáo|bị can|cán bộ|người|đối tượng|vị|quan chức|lãnh đạo|nhà lãnh đạo)"
_DEMONSTRATIVE = r"(?:này|nói trên|trên|đó|ấy)"
_PLURAL = re.compile(
    rf"\b(?:(?P<they>[Hh]ọ)|(?:[Cc]ác|[Nn]hững)\s+{_PEOPLE_NOUN}\s+{_DEMONSTRATIVE})\b"
)
# `họ` as a family name or a kinship word, not the pronoun.
_KIN_BEFORE = re.compile(r"\b(?:dòng|anh|chị|em|cô|chú|bác|cùng|mang|đổi|tên)\s+$", re.IGNORECASE)
_KIN_AFTER = re.compile(r"^\s+(?:hàng|tên|và tên|đạo|nội|ngoại)\b")
_SENTENCES_BACK = 2
_REACH = 400


def plural_words(text: str, start: int, stop: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each plural word for people in [start, stop)."""
    for m in _PLURAL.finditer(text, start, stop):
        if m.group("they") and (
            _KIN_BEFORE.search(text, max(0, m.start() - 8), m.start())
            or _KIN_AFTER.match(text[m.end() : m.end() + 12])
        ):
            continue
        yield m.start(), m.end()


def group_antecedent(
    text: str,
    spans: Sequence[LabelledRange],
    layout: Layout,
    sentence: Sequence[int],
    at: int,
) -> tuple[int, ...]:
    """Every person (last mention of each name) of the nearest earlier sentence of the line
    that names anyone, when it names two or more; else none."""
    own = sentence[at]
    people = [
        i
        for i in layout.between(max(layout.line_start(at), at - _REACH), at)
        if spans[i][2] == "PER" and own - _SENTENCES_BACK <= sentence[spans[i][0]] < own
    ]
    if not people:
        return ()
    last = sentence[spans[people[-1]][0]]
    by_name: dict[str, int] = {}
    for i in (i for i in people if sentence[spans[i][0]] == last):
        by_name[_given_name(text[spans[i][0] : spans[i][1]])] = i
    group = tuple(sorted(by_name.values(), key=lambda i: spans[i][0]))
    return group if len(group) >= 2 else ()


def _given_name(name: str) -> str:
    """The last syllable: `Nguyễn Văn Tiến` and `Tiến` are one person."""
    return name.split()[-1].casefold() if name.split() else name
