"""Markets, temples and pagodas named after a lowercase site noun: `chợ [An Đông]`.

A temple or a market is often named after a person or a saint (`đền thờ Chu
Văn An`, `chùa Phật Tích`), so the name alone reads as a person, or as
nothing. The lowercase site noun before it says it is a place; the gold
keeps the noun outside (`đến chợ [An Đông]`, `vào đền thờ [Chu Văn An]`), as
with a lowercase `khách sạn`. A capitalised noun starts the name itself
(`Đền Quán Thánh`, `Hội chợ`) and is left to the rules of venues; a name
inside a post or a body (`Công ty kinh doanh chợ Bình Điền`) stays there.

A sea, strait or bay in lowercase before a foreign name is the same: the
name alone is the place (`bờ biển [Azov]`, `eo biển [Hormuz]`, news10's
gold); a place after a named site noun recurred in seven of eight blind sets
(`nhà máy [Azovstal]`, `sân bay [Phú Quốc]`, `biển [Azov]`). A Vietnamese
word after it is a direction or a kind (`biển Đông`, `Cảnh sát biển Việt
Nam`) and is left to the other rules.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.names import cap_run

# Lakes and reservoirs, and a refinery by its kind without `nhà máy` (`lòng hồ [Trị An]`,
# `hồ [Hoàn Kiếm]`, `dự án lọc dầu [Dung Quất]`), as `sông`, `đảo` in `place_units.txt`.
_WATERS = ("hồ", "lòng hồ", "hồ chứa", "hồ thủy điện", "lọc dầu", "lọc hóa dầu")
_SITES: tuple[str, ...] = (
    "chợ",
    "đền thờ",
    "đền",
    "chùa",
    "đình",
    "miếu",
    "nhà thờ",
    "thánh đường",
) + _WATERS
# Seas, straits and bays: a site only before a foreign-shaped name.
_SEAS = ("biển", "eo biển", "vịnh")
# Seas named by a colour: one place with a lowercase `biển` too (`trên [biển Đen]`,
# news13's gold; `[Biển Đen]` in news5); a direction after a lowercase `biển` may be
# the wind's or the water's (`gió biển Bắc`) and is left alone.
_COLOURED_SEAS = ("đen", "đỏ", "trắng", "chết")
# Words that make a site noun the second half of another word (`gia đình`
# a family, `triều đình` a court, `hội chợ` a fair, `đồng hồ` a clock, `mơ hồ` vague).
_COMPOUND_BEFORE = ("gia", "triều", "hội", "cung", "siêu", "đồng", "mơ")
# Capitalised words after a site noun that name a time, not the site (`chợ Tết`).
_NOT_SITE_NAMES = ("tết", "xuân", "đêm")
# A bridge: `cầu` is also the second half of many words (`yêu cầu Bộ`, `nhu cầu`,
# `toàn cầu`, `Bắc bán cầu`); after them it names no bridge.
_BRIDGE = ("cầu",)
_CAU = keys_of("cầu")[0]
_BRIDGE_COMPOUNDS = tuple(
    [
        "yêu",
        "nhu",
        "toàn",
        "địa",
        "khẩn",
        "bán",
        "hoàn",
        "khí",
        "nhãn",
        "tinh",
        "mưu",
        "thỉnh",
        "sưu",
        "hình",
        "bóng",
        "đá",
        "cần",
        "vọng",
    ]
)


def sites_after_nouns(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans with a site's name after a lowercase site noun made a LOC."""
    out = list(spans)
    for start, end in _site_names(line):
        inside = [c for c in out if c.start < end and start < c.end]
        if not inside:
            out.append(Candidate(start, end, "LOC"))
        elif len(inside) == 1 and inside[0].label == "PER" and _same(inside[0], start, end):
            out[out.index(inside[0])] = Candidate(start, end, "LOC")
    return sorted(out, key=lambda c: c.start)


def _same(c: Candidate, start: int, end: int) -> bool:
    return c.start == start and c.end == end


def _site_names(line: Line) -> list[tuple[int, int]]:
    """(start, end) of the capitalised names after a lowercase site noun."""
    found = []
    for i in _site_nouns(line):
        if not line.lower(i) or line.cap(i - 1) or line.is_(i - 1, *_COMPOUND_BEFORE):
            continue  # `Hội chợ`: part of a name; `gia đình Hoàng Anh`: a family
        noun = line.longest(i, _SITES)
        sea = line.longest(i, _SEAS)
        if sea > noun and line.foreign(sea) and not line.is_(i - 1, "sát"):
            noun = sea  # "bờ biển Azov"; not "Cảnh sát biển"
        elif line.keys[i] == _CAU and _bridge(line, i) > i:
            found.append((i + 1, _bridge(line, i)))
            continue
        elif _coloured_sea(line, i) > i:
            found.append((i, _coloured_sea(line, i)))
            continue
        elif noun <= i or not line.cap(noun) or line.is_(noun, *_NOT_SITE_NAMES):
            continue
        end = cap_run(line, noun, 4)
        if end > noun and not line.cap(end):
            found.append((noun, end))
    return found


def _site_nouns(line: Line) -> list[int]:
    """The tokens a site's noun, a sea's, `cầu` or `biển` starts at, before the last:
    no other token starts a site's name, so the rule need not try them."""
    nouns = {*line.starting(_SITES), *line.starting(_SEAS), *line.where("cầu"), *line.where("biển")}
    return sorted(i for i in nouns if i < line.n - 1)


def _coloured_sea(line: Line, i: int) -> int:
    """End of `biển Đen` at a lowercase `biển` at i (a listed sea), or -1."""
    if not line.is_(i, "biển") or not line.is_(i + 1, *_COLOURED_SEAS) or not line.cap(i + 1):
        return -1
    return line.match(i, "places")


def _bridge(line: Line, i: int) -> int:
    """End of `Nhật Tân`, `Văn Thánh 2` after a lowercase `cầu` at i, or -1.

    The gold keeps the noun outside (`cầu [Nhật Tân]`, news5, news11); a number
    after the name is part of it (`cầu [Văn Thánh 2]`)."""
    if line.longest(i, _BRIDGE) != i + 1 or line.is_(i - 1, *_BRIDGE_COMPOUNDS):
        return -1
    if line.match(i + 1, "org_heads", "bodies", "titles", "honorifics") > i + 1:
        return -1  # "yêu | cầu Bộ ...": a body asked, no bridge
    end = cap_run(line, i + 1, 4)
    if end > i + 1 and line.surface[end : end + 1] and line.surface[end].isdigit():
        end += 1
    return end if end > i + 1 and not line.cap(end) else -1
