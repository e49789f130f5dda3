"""LOC: a building or site by its name (`Hội trường Ba Đình`, `Cung Văn hóa Lao động TPHCM`).

A venue's head (`Hội trường`, `Nhà hát`, `Cung`) and the name after it, in
title case up to the city it stands in, are one place; a hall of a body
(`hội trường UBND phường`) or `Căn cứ` meaning "based on" is none.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Line, keys_of
from annotator.nlp.rules.lowercase import title_case_words
from annotator.nlp.rules.names import cap_run, name_after, place_at


def venue(line: Line, i: int) -> int:
    """End of `Hội trường Ba Đình`, `tòa nhà Trung tâm Quốc hội` at i: a building by name, or -1."""
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
    return end


# Two-syllable words that names in title case write with one capital
# (`Khu liên hợp thể thao Quốc gia`, `Nhà Truyền thống Chiến khu An Phú Đông`).
_ONE_CAPITAL = frozenset({keys_of("quốc gia"), keys_of("truyền thống"), keys_of("chiến khu")})


def _title_cased(line: Line, end: int) -> int:
    """End of a building's name past words written with one capital, or `end`."""
    while end > 0 and (line.key(end - 1), line.key(end)) in _ONE_CAPITAL and line.lower(end):
        end = max(end + 1, cap_run(line, end + 1, 4))
    return end
