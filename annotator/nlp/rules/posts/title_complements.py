"""The body, place or level a title belongs to: `Bộ trưởng | Tư pháp`, `Chủ tịch | UBND
tỉnh X`, `Phó ban | đền bù giải tỏa`. Where the title itself starts and ends is decided
in `roles`; where a body's name ends, in `orgs`.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.lowercase import AMOUNTS
from annotator.nlp.rules.bodies.orgs import extension, org, term
from annotator.nlp.rules.foreign import ambiguous_country
from annotator.nlp.rules.lines import Line
from annotator.nlp.rules.names import person_run
from annotator.nlp.rules.places.listed import place_at
from annotator.nlp.rules.sections import (
    command_force,
    lower_section_name,
    own_unit,
    person_next,
    section,
)
from annotator.nlp.rules.unit_phrases import level_suffix, unit_place


def complement(line: Line, i: int) -> int:
    """End of the body, place or level that belongs to a title at i, or -1."""
    if line.digit(i) and line.is_(i + 1, *AMOUNTS):
        return -1  # "Chủ tịch Hội đồng quản trị | 5 triệu"
    options = [
        org(line, i, loose=True, role=True),
        unit_place(line, i, bare=True)[0],
        place_at(line, i),
        level_suffix(line, i),
        line.phrase(i, "Trung ương Đảng"),
        line.phrase(i, "Trung ương"),
        term(line, i),
        ambiguous_country(line, i),
    ]
    if line.is_(i, "của", "các"):
        options.append(org(line, i + 1, loose=True, role=True))
    central = line.phrase(i, "Trung ương")
    if central > 0 and line.cap(central):
        options.append(org(line, central, loose=False))  # "Trung ương Hội Khuyến học Việt Nam"
    options.extend((section(line, i), own_unit(line, i), _lower_section(line, i)))
    options.append(command_force(line, i))  # "chỉ huy | lực lượng đặc nhiệm"
    best = max(options)
    field = line.match(i, "sectors")
    if field > max(best, i) and _takes_field(line, i):
        best = field
        for _ in range(4):
            step = extension(line, best, role=True)
            if step <= best:
                break
            best = step
    if best > i:
        follow = max(term(line, best), level_suffix(line, best))
        if line.is_(best, "của"):
            # "chỉ huy sư đoàn dù số 7 của Nga": the state the body belongs to, too
            state = place_at(line, best + 1) if line.cap(best + 1) else -1
            follow = max(follow, org(line, best + 1, loose=True, role=True), state)
        best = max(best, follow)
    return best


def shared_head(line: Line, end: int) -> int:
    """`Phó ban chỉ huy quân sự phường X`: the title's last word starts its body's name."""
    if not line.is_(end - 1, "ban", "phòng", "khoa") or line.cap(end - 1):
        return -1
    body = org(line, end - 1, loose=False)
    return body if body > end else -1


def _lower_section(line: Line, i: int) -> int:
    """`Phó ban đền bù giải tỏa`, `Trưởng phòng quản lý xuất nhập khẩu`: a section named in lowercase.

    The lowercase name counts only where a title's body would end
    (punctuation, `của`, a place or a body), so `Trưởng ban cho biết` stays a
    bare title; the section's place or parent body joins it.
    """
    end = lower_section_name(line, i)
    if end < 0:
        return -1
    after = max(
        org(line, end, loose=False), place_at(line, end), unit_place(line, end, bare=True)[0]
    )
    if after > end:
        return after  # "... huyện Cao Lộc", "... XNK Bộ Thương mại"
    # "Trưởng ban dân nguyện | Lê Quang Bình": the holder's name ends the section too
    named = person_run(line, end) > end + 1 and person_next(line, end)
    return end if line.is_(end, "của") or not line.word(end) or named else -1


def _takes_field(line: Line, i: int) -> bool:
    """`Trưởng phòng Nội vụ`, `Bộ trưởng Tư pháp`: a head-of title before a field."""
    return line.match(i - 1, "org_heads") == i or line.is_(i - 1, "trưởng")
