"""ORG names: a body with everything attached to it (place, term, parent body).

The core name is found in `bodies/extents/cores.py`; the single attachments are in
`bodies/extents/attachments.py`.

Titles (`rules/bodies/candidates.py`) and events and documents use `org` to find where a
body named after them ends.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.body_phrases import acronym_aside, topic
from annotator.nlp.rules.bodies.committees.steering import steering_remit
from annotator.nlp.rules.bodies.extents.attachments import (
    OUTLETS,
    assembly_owner,
    command_region,
    counted_places,
    ends_in_place,
    meeting_of,
    own_acronym,
    place_of_committee,
    region_served,
    term,
    unit_name,
)
from annotator.nlp.rules.bodies.extents.branches import branch_name
from annotator.nlp.rules.bodies.extents.cores import org_core
from annotator.nlp.rules.bodies.extents.counted_numbers import counts_things, counts_time
from annotator.nlp.rules.bodies.extents.names import english_tail
from annotator.nlp.rules.bodies.justice.trial_panels import trial_instance
from annotator.nlp.rules.bodies.parties.party_blocs import bloc_name
from annotator.nlp.rules.events.meetings.inquiries import remit_end
from annotator.nlp.rules.foreign import ambiguous_country
from annotator.nlp.rules.lines import Line
from annotator.nlp.rules.names import name_after, person_run
from annotator.nlp.rules.places.district_numbers import numbered_district
from annotator.nlp.rules.places.double_provinces import comma_province
from annotator.nlp.rules.places.listed import place_at
from annotator.nlp.rules.sections import person_next
from annotator.nlp.rules.unit_phrases import level_suffix, unit_place

__all__ = ["extension", "org", "org_core", "term"]


def extension(line: Line, i: int, *, role: bool) -> int:
    """One step of what may follow a body: another body, a place, a term."""
    steps = [
        _core_not_person(line, i),
        line.match(i, "bodies"),
        unit_place(line, i, bare=True)[0],
        place_at(line, i),
        comma_province(line, i),
        trial_instance(line, i),
        branch_name(line, i),
        bloc_name(line, i),
        term(line, i),
        line.phrase(i, "Trung ương Đảng"),
        line.phrase(i, "Trung ương"),
        line.phrase(i, "tối cao"),
        line.phrase(i, "quốc gia"),
        unit_name(line, i),
        meeting_of(line, i),
        region_served(line, i),
        counted_places(line, i),
        numbered_district(line, i),
    ]
    if role:
        steps.append(level_suffix(line, i))
        if line.is_(i, "của"):
            steps.append(org(line, i + 1, loose=True, role=True))
    return max(steps)


def org(line: Line, i: int, *, loose: bool, role: bool = False) -> int:
    """End of a body with everything attached to it (place, term, parent), or -1."""
    return line.remembered(("org", i, loose, role), lambda: _org(line, i, loose=loose, role=role))


def _core_not_person(line: Line, i: int, *, loose: bool = False) -> int:
    """`org_core` at i, unless it is a person's full name (`Đoàn Văn Dân`): then -1."""
    end = org_core(line, i, loose=loose)
    if end < 0 or (end >= i + 3 and person_next(line, i) and person_run(line, i) == end):
        return -1  # "Đoàn Anh Tuấn": a family name that is also an org head
    return end


def _org(line: Line, i: int, *, loose: bool, role: bool) -> int:
    end = _core_not_person(line, i, loose=loose)
    if end < 0:
        return -1
    for _ in range(8):
        step = extension(line, end, role=role)
        aside = acronym_aside(line, end)
        if step <= end and aside > end:
            step = extension(line, aside, role=role)
        if step <= end:
            break
        end = step
    if end - 1 > i and (counts_time(line, end - 1) or counts_things(line, end - 1)):
        end -= 1  # "Điện Kremlin | 2 nhiệm kỳ", "Sở | 2 xe": the number counts
    end = _parent_across_dash(line, i, end)
    if line.phrase(i, "Ban Chỉ đạo") > 0 and topic(line, end) > end:
        # "Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Bắc Ninh"
        end = topic(line, end)
        end = max(end, unit_place(line, end, bare=False)[0], place_at(line, end))
    end = remit_end(line, i, command_region(line, i, steering_remit(line, i, end)))
    end = assembly_owner(line, i, end)  # after an ad hoc committee's remit
    tail = max(name_after(line, end, 3), place_of_committee(line, end))
    country = ambiguous_country(line, end)
    if country > end and line.foreign(country):
        tail = country  # "Bộ Ngoại giao Anh | Nigel Adams": the state, then its minister
    abroad = line.foreign(end) and place_of_committee(line, end) > 0
    cut_word = tail == end + 1 and line.lower(tail) and not abroad
    # "Hạ viện Mỹ Dennis Hastert": a foreign name after a body is a person's.
    person = (line.foreign(end) or ends_in_place(line, i, end)) and not abroad
    if tail > end and not cut_word and not person and line.match(end, "titles", "org_heads") < 0:
        end = tail
    return own_acronym(line, english_tail(line, end), outlet=line.is_(i, *OUTLETS))


# Units that a dash ties to the ministry or police they belong to.
_UNITS = ("cơ quan", "cục", "phòng", "vụ", "trại", "đội")
_PARENTS = ("bộ", "công an", "tổng cục")


def _parent_across_dash(line: Line, i: int, end: int) -> int:
    """`Cơ quan Cảnh sát điều tra - Bộ Công an`, `Cục An ninh điều tra-Bộ Công an`: an
    investigating body or a department and, after a dash (spaced or glued), the ministry or
    police it belongs to are one body; other dashes join lists (`HĐND-UBND`)."""
    dash = line.surface[end : end + 1] in (["-"], ["–"]) and line.gap(end) == line.gap(end + 1)
    unit = line.longest(i, _UNITS) > i and line.cap(i)
    if not dash or not unit or not line.longest(end + 1, _PARENTS) > 0:
        return end
    return max(end, org(line, end + 1, loose=False))
