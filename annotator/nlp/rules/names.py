"""Shared pieces of the rules: capitalised runs, person names and place phrases."""

from __future__ import annotations

from annotator.core.vietnamese import foreign_shaped
from annotator.nlp.rules.double_provinces import comma_province
from annotator.nlp.rules.lines import Line, keys_of

# Read by many rules from here as well as from stop_words.
from annotator.nlp.rules.stop_words import STOP as STOP
from annotator.nlp.rules.stop_words import in_noun as in_noun
from annotator.nlp.rules.stop_words import is_stop as is_stop

# Grammar words that open a sentence before a place, capitalised only for that
# (`Khi Mariupol bị bao vây`, `Tại Australia`); not `Theo`, before a source.
OPENERS = frozenset(keys_of("khi tại ở từ đến tới sang trong"))


# Words that qualify a generic level instead of naming one body.
LEVEL_WORDS = frozenset(keys_of("các cùng cấp"))
# Two-syllable names after a unit noun are places unless the family name is
# one of the most frequent ones ("huyện Thạch Thành" vs "tỉnh Lê Thanh").
COMMON_SURNAMES = frozenset(
    keys_of("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Ngô Dương Đinh Trịnh")
)
LEVELS = frozenset(keys_of("xã huyện tỉnh cơ sở trung ương thành phố quận phường"))
# Levels written after `cấp`, two-word ones first: `cấp thành phố`, not `cấp thành`.
_LEVEL_NAMES: tuple[str, ...] = ("thành phố", "cơ sở", "trung ương", "thị xã", "thị trấn")
_LEVEL_NAMES += ("tỉnh", "huyện", "xã", "quận", "phường")


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


def place_at(line: Line, i: int) -> int:
    """End of a gazetteer place written mostly in capitals, or -1.

    `phía Tây bắc` is a direction, `Tây Bắc` the region; a continent keeps its
    lowercase `châu` (`châu Âu`). Asked many times at the same token, so kept per line.
    """
    return line.remembered(("place_at", i, False, False), lambda: _place_at(line, i))


def _place_at(line: Line, i: int) -> int:
    continent = line.lower(i) and line.is_(i, "châu") and line.cap(i + 1)  # "châu Âu"
    if not line.cap(i) and not continent:
        return -1
    end = line.match(i, "places")
    if end <= i:
        return -1
    words = [k for k in range(i, end) if line.word(k) and not _hyphen_glued(line, k)]
    capitals = sum(1 for k in words if line.cap(k)) + continent
    enough = capitals == len(words) if len(words) <= 2 else 2 * capitals >= len(words)
    # "Cộng hòa nhân dân Donetsk": a state's long name, capitalised at both ends only
    framed = len(words) >= 4 and line.cap(words[0]) and line.cap(words[-1])
    return end if enough or framed else -1


def _hyphen_glued(line: Line, k: int) -> bool:
    """A syllable glued by a hyphen to the one before (`U-crai-na`, `Mát-xcơ-va`): the
    press transcribes a foreign name so, capitalising only its first syllable, and the
    whole counts as one capitalised word."""
    return line.surface[k - 1] == "-" and not line.gap(k) and not line.gap(k - 1)


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
    """A lead's first words at j: a date (`Ngày 6-3`, `Sáng 9-10`) or today (`Sáng nay`)."""
    dated = line.is_(j, "ngày") or line.match(j, "time_words") == j + 1
    today = line.match(j, "time_words") > j + 1 and line.lower(j + 1)
    return dated and line.digit(j + 1) or today


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


def unit_place(line: Line, i: int, *, bare: bool, persons: bool = True) -> tuple[int, int, int]:
    """A unit noun and its name at i: (end, name_start, name_end), or (-1, -1, -1).

    `tỉnh Quảng Nam` gives the name `Quảng Nam`; `quận 2` keeps the noun;
    with `bare`, a unit noun alone (`UBND tỉnh`) is accepted with no name.
    """
    unit = line.match(i, "place_units")
    if unit < 0:
        return -1, -1, -1
    if line.digit(unit) and line.surface[unit].isdigit() and line.is_(i, "quận", "phường"):
        return unit + 1, i, unit + 1
    # A known place is taken whole ("các tỉnh Nam bộ"), a name by its shape.
    name = max(name_after(line, unit) if persons else cap_run(line, unit, 4), place_at(line, unit))
    listed = place_at(line, unit)
    name = max(name, comma_province(line, unit))
    if listed >= unit + 2 and name > listed and _person_after(line, listed):
        name = listed  # "đặc khu hành chính Hong Kong | Tăng Âm Quyền": a name after the place
    if listed > unit and name >= listed + 2 and all(line.foreign(k) for k in range(listed, name)):
        name = listed  # "bang California | Arnold Schwarzenegger"
    if (
        name - unit >= 3
        and place_at(line, unit) < 0
        and all(line.foreign(k) for k in range(unit, name))
    ):
        name = unit + 1  # "bang Bavaria Markus Söder": a one-word place, then a person
    if name == unit + 1 and line.surface[unit].isupper() and place_at(line, unit) < 0:
        name = -1  # "bản SGK": an acronym after "bản" is no place name
    if line.match(unit, "place_units") > max(name, unit + 1) and place_at(line, unit) < 0:
        name = -1  # "vùng Thủ đô": a second unit noun, not the first one's name
    if name > unit and _ward_number(line, name):
        name += 1
    if name > unit:
        return name, unit, name
    level = line.is_(unit, "các") or (line.is_(unit, "cùng") and line.is_(unit + 1, "cấp"))
    if bare and not level:
        return unit, -1, -1
    return -1, -1, -1


def _person_after(line: Line, j: int) -> bool:
    """A family name at j that starts no place (`Tăng Âm Quyền`, `Lê Thanh Hải`; not `Hà Nội`)."""
    return is_surname(line, j) and place_at(line, j) < 0 and not line.foreign(j)


def _ward_number(line: Line, i: int) -> bool:
    """`phường Cổ Nhuế 1`: a small number that ends a place name."""
    if i >= line.n or not line.surface[i].isdigit():
        return False
    return len(line.surface[i]) <= 2 and not line.word(i + 1)


def level_suffix(line: Line, i: int) -> int:
    """End of `các cấp`, `cùng cấp`, `cấp xã`, `cấp ủy cấp huyện` at i, or -1."""
    if line.is_(i, "các", "cùng") and line.is_(i + 1, "cấp"):
        return i + 2
    if (line.digit(i) or line.is_(i, "hai", "ba", "bốn")) and line.is_(i + 1, "cấp"):
        return i + 2  # "HĐND 3 cấp", "HĐND ba cấp"
    if not line.is_(i, "cấp") or line.key(i + 1) not in LEVELS:
        return -1
    end = _level_name(line, i + 1)
    if end < 0:
        return i + 2
    # "cấp quận, huyện", "cấp phường, xã, thị trấn": levels in a list, none of them named.
    while line.surface[end : end + 1] == [","] and _level_name(line, end + 1) > 0:
        nxt = _level_name(line, end + 1)
        if line.cap(nxt):
            break
        end = nxt
    return end


def _level_name(line: Line, i: int) -> int:
    return max(line.phrase(i, name) for name in _LEVEL_NAMES)


def acronym_aside(line: Line, i: int) -> int:
    """End of `(UBKT)`, `(BCHT.Ư)` at i, an abbreviation in brackets inside a name, or -1."""
    if line.surface[i : i + 1] != ["("] or i + 2 >= line.n or line.surface[i + 2] != ")":
        return -1
    word = line.surface[i + 1]
    letters = word.replace(".", "")
    return i + 3 if len(letters) >= 2 and word.isupper() and letters.isalpha() else -1


_TOPIC_ENDS = frozenset(keys_of("ngày tháng năm hôm nay tuần quý"))
_TOPIC_VERBS = (keys_of("phòng , chống"), keys_of("phòng chống"), keys_of("phòng ngừa"))


def topic(line: Line, i: int) -> int:
    """End of `về phòng, chống dịch Covid-19`, `công tác phòng chống dịch bệnh` at i, or -1.

    What a steering committee or a meeting is about, when it is the usual
    `phòng, chống` + a short noun phrase.
    """
    j = i + 1 if line.is_(i, "về") else i
    j = j + 2 if line.phrase(j, "công tác") > 0 else j
    start = next((j + len(v) for v in _TOPIC_VERBS if tuple(line.keys[j : j + len(v)]) == v), -1)
    if start < 0:
        return -1
    end = start
    while end < line.n and end - start < 4:
        if line.match(end, "events", "time_words") >= 0 or line.key(end) in _TOPIC_ENDS:
            break
        if line.word(end) and not is_stop(line, end):
            end += 1
        elif line.surface[end] == "-" and line.digit(end + 1) and not line.gap(end):
            end += 2
        else:
            break
    return end if end > start else -1
