"""The field and place that name a titled event: `Đại hội điện ảnh Việt Nam`.

A capitalised event noun followed by a lowercase noun phrase that ends in a
place takes both (`Đại hội [thể thao châu Á]`, `Đại hội [đại đoàn kết các
dân tộc Tây Nguyên]`, `Đại hội [các dân tộc thiểu số miền nam]`, `Diễn đàn
[doanh nghiệp VN - Canada]`). Without the place it does not: the words after
the noun may be the verb of a sentence whose subject it is (`Đại hội [biểu
dương] tinh thần yêu nước`), so a verb that names what an event does, a
grammar word or a clause word ends the search.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Line, keys_of
from annotator.nlp.rules.names import STOP, is_stop
from annotator.nlp.rules.places.listed import place_at

# Lowercase words of an event's field before its place: "đại đoàn kết các dân tộc".
_MAX_FIELD = 6
_CLAUSE_WORDS = frozenset(
    keys_of("do tại ở vào diễn ra với đã sẽ được sau trong khi nhằm để có là thì đối đến")
)
# The states of a region a forum gathers: "các nước châu Á", "các quốc gia ASEAN".
_COUNTRIES = ("các nước", "các quốc gia")
# A region written in lowercase: "miền nam", "miền Bắc" (the gazetteer has them capitalised).
_DIRECTIONS = ("nam", "bắc", "trung", "tây", "đông")


def _region(line: Line, j: int) -> int:
    if line.is_(j, "miền") and line.is_(j + 1, *_DIRECTIONS):
        return j + 2
    return -1


def field_and_place(line: Line, i: int) -> int:
    """End of the field and place, or the bloc or forum, after a titled event noun at i."""
    return max(_field_and_place(line, i), forum_after(line, i))


def _field_and_place(line: Line, i: int) -> int:
    """End of the field and place after a titled event noun ending at i, or -1."""
    if line.match(i, "event_purposes", "actions") > i:
        return -1  # "Đại hội biểu dương ...": the event does something
    j = i
    while j < line.n and j - i < _MAX_FIELD and line.lower(j) and line.word(j):
        if _region(line, j) > j and j > i:
            return _region(line, j)
        countries = max(line.phrase(j, c) for c in _COUNTRIES)
        if countries > j and place_at(line, countries) > countries:
            j = countries  # "Diễn đàn Nghị viện các nước châu Á - Thái Bình Dương"
            break
        if is_stop(line, j) or line.key(j) in _CLAUSE_WORDS or line.key(j) in STOP:
            return -1
        j += 1
    end = place_at(line, j) if j > i else -1
    if end > 0 and line.surface[end : end + 1] in (["-"], ["–"]):
        end = max(end, place_at(line, end + 1))  # "Diễn đàn doanh nghiệp VN - Canada"
    return end


# Verbs of a meeting at work: after an event noun that opens a sentence they
# are its verb ("Đại hội | công bố danh sách", "Hội nghị | thông qua ..."),
# not what names it (as "Hội nghị triển khai Nghị quyết ..." is named).
_ACTING = tuple(
    keys_of(verb)
    for verb in (
        "công bố",
        "biểu dương",
        "thông qua",
        "bầu",
        "thảo luận",
        "xem xét",
        "đánh giá",
        "giới thiệu",
        "trao",
        "kiểm điểm",
        "góp ý",
        "cho ý kiến",
        "tôn vinh",
        "chất vấn",
        "thông tin",
    )
)
_OPENERS = (".", "!", "?", ":", ";", ",", '"', "“", "-", "–")


def subject_acting(line: Line, i: int, end: int) -> bool:
    """`Đại hội công bố danh sách ...` at a sentence's start: the event noun (i..end)
    is the subject and the verb after it no part of its name."""
    if i > 0 and line.surface[i - 1] not in _OPENERS:
        return False
    return any(tuple(line.keys[end : end + len(verb)]) == verb for verb in _ACTING)


def forum_after(line: Line, end: int) -> int:
    """End of the bloc or forum that holds a summit ending at `end`, with its ordinal, or -1.

    `Hội nghị cấp cao ASEAN [+ 3 lần thứ 9]`, `Hội nghị thượng đỉnh [Diễn đàn kinh
    tế châu Á Thái Bình Dương]`: a bloc widened by a count of partners, or a forum
    named by its field and region (news3, news8, news10 at blind time); a plain body
    after the summit is read by the event's modifiers already.
    """
    j = -1
    if line.cap(end) and line.surface[end + 1 : end + 2] == ["+"] and line.digit(end + 2):
        j = end + 3  # "ASEAN + 3"
    elif line.cap(end - 1) and line.surface[end : end + 1] == ["+"] and line.digit(end + 1):
        j = end + 2  # the bloc already read as the summit's body: "ASEAN" + "+ 3"
    elif line.cap(end) and line.phrase(end, "diễn đàn") > 0:
        j = _field_then_region(line, end + 2)
    if j < 0:
        return -1
    ordinal = line.phrase(j, "lần thứ")
    return ordinal + 1 if ordinal > 0 and (line.digit(ordinal) or line.word(ordinal)) else j


def _field_then_region(line: Line, i: int) -> int:
    """End of `kinh tế châu Á Thái Bình Dương` at i: lowercase field words, then places."""
    j = i
    while j < line.n and j - i < _MAX_FIELD and line.lower(j) and place_at(line, j) < 0:
        if is_stop(line, j) or line.key(j) in _CLAUSE_WORDS:
            return -1
        j += 1
    if j == i or place_at(line, j) < 0:
        return -1
    while place_at(line, j) > j:
        j = place_at(line, j)  # "châu Á Thái Bình Dương": a region of two names
    return j
