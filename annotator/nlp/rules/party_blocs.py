"""A party committee of a bloc: `Đảng bộ khối cơ quan Nội chính T.Ư`.

The party organises the bodies of one kind (state offices, firms, the
ministries of a field) as a bloc (`khối`), whose committee is named by the
bloc: `Đảng bộ khối`, optionally `các`, the kind (`cơ quan`, `doanh nghiệp`) and
the bloc's name in capitals (news8 `[Đảng bộ khối cơ quan Dân vận T.Ư]`, news22
`[Ban Chấp hành Đảng bộ Khối Đối ngoại]`). What follows the name (`Trung ương`,
a place) attaches as to any body.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Line
from annotator.nlp.rules.lowercase import title_case_words

_COMMITTEES = ("Đảng bộ", "Đảng ủy")
_KINDS = ("cơ quan", "doanh nghiệp")
# `Trung ương` abbreviated after the bloc's name (`Nội chính T.Ư`).
_CENTRAL = ("TƯ", "T.Ư", "TW")


def bloc_name(line: Line, i: int) -> int:
    """End of `khối` + the bloc's kind and name at i after a party committee, or -1."""
    if not line.is_(i, "khối") or not line.ending(i, _COMMITTEES):
        return -1
    j = i + 1
    if line.is_(j, "các"):
        j += 1
    kind = line.longest(j, _KINDS)
    named = title_case_words(line, max(j, kind))
    if named > max(j, kind):
        return named + 1 if line.is_(named, *_CENTRAL) else named
    # "khối Doanh nghiệp", "khối các cơ quan tỉnh X": the kind names the bloc of its level
    level = line.phrase(kind, "Trung ương") > 0 or line.match(kind, "place_units") > kind
    return kind if kind > 0 and (line.cap(j) or level) else -1
