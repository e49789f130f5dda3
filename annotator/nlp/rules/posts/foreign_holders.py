"""ROLE: a post ends where its holder's foreign name starts, a one-word name too.

`Bộ trưởng Quốc phòng | Ivanov`, `Bộ trưởng Quốc phòng Nhật Bản | Shigeru
Ishiba`: a body's name never goes on past its field or its state in a word no
Vietnamese syllable spells, yet the rules ran the post over the holder's name
when it was one word or followed a country (blind-time news9 `Bộ trưởng Quốc
phòng Donald`, news23 twice). A Korean name (`Kim Yong-Nam`, `Ri Ju-O`) ends a
post wherever it stands, its syllables being often Vietnamese words (news29).
"""

from __future__ import annotations

from annotator.core.vietnamese import foreign_shaped
from annotator.nlp.rules.lines import Line
from annotator.nlp.rules.people.korean_names import korean_name_at
from annotator.nlp.rules.places.listed import place_at


def before_foreign_holder(line: Line, title: int, start: int, end: int) -> int:
    """End of the complement `start..end` of the title at `title` before a holder's
    foreign name; -1 when the name follows the title at once, `end` when there is none.

    The field may close the listed title itself (`Bộ trưởng Quốc phòng`). A field in
    lowercase describes a body whose foreign name goes on (`hợp tác xã thương mại
    Sàigòn Coop`), and so does a place after a body's head (`Công ty Vũng Tàu
    Sinhanco`).
    """
    for k in range(start, end):
        if korean_name_at(line, k) > 0:
            return k if k > start else -1  # "Chủ tịch Quốc hội | Kim Yong-Nam"
        if not _foreign_name_word(line, k):
            continue
        state = next((j for j in range(start, k) if place_at(line, j) == k), k)
        fields = (j for j in range(title, state) if line.cap(j))
        if state == start or any(line.match(j, "sectors") == state for j in fields):
            return k if k > start else -1
    return end


def _foreign_name_word(line: Line, k: int) -> bool:
    """A capitalised foreign-shaped word at k that no list knows, and not half of a
    word split by a stray space (`Is rael`)."""
    listed = line.match(k, "places", "org_heads", "bodies", "media") > k
    broken = line.lower(k + 1) and foreign_shaped(line.surface[k + 1])
    return line.foreign(k) and not listed and not broken
