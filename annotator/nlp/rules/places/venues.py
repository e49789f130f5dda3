"""LOC: a building or site by its name (`Hội trường Ba Đình`, `Cung Văn hóa Lao động TPHCM`).

A venue's head (`Hội trường`, `Nhà hát`, `Cung`) and the name after it, in
title case up to the city it stands in, are one place; a hall of a body
(`hội trường UBND phường`) or `Căn cứ` meaning "based on" is none. Two kinds
of building take a name no other venue does, when their head is capitalised:
a state body's own house takes the body (`Nhà khách Chính phủ`, `Nhà tang lễ
Bộ Quốc phòng`), a monument the person it honours (`Tượng đài Lý Thái Tổ`).
The rules found the body or the person alone there, and cut a title-case
name at its first lowercase syllable (`Cung Văn | hóa Hữu nghị`): blind-time
errors of eight sets (news3, news6, news7, news8, news12, news14, news16,
news22).
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.lowercase import title_case_words
from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.lines import Line, keys_of
from annotator.nlp.rules.names import cap_run, name_after, person_run
from annotator.nlp.rules.places.listed import place_at


def venue(line: Line, i: int) -> int:
    """End of `Hội trường Ba Đình`, `tòa nhà Trung tâm Quốc hội` at i: a building by name, or -1."""
    named = max(_body_house(line, i), _monument(line, i))
    if named > i:
        return named
    head = line.match(i, "venue_heads")
    if head < 0 or not line.cap(head) or (head == i + 1 and not line.cap(i)):
        return -1  # "yêu cầu Bộ Y tế": a one-syllable head only when capitalised
    if line.lower(i) and line.match(i, "place_units") == head:
        return -1  # "khách sạn Trường An": a business noun in lower case stays outside
    if line.match(head, "bodies", "org_heads", "titles", "documents") > head:
        return -1  # "hội trường UBND phường", "Căn cứ Kết luận ...": no building's name
    if line.is_(head, "điều", "khoản", "chương", "mục"):
        return -1  # "căn cứ Điều 12": "based on" an article of a law
    end = _title_cased(line, max(name_after(line, head, 5), place_at(line, head)))
    words = title_case_words(line, head)  # "Cung Văn hóa Lao động | TPHCM"
    if words > end and line.word(words - 1) and place_at(line, words) > words:
        end = place_at(line, words)  # a title-case name only up to the city it stands in
    elif _more_title_case(line, i, end, words):
        end = words  # "Cung Văn hóa Hữu nghị": a whole title-case name with no city after
    return end


def _more_title_case(line: Line, i: int, end: int, words: int) -> bool:
    """The title-case run to `words` goes on past `end` over another capitalised word
    (`Văn | hóa Hữu nghị`), not just a lowercase syllable (`P.Cầu Diễn | phản ánh`)."""
    if words <= end or not line.word(words - 1) or line.cap(words) or not line.cap(i):
        return False
    return any(line.cap(k) for k in range(end, words))


def _body_house(line: Line, i: int) -> int:
    """End of `Nhà khách Chính phủ` at i: a capitalised house of the body named after it, or -1."""
    head = line.match(i, "venue_bodies")
    if head < 0 or not line.cap(i) or not line.cap(head):
        return -1
    return org(line, head, loose=False)


def _monument(line: Line, i: int) -> int:
    """End of `Tượng đài Lý Thái Tổ` at i: a capitalised monument with the name it honours, or -1."""
    head = line.match(i, "memorial_heads")
    if head < 0 or not line.cap(i):
        return -1
    end = person_run(line, head)
    if end > head + 1 and line.is_(end - 1, *_CREDITS) and line.surface[end : end + 1] == [":"]:
        end -= 1  # "Tượng đài Lý Thái Tổ | Ảnh: H.L.A": a caption's credit glued to the name
    return end


# Words that open a caption's credit (`Ảnh: TTXVN`).
_CREDITS = ("ảnh", "video", "nguồn", "clip")


# Two-syllable words that names in title case write with one capital
# (`Khu liên hợp thể thao Quốc gia`, `Nhà Truyền thống Chiến khu An Phú Đông`).
_ONE_CAPITAL = frozenset({keys_of("quốc gia"), keys_of("truyền thống"), keys_of("chiến khu")})


def _title_cased(line: Line, end: int) -> int:
    """End of a building's name past words written with one capital, or `end`."""
    while end > 0 and (line.key(end - 1), line.key(end)) in _ONE_CAPITAL and line.lower(end):
        end = max(end + 1, cap_run(line, end + 1, 4))
    return end
