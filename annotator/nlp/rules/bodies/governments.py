"""A state's army, government or authorities named with their country: one ORG.

`quân đội Ukraine`, `chính phủ Ukraine`, `quân đội chính phủ Ukraine`,
`chính quyền Donetsk`, `lực lượng vũ trang Ukraine`, `quân đội Kiev`, the
cabinet and the royal house (`Nội các Israel`, `nội các Nhật`, `Hoàng gia Anh`),
an army named as a host (`đội quân Nga`, `đại quân Nga`), and
the armed forces and militias a state or region fields (`quân Nga`,
`lực lượng Ukraina`, `lực lượng an ninh Ukraine`, `quân đội chính quy
Ukraina`, `Dân quân DPR`, `QĐ Nga`): lower case included, the place joins
the body (the gold's convention since news4); without a place after them
(`quân đội`, `lực lượng chức năng` of a Vietnamese text) they stay unmarked.
The authorities of a Vietnamese unit with its name are one too (`chính quyền quận 2`). A military unit in lower case with its foreign name is one
ORG too (`tiểu đoàn Azov`, as `Tiểu đoàn Azov`), and so is a government or cabinet
named by its leader (`chính quyền Saddam Hussein`).
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.body_phrases import acronym_aside
from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.names import person_run
from annotator.nlp.rules.unit_phrases import unit_place

_FIRST = frozenset(keys_of("quân chính lực tiểu lữ trung sư dân QĐ nội đội đại hoàng"))
_HEADS = (
    "quân đội",
    "chính phủ",
    "nội các",
    "hoàng gia",
    "đội quân",
    "đại quân",
    "chính quyền",
    "lực lượng vũ trang",
    "quân đội chính phủ",
    "quân chính phủ",
    "quân đội chính quy",
    "lực lượng",
    "lực lượng an ninh",
    "quân",
    "dân quân",
    "QĐ",
)
# Words that `quân` ends (`hải quân`, `hành quân`): the place is another body's
# (`Hải quân Ukraine` is one name) or the verb's (`tiến quân Kiev`).
_QUAN_WORDS = ("hải", "không", "lục", "hành", "tiến", "thủy", "đại", "liên", "ba", "á", "quán")
# Nouns that count a part out of a force: "nhóm quân Ukraine", "cụm quân Nga" are
# troops of a country, no body, and the country stays a place (news4, news8).
_GROUPS = ("nhóm", "cụm", "toán", "tốp", "nhánh")
_UNITS = ("tiểu đoàn", "lữ đoàn", "trung đoàn", "sư đoàn", "quân đoàn")
# Lowercase words of a unit's kind before its number: "lữ đoàn cơ giới hóa riêng biệt số 53".
_MAX_KIND = 6
# Nouns a number counts rather than names: "tiểu đoàn 3 người", "lữ đoàn 2 năm".
# Words that end a unit's kind: grammar words ("tiểu đoàn | của Nga").
_NOT_KIND = frozenset(keys_of("của thuộc và với tại ở có là đã được bị cho trong"))
_COUNTED = frozenset(keys_of("người năm tháng ngày giờ binh lính xe chiếc km"))
_MAX_NAME = 3


def _head(line: Line, i: int) -> int:
    """End of the longest state word at i (`quân đội chính phủ`), or -1."""
    return line.longest(i, _HEADS)


# A foreign state's own units before its name: `chính quyền vùng Bryansk`, `lực lượng
# phòng không vùng Belgorod`, `quân đội bang Kachin` (news15; a government or force with
# its state recurred in ten blind sets). Not `khu vực`, which says where a force is.
REGION_UNITS = ("vùng", "bang", "tiểu bang")


def _place(line: Line, i: int) -> int:
    """End of the country, region or city at i: a listed place or a foreign-shaped word,
    after a foreign region's unit noun too."""
    unit = line.longest(i, REGION_UNITS)
    if unit > i and line.cap(unit):
        return _place(line, unit)
    listed = line.match(i, "places")
    if listed > i and line.cap(i):
        return listed
    return i + 1 if line.foreign(i) or _ambiguous_state(line, i) else -1


def _ambiguous_state(line: Line, i: int) -> bool:
    """`Anh`, `Ý` after a state's government or army (`Chính phủ Anh`): the country.

    Alone they are also a pronoun and a given name, so the gazetteer leaves them
    out of the places; after these heads they name the state, unless a
    Vietnamese name goes on (`quân Anh Tuấn`).
    """
    if not line.cap(i) or line.match(i, "countries_ambiguous") != i + 1:
        return False
    return not (line.cap(i + 1) and not line.foreign(i + 1))


def government_at(line: Line, i: int) -> int:
    """End of `quân đội Ukraine`, `chính quyền Donetsk`, `tiểu đoàn Azov` at i, or -1."""
    if line.key(i) not in _FIRST or line.is_(i - 1, *_QUAN_WORDS, *_GROUPS):
        return -1
    head = _head(line, i)
    return max(
        _place(line, head) if head > i else -1,
        _leader(line, i, head),
        _local_government(line, i),
        _named_unit(line, i),
        _numbered_unit(line, i),
    )


_RULERS = ("chính phủ", "chính quyền", "nội các")


def _leader(line: Line, i: int, head: int) -> int:
    """End of `chính quyền Saddam Hussein`, `nội các Silvio Berlusconi`, `chính phủ Tưởng
    Giới Thạch` at i: a government named by its leader's full name is one ORG with it
    (news23, news26, news27, news30); the place reading took the first word alone. A
    Vietnamese-spelled name needs three words, as a place's name seldom has. Written
    with a capital, or after `Thủ tướng`, the body is a post's and the name its holder."""
    if head <= i or line.longest(i, _RULERS) != head or line.match(head, "places") > head:
        return -1
    if not line.lower(i) or line.is_(i - 1, "tướng"):
        return -1  # "Thủ tướng Chính phủ Phan Văn Khải": a post, then its holder
    end = person_run(line, head, min_len=2 if line.foreign(head) else 3)
    return end if end > head + 1 else -1


def _local_government(line: Line, i: int) -> int:
    """End of `chính quyền quận 2`, `chính quyền xã Thạnh Tân` at i: the authorities of a
    Vietnamese unit named with it, its place inside as in `UBND quận 2`; or -1.
    `chính quyền địa phương` names no one unit."""
    head = line.phrase(i, "chính quyền")
    if head < 0:
        return -1
    end, name_start, _ = unit_place(line, head, bare=False, persons=False)
    return end if end > head and name_start >= 0 else -1


def find_governments(line: Line) -> list[Candidate]:
    found: list[Candidate] = []
    for i in range(line.n):
        end = government_at(line, i)
        if end > i:
            # "Dân quân Cộng hòa Nhân dân Donetsk (DPR)": the abbreviation is inside.
            found.append(Candidate(i, max(end, acronym_aside(line, end)), "ORG"))
    return found


def _named_unit(line: Line, i: int) -> int:
    """End of `tiểu đoàn Azov` at i: a lowercase unit noun and a foreign-shaped name, or -1."""
    head = line.longest(i, _UNITS)
    if head < 0 or not line.lower(i) or not line.foreign(head):
        return -1
    end = head
    while end < line.n and end - head < _MAX_NAME and line.foreign(end):
        end += 1
    return end


def _numbered_unit(line: Line, i: int) -> int:
    """End of `lữ đoàn 36`, `tiểu đoàn lính thủy đánh bộ số hiệu 503` at i, or -1.

    A military unit in lowercase named by its number, with the lowercase
    words of its kind before it; the state after the number stays a LOC
    (`tiểu đoàn ... 503 | Ukraine`), and a number that counts (`3 người`) names nothing.
    """
    head = line.longest(i, _UNITS)
    if head < 0 or not line.lower(i):
        return -1
    j = head
    while j < line.n and j - head <= _MAX_KIND and not line.digit(j):
        if not (line.lower(j) and line.word(j)) or line.key(j) in _NOT_KIND:
            return -1
        j += 1
    if not (line.digit(j) and line.surface[j].isdigit()) or line.key(j + 1) in _COUNTED:
        return -1
    return j + 1
