"""A unit noun and its name (`tỉnh Quảng Nam`, `quận 2`) and the levels after `cấp`.

Kept apart from the person names: a unit's name is told from a holder's name
after it (`huyện Thạch Hà Nguyễn Văn Nam`) by the name rules, which this reads."""

from __future__ import annotations

from annotator.nlp.rules.lines import Line, keys_of
from annotator.nlp.rules.names import cap_run, is_surname, name_after
from annotator.nlp.rules.places.double_provinces import comma_province
from annotator.nlp.rules.places.listed import place_at

# Words that qualify a generic level instead of naming one body.
LEVEL_WORDS = frozenset(keys_of("các cùng cấp"))
LEVELS = frozenset(keys_of("xã huyện tỉnh cơ sở trung ương thành phố quận phường"))
# Levels written after `cấp`, two-word ones first: `cấp thành phố`, not `cấp thành`.
_LEVEL_NAMES: tuple[str, ...] = ("thành phố", "cơ sở", "trung ương", "thị xã", "thị trấn")
_LEVEL_NAMES += ("tỉnh", "huyện", "xã", "quận", "phường")


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
