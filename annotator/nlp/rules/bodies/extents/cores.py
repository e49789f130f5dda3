"""ORG names: where a body's core name ends, from its head word or a listed name.

`bodies/orgs.py` grows the core with what attaches to it (place, term, parent body).
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.extents.names import field_name, title_cased_on, whole_field
from annotator.nlp.rules.bodies.lowercase import (
    AMOUNTS,
    DESCRIBED,
    described,
    joined_part,
    joins_names,
    lower_fields,
    lower_run,
    lowercase_body,
    lowercase_name,
    title_case_words,
)
from annotator.nlp.rules.foreign import foreign_press
from annotator.nlp.rules.lines import Line, keys_of
from annotator.nlp.rules.names import is_surname, name_after, person_run
from annotator.nlp.rules.places.listed import place_at
from annotator.nlp.rules.sections import unit_number


def org_core(line: Line, i: int, *, loose: bool) -> int:
    """End of an organisation's name at i without its place, or -1.

    `loose` is used after a title, where heads and names may be lowercase.
    """
    if not (line.cap(i) or (loose and line.word(i))):
        return lowercase_body(line, i)
    if foreign_press(line, i) > 0:
        return -1  # "Đài | CNN": the outlet is its name alone
    if i > 0 and line.lower(i - 1) and line.match(i - 1, "place_units") == i:
        return -1  # "phường Đoàn Kết": a name after a unit noun is the place's
    best = line.match(i, "media", "bodies")
    if best > i:
        return _listed_body_end(line, i, best)
    for head in line.match_all(i, "org_heads"):
        if _no_name_after(line, i, head):
            continue
        described_head = line.cap(i) and line.key(i) in DESCRIBED
        if line.match(head, "sectors") > head:
            field = field_name(line, i, head, loose=loose)
            best = max(best, lower_fields(line, field) if described_head and field > 0 else field)
        elif loose and _holder_after(line, head, person_run(line, head)):
            best = max(best, head)  # "Tổng Giám đốc Tổng Công ty | Nguyễn Hữu Bằng"
        else:
            best = max(best, _head_name(line, i, head, loose=loose))
    return best


def _listed_body_end(line: Line, i: int, best: int) -> int:
    """End of a listed body or outlet ending at best, with its number, field or title-cased
    rest; an outlet's section is no more of its name."""
    listed = line.match(i, "bodies") == best
    best = max(best, _company_number(line, best) if listed else -1, _ministry_field(line, best))
    best = whole_field(line, i + 1, best) if listed else best  # "Ủy ban Kinh tế | – Ngân sách"
    return max(unit_number(line, best), title_cased_on(line, best) if listed else -1)


def _head_name(line: Line, i: int, head: int, *, loose: bool) -> int:
    """End of the name after an organisation's head word ending at head, or -1."""
    described_head = line.cap(i) and line.key(i) in DESCRIBED
    name = name_after(line, head, 5)
    if (
        name == head + 1
        and line.lower(name)
        and not line.surface[head].isupper()
        and not line.foreign(head)
        and not (place_at(line, head) > head and line.phrase(i, "lực lượng") == head)
    ):
        # A capitalised word cut short ("Viện Khoa" of "Viện Khoa học"):
        # the name goes on in lowercase, or it is not a name at all.
        rest = lower_run(line, name, 6)
        name = title_case_words(line, rest) if rest > name else -1
    name = _second_part(line, head, whole_field(line, head, name))
    if loose:
        name = max(name, lowercase_name(line, head))
    elif line.cap(i) and line.key(i) in DESCRIBED and not line.is_(i - 1, "các"):
        name = max(name, described(line, head))
    if name > head and described_head:
        name = lower_fields(line, name)  # "Viện nghiên cứu xã hội, kinh tế và môi trường"
    if name > head and line.digit(name) and line.surface[name].isdigit():
        name += 0 if line.is_(name + 1, *AMOUNTS) else 1  # not "quản trị | 5 triệu"
    elif name < 0 and line.surface[head : head + 1] and line.surface[head].isdigit():
        name = head + 1
    elif name < 0 and line.match(head, "place_units") > head:
        name = head
    return name


def _no_name_after(line: Line, i: int, head: int) -> bool:
    """A head at i whose words after it name no body here."""
    if not line.cap(i) and head == i + 1 and not line.cap(head):
        return True  # "ban hành", "phòng chống": a one-syllable head in lowercase
    if line.phrase(i, "lực lượng") == head and not line.cap(head):
        return True  # "Lực lượng công an", "lực lượng chức năng": a kind of force, no name
    return line.is_(i, "ĐH") and line.match(i, "events") > head  # "ĐH Đảng bộ": a congress


def _second_part(line: Line, head: int, name: int) -> int:
    """End of a name's second part after a dash or `và` (`Ban Tư tưởng - Văn hóa`,
    `Báo chí và Tuyên truyền`, `... và Kiểm soát Dịch bệnh`), or `name`."""
    if name > head and _dashed_part(line, name):
        name = max(name, title_cased_on(line, name))
    if name > head and joins_names(line, name):
        name = max(name, joined_part(line, name + 1))
        name = max(name, title_cased_on(line, name))
    return name


def _ministry_field(line: Line, end: int) -> int:
    """`Thanh tra Bộ | GTVT`, `Ban Cán sự Đảng bộ | GTVT`: a listed body ending in `Bộ`
    or `Sở` takes the field that names which one, or -1."""
    if not line.is_(end - 1, "bộ", "sở") or not line.surface[end : end + 1]:
        return -1
    field = line.match(end, "sectors")
    return field if field > end and line.cap(end) else -1


def _dashed_part(line: Line, end: int) -> bool:
    """A dash after a body's name and a second part of it, not another body's head
    (`Ban Tư tưởng - Văn hóa`, not `Ban Tuyên giáo - Ban Dân vận`)."""
    dash = line.surface[end : end + 1] in (["-"], ["–"])
    return dash and line.match(end + 1, "org_heads", "bodies") < 0


def _holder_after(line: Line, head: int, name: int) -> bool:
    """After a title, `Công ty` + a Vietnamese full name: the company is the title's,
    the name its holder's (a company named after someone has TNHH or the like first)."""
    return (
        line.key(head - 1) == _TY
        and name >= head + 3
        and is_surname(line, head)
        and person_run(line, head) == name
    )


_TY = keys_of("ty")[0]


def _company_number(line: Line, end: int) -> int:
    """`Cienco 8`, `Vinaconex 1 làm nhà thầu`: a member company numbered after its group's
    short name, not a count (`Viettel 5 năm`)."""
    number = line.surface[end : end + 1]
    if not (line.foreign(end - 1) and number and number[0].isdigit() and len(number[0]) <= 2):
        return -1
    counted = (line.key(end + 1),) in line.gaz.by_kind["counted_units"]
    return -1 if counted else end + 1
