"""ORG: a foreign party named in sentence case, `Đảng Dân chủ tự do`, `đảng Phát triển
thống nhất`, `Đảng Các khu vực`, and the Labour parties, `Công đảng`.

A party's own foreign name (`đảng Likud`) is `party_names`'; a translated
one, in Vietnamese words, is this module's. News writes many such names with
only their first word capitalised and the head often in lowercase (`đảng Tự
do` news9, `đảng Các khu vực` news9 and news22, four parties in news26): the
listed parties (`bodies`) cover a few, and a listed name stops before the
words that follow (`Đảng Dân chủ | Indonesia Đấu tranh`). After `đảng` and a
capitalised word that starts no other body, title or place, the name goes on
over capitalised words, listed places, the lowercase syllable that completes
a capitalised word and the lowercase words a party's name is made of (data,
`party_words`), with its abbreviation in brackets; a foreign person's name
(`đảng Dân chủ | John Kerry`), another body and any other lowercase word end it.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.body_phrases import acronym_aside
from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import person_run

# Capitalised words of a party's name at most; a longer run is a sentence.
_MAX_WORDS = 6


def translated_parties(line: Line) -> list[Candidate]:
    """The line's parties named in sentence case after `đảng`, and `Công đảng`."""
    found = []
    for i in line.where("đảng"):
        if line.is_(i - 1, "công") and line.cap(i - 1):
            found.append(Candidate(i - 1, max(i + 1, _country(line, i + 1)), "ORG"))
            continue
        end = _party_name(line, i + 1)
        if end > i + 1 and end > line.match(i, "bodies"):
            found.append(Candidate(i, max(end, acronym_aside(line, end)), "ORG"))
    return found


def _country(line: Line, i: int) -> int:
    """End of the country a Labour party belongs to (`Công đảng Anh`), or -1."""
    return line.match(i, "places") if line.cap(i) else -1


def _party_name(line: Line, i: int) -> int:
    """End of a party's name in sentence case starting at i, or -1."""
    if not line.cap(i) or line.foreign(i) or line.initials(i) or person_run(line, i) > i + 1:
        return -1  # a person's name after `Đảng` is no party's
    if line.match(i, "bodies", "org_heads", "titles", "places", "media") > i:
        return -1  # "Ban cán sự Đảng Chính phủ", "đảng Ukraine của chúng ta"
    end = i
    while end - i < _MAX_WORDS:
        step = _name_step(line, end)
        if step <= end or end > i and line.match(end, "bodies", "org_heads", "titles") > end:
            break  # "Đảng Và | Nhà nước": another body ends a headline's words
        end = step
    return end if end >= i + 2 else -1  # one syllable: `Đảng Trong năm qua`, a headline


def _name_step(line: Line, k: int) -> int:
    """End of the next part of a party's name at k: a party word (`tự do`), a listed
    place, or a capitalised syllable with the lowercase one that completes its word
    when the name goes on or stops right after it (`Tôn giáo | Quốc gia`, `Đấu tranh,`)."""
    listed = line.longest(k, line.gaz.phrases("party_words"))
    place = line.match(k, "places") if line.cap(k) else -1
    if max(listed, place) > k:
        return max(listed, place)
    if not line.cap(k) or line.foreign(k) or line.digit(k):
        return -1
    closed = line.cap(k + 2) or not line.word(k + 2)
    return k + 2 if line.lower(k + 1) and line.word(k + 1) and closed else k + 1
