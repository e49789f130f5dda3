"""The shape of a body's name after its head: its field, title-case words, English words.

`Bộ Công an`, `Công ty thương mại quốc tế Lào`, `Ủy ban Kinh tế - Ngân sách`,
`Samsung Electronics`, `Bộ GT-VT`, `Bộ Lao động Thương binh - Xã hội`: where a body's name ends once its head
and first words are known.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.lowercase import (
    DESCRIBED,
    described,
    lowercase_name,
    title_case_words,
)
from annotator.nlp.rules.lines import Line, keys_of
from annotator.nlp.rules.names import STOP, is_stop
from annotator.nlp.rules.places.listed import place_at
from annotator.nlp.rules.unit_phrases import LEVEL_WORDS

# "Bộ Công an thông tin": after a ministry-type head the field is the whole name.
FIELD_HEADS = frozenset(keys_of("bộ sở phòng cục vụ ban"))


def field_name(line: Line, i: int, head: int, *, loose: bool) -> int:
    """End of a body named by its field after the head (`Bộ Công an`, `Công ty thương mại ...`).

    After a ministry-type head the field is the whole name (`Bộ Công an thông
    tin`); a school or hospital may go on (`Đại học Kinh tế quốc dân`), and a
    company described in lowercase runs on to its name (`Công ty thương mại quốc tế Lào`).
    """
    field = line.match(head, "sectors")
    if line.key(head - 1) in FIELD_HEADS:
        return max(field, dashed_fields(line, field))
    more = lowercase_name(line, head) if loose else -1
    if line.cap(i) and line.key(i) in DESCRIBED:
        more = max(more, described(line, head))
    return max(field, more, title_cased_on(line, field))


def title_cased_on(line: Line, end: int) -> int:
    """End of `Ngân sách` after `Ủy ban Kinh tế (-)`: a name's next words in title case, or -1."""
    joint = end + 1 if line.surface[end : end + 1] in (["-"], ["–"]) else end
    if not (line.cap(joint) and line.lower(joint + 1)) or line.foreign(joint):
        return -1  # not "Hội đồng châu Âu | Marta van der Berg"
    particle = line.match(joint, "name_particles") == joint + 1
    if particle and (line.match(joint + 1, "name_particles") == joint + 2 or line.cap(joint + 1)):
        return -1  # "Ủy ban châu Âu | Von der Leyen": a particle opens a foreign name
    if line.surface[joint].isupper() or line.key(joint) in STOP | LEVEL_WORDS:
        return -1  # not "UBND TP | xung quanh", "Đảng | Các khu"
    if line.match(joint, "events", "bodies", "titles", "places", "media") > joint:
        return -1  # "Đoàn Chủ tịch | Đại hội": the next thing is named on its own
    more = title_case_words(line, joint)
    cut = line.lower(more) and not is_stop(line, more) and place_at(line, more) < 0
    if more <= joint or cut:
        return -1  # a word cut in two: "Ban Chỉ đạo Chống tham | nhũng", not "... | châu Âu"
    return more


def dashed_fields(line: Line, end: int) -> int:
    """End of `Thương binh - Xã hội` after `Bộ Lao động`: title-case fields joined by a dash, or -1.

    A ministry or a department named by several fields joins the last ones with a
    dash (`Bộ Lao động Thương binh - Xã hội`, news27 at blind time): the rules took
    the first field alone as the whole name. Only a dash and a title-case field
    after it carry the name on; a body or a place after the dash stays apart
    (`Phòng CSGT - Công an Hà Nội`).
    """
    run = title_cased_on(line, end) if end > 0 else -1
    dashed = any(line.surface[k] in ("-", "–") for k in range(end, run))
    return run if dashed else -1


def whole_field(line: Line, head: int, name: int) -> int:
    """`HTX Thương | mại`: a run of capitals cut inside a field's name ends after the field."""
    for k in range(head, name):
        field = line.match(k, "sectors")
        if field > name:
            return field
    return name


def english_tail(line: Line, end: int) -> int:
    """`Samsung Electronics`, `Samsung Life Insurance`: capitalised English words go on a body."""
    while line.cap(end) and line.match(end, "not_names") == end + 1:
        end += 1
    hyphened = line.surface[end : end + 1] == ["-"] and not line.gap(end) and not line.gap(end + 1)
    listed = line.match(end + 1, "bodies", "media") > end + 1  # "HĐND-UBND": two bodies
    if hyphened and line.surface[end - 1].isupper() and _upper_word(line, end + 1) and not listed:
        end += 2  # "Bộ GT-VT": an abbreviated field cut by a hyphen
    return end


def _upper_word(line: Line, i: int) -> bool:
    return i < line.n and line.surface[i].isupper() and line.surface[i].isalpha()
