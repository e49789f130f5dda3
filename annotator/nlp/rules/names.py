"""Shared pieces of the rules: capitalised runs and person names.

Places are read in `places.listed` and `unit_phrases`, asides and topics of a
body's name in `body_phrases`.
"""

from __future__ import annotations

from annotator.core.vietnamese import foreign_shaped
from annotator.nlp.rules.lines import Line, keys_of
from annotator.nlp.rules.places.listed import place_at

# Read by many rules from here as well as from stop_words.
from annotator.nlp.rules.stop_words import STOP as STOP
from annotator.nlp.rules.stop_words import in_noun as in_noun
from annotator.nlp.rules.stop_words import is_stop as is_stop

# Two-syllable names after a unit noun are places unless the family name is
# one of the most frequent ones ("huyện Thạch Thành" vs "tỉnh Lê Thanh").
COMMON_SURNAMES = frozenset(
    keys_of("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Ngô Dương Đinh Trịnh")
)


def cap_run(line: Line, i: int, limit: int = 6) -> int:
    """End of the run of capitalised name words from i (i itself when none)."""
    j = i
    while j < line.n and j - i < limit and line.cap(j) and not line.digit(j):
        if j > i and line.match(j, "not_names") == j + 1 and not line.cap(j - 1):
            break
        if j > i and _degree(line, j):
            break
        j += 1
    return j


def _degree(line: Line, j: int) -> bool:
    """`TS`, `ThS`, `PGS.TS` before a name: an academic title, not part of a name."""
    word = line.surface[j]
    return word != word.capitalize() and line.match(j, "honorifics") > j


def is_surname(line: Line, i: int) -> bool:
    return line.cap(i) and line.match(i, "surnames") == i + 1


def person_run(line: Line, i: int, *, min_len: int = 2, places: bool = False) -> int:
    """End of a person's name (min_len..4 capitalised words) at i, or -1."""
    if not line.cap(i) or line.match(i, "not_names") == i + 1 or _rank_before(line, i):
        return -1
    if line.initials(i) and not foreign_joint(line, i + 1):
        return i + 1  # `J.D. Vance` goes on to the surname
    end, words = i, 0
    while end < line.n and line.cap(end) and not line.digit(end):
        if end > i and (_title_starts(line, end) or line.match(end, "zone_heads") > end + 1):
            break  # "Hà Nội | Khu đô thị Quang Minh": a zone's noun starts no name's word
        if (
            line.surface[end].isupper()
            and len(line.surface[end]) > 1
            and not _all_caps_line(line, i)
            and not (line.initials(end) and foreign_joint(line, end + 1))
        ):
            break
        end += 1
        words += 1
        end += syllable_joint(line, end)
        end += foreign_joint(line, end)
        end += particle_joint(line, end)
        if words > 4:
            return -1
    if words < min_len:
        return -1
    place = place_at(line, i)
    if i + 2 <= place < end and (end - place >= 2 or line.foreign(place)):
        return -1  # "Hà Lan Mark Rutte", "Hàn Quốc Moon Jae-in": a country, then the name
    if (not places and place >= end) or line.match(i, "bodies", "org_heads", "titles") > i + 1:
        return -1
    return end


def _rank_before(line: Line, i: int) -> bool:
    """`Tướng Igor Konashenkov`: a one-word rank or post written before a name, not its first word."""
    return line.match(i, "posts", "titles") == i + 1 and line.cap(i + 1) and not is_surname(line, i)


def _title_starts(line: Line, j: int) -> bool:
    """`Trung tướng`, `Thượng tá` at j: a title written on, not a word of the name before it;
    or a dateline's first word (`Hà Nội | Ngày 6-3, ...`, `Bộ trưởng Bình | Sáng nay, ...`:
    a headline ran on into the lead)."""
    title = line.match(j, "titles")
    return title > j + 1 and line.lower(title - 1) or _lead_opens(line, j)


def _lead_opens(line: Line, j: int) -> bool:
    """A lead's first words at j: a date (`Ngày 6-3`, `Sáng 9-10`), today (`Sáng nay`)
    or a sentence opener (`Sau khi`, `Trở thành`, the `lead_openers` list), whose
    words after the first are lowercase: a caption or byline ran on into the text."""
    dated = line.is_(j, "ngày") or line.match(j, "time_words") == j + 1
    today = line.match(j, "time_words") > j + 1 and line.lower(j + 1)
    return dated and line.digit(j + 1) or today or sentence_opener(line, j)


def sentence_opener(line: Line, j: int) -> bool:
    """A capitalised `lead_openers` entry at j with its later words lowercase (`Sau khi`)."""
    end = line.longest(j, line.gaz.phrases("lead_openers"))
    return end > j + 1 and line.cap(j) and all(line.lower(k) for k in range(j + 1, end))


def syllable_joint(line: Line, j: int) -> int:
    """Tokens to skip at j inside one transliterated word: `-tày` of `Khăm-tày`, `-phăn-đon`.

    Lao and Korean names written in Vietnamese join their syllables with
    hyphens and no spaces (`Khăm-tày Xi-phăn-đon`, `Lee Kun-hee`); a dash
    with spaces, or a capital after it, is no such joint.
    """
    k = j
    while (
        line.surface[k : k + 1] == ["-"]
        and line.lower(k + 1)
        and not line.gap(k)
        and not line.gap(k + 1)
        and not line.digit(k + 1)
    ):
        k += 2
    return k - j


def foreign_joint(line: Line, j: int) -> int:
    """Tokens to skip inside a foreign name at j: `-` of `Al-Masri`, `.` of `George H.W. Bush`.

    Only between two capitalised words, and only when the name is foreign:
    a hyphen next to a Vietnamese name is a dash between two phrases.
    """
    if not line.cap(j + 1) or j >= line.n:
        return 0
    if line.surface[j] == "-" and not line.gap(j) and not line.gap(j + 1):
        return 1 if line.foreign(j - 1) or line.foreign(j + 1) else 0
    initial = (len(line.surface[j - 1]) == 1 or line.initials(j - 1)) and line.cap(j - 1)
    if line.surface[j] == "." and initial and not line.gap(j) and line.foreign(j + 1):
        return 1
    return 0


def particle_joint(line: Line, j: int) -> int:
    """Tokens to skip at j inside a foreign name: `von der` of `Ursula von der Leyen`, `al-` of `al-Assad`.

    Only lowercase particles between capitalised words, one of them foreign-shaped.
    """
    k = j
    while k - j < 4 and line.lower(k) and line.match(k, "name_particles") == k + 1:
        k += 1
        if line.surface[k : k + 1] == ["-"] and not line.gap(k) and not line.gap(k + 1):
            k += 1
    shaped = any(foreign_shaped(line.surface[x]) for x in range(j, k))  # "der", "al"
    if k == j or not line.cap(k) or not (line.foreign(j - 1) or line.foreign(k) or shaped):
        return 0
    return k - j


def single_name(line: Line, i: int) -> bool:
    """One capitalised word that may be a name after a title (`Tổng thống Putin`, `trung tướng Xô`).

    Not a known word of any list, not an acronym, not followed by another capital.
    """
    if not line.cap(i) or line.digit(i) or line.hits(i):
        return False
    if line.cap(i + 1) and not _lead_opens(line, i + 1):
        return False  # `Bộ trưởng Bình | Sáng nay, ...` still ends at the name
    if is_stop(line, i):
        return False  # "Lãnh | đạo", a phrase of a glued headline, not a name
    word = line.surface[i]
    return not (word.isupper() and len(word) > 1)


def foreign_run(line: Line, i: int) -> int:
    """End of a run of capitalised words with a foreign-shaped one (`Yasser Arafat`), or -1."""
    end = person_run(line, i, min_len=1, places=True)
    if end < 0 or not any(line.foreign(k) for k in range(i, end)):
        return -1
    if any(line.match(k, "not_names") == k + 1 for k in range(i, end)):
        return -1  # "Champions League", "Vietnam Airlines": not a person
    return end


def _all_caps_line(line: Line, i: int) -> bool:
    """Bylines are often in capitals (NGUYÊN ĐOAN)."""
    return line.surface[i].isupper()


def person_inside(line: Line, i: int, end: int) -> int:
    """Where a person's name starts inside the capitalised run [i, end), or -1.

    Three-syllable names are the most common, so that split is preferred.
    """
    for size in (3, 2, 4):
        j = end - size
        common = size > 2 or line.key(j) in COMMON_SURNAMES
        if j >= i and common and is_surname(line, j) and place_at(line, j) < 0:
            if (
                size == 3
                and j > i
                and line.key(j - 1) in COMMON_SURNAMES
                and is_surname(line, j - 1)
            ):
                return j - 1  # "Vũ Phạm Quyết Thắng": two family names, a name of four
            return j
    return -1


def name_after(line: Line, i: int, limit: int = 4) -> int:
    """End of a proper name after a unit noun or body (not a person), or -1."""
    place = place_at(line, i)
    end = cap_run(line, i, limit)
    if place > i and end - place >= 2:
        return place
    # The holder's name is looked for in the whole run, not the first `limit`
    # words: "huyện Thạch Hà Nguyễn Văn Nam" is Thạch Hà and Nguyễn Văn Nam.
    split = person_inside(line, i, cap_run(line, i, limit + 4))
    if split < i:
        split = person_inside(line, i, end)
    if i <= split < end or split == end and cap_run(line, i, limit + 4) > end:
        end = split
    return max(place, end) if max(place, end) > i else -1
