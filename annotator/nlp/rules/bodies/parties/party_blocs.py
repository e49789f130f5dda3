"""A party committee of a bloc: `Đảng bộ khối cơ quan Nội chính T.Ư`.

The party organises the bodies of one kind (state offices, firms, the
ministries of a field) as a bloc (`khối`), whose committee is named by the
bloc: `Đảng bộ khối`, optionally `các`, the kind (`cơ quan`, `doanh nghiệp`) and
the bloc's name in capitals (news8 `[Đảng bộ khối cơ quan Dân vận T.Ư]`, news22
`[Ban Chấp hành Đảng bộ Khối Đối ngoại]`). What follows the name (`Trung ương`,
a place) attaches as to any body. The bloc of the city's government is named by
its kind and place (`[Đảng ủy khối chính quyền TPHCM]`), and a bloc named by a field in
lowercase ends at `Trung ương` (`[Đảng ủy khối cơ quan kinh tế Trung ương]`); blind,
both were cut to `Đảng ủy khối` (news26, three times with news8's `Đảng bộ`).
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.lowercase import title_case_words
from annotator.nlp.rules.lines import Line
from annotator.nlp.rules.names import place_at

_COMMITTEES = ("Đảng bộ", "Đảng ủy")
_KINDS = ("cơ quan", "doanh nghiệp", "chính quyền")
# Lowercase words of a field a bloc may be named by before `Trung ương`.
_MAX_FIELD = 3
# `Trung ương` abbreviated after the bloc's name (`Nội chính T.Ư`).
_CENTRAL = ("TƯ", "T.Ư", "TW")


def bloc_name(line: Line, i: int) -> int:
    """End of `khối` + the bloc's kind and name at i after a party committee, or -1;
    also from the kind, when the body found first was `Đảng ủy khối` itself."""
    if line.is_(i - 1, "khối") and line.ending(i - 1, _COMMITTEES):
        i -= 1
    if not line.is_(i, "khối") or not line.ending(i, _COMMITTEES):
        return -1
    j = i + 1
    if line.is_(j, "các"):
        j += 1
    kind = line.longest(j, _KINDS)
    named = title_case_words(line, max(j, kind))
    if named > max(j, kind):
        return named + 1 if line.is_(named, *_CENTRAL) else named
    central = _central_field(line, kind)
    if central > 0:
        return central
    if kind > 0 and line.phrase(j, "chính quyền") == kind and place_at(line, kind) > kind:
        return place_at(line, kind)  # "khối chính quyền TPHCM": the bloc of a city's government
    # "khối Doanh nghiệp", "khối các cơ quan tỉnh X": the kind names the bloc of its level
    level = line.phrase(kind, "Trung ương") > 0 or line.match(kind, "place_units") > kind
    return kind if kind > 0 and (line.cap(j) or level) else -1


def _central_field(line: Line, kind: int) -> int:
    """End of `kinh tế Trung ương` after the bloc's kind: a field in lowercase and then
    `Trung ương` or its short form; -1 without a field or without the centre."""
    if kind < 0:
        return -1
    for k in range(kind + 1, kind + _MAX_FIELD + 1):
        if not line.lower(k - 1):
            return -1
        central = line.phrase(k, "Trung ương")
        if central > 0:
            return central
        if line.is_(k, *_CENTRAL):
            return k + 1
    return -1
