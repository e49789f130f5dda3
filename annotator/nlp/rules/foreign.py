"""Foreign names in Vietnamese text: particles, countries before a name, the press by name.

Vietnamese news writes a foreign official as title, country, then name
(`Thủ tướng Ý Mario Draghi`, `người đồng cấp Belarus Alexander Lukashenko`),
keeps lowercase particles inside names (`Ursula von der Leyen`) and names a
foreign newspaper after a lowercase head word (`báo Houston Chronicle`).
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.body_phrases import acronym_aside
from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import STOP, cap_run, person_run
from annotator.nlp.rules.places.listed import place_at

# Words before a capitalised `Anh` that make it a language or a currency.
_NOT_COUNTRY_BEFORE = ("bảng", "tiếng", "ngữ", "chữ", "môn", "giỏi", "học")
# Words that make a press word part of another (`nhà báo` a journalist, `tình báo`
# intelligence, `cảnh báo` a warning): the name after them is no outlet.
_PRESS_COMPOUNDS = ("nhà", "tình", "cảnh", "thông", "dự", "tượng", "khán", "lâu", "giá")
# A company's legal form after `công ty`, no name of its own.
_LEGAL_FORMS = ("TNHH", "CP", "CTCP", "MTV", "JSC")
# Lowercase words after which it is the country whatever follows.
_COUNTRY_AFTER = ("nước", "phía", "người", "phủ", "quân", "gia", "vương")


def ambiguous_country(line: Line, i: int) -> int:
    """End of `Anh` (the UK) or `Ý` (Italy) at i, or -1: capitalised inside a sentence, not in a name.

    `Anh` is also a pronoun and a given name (`Tuấn Anh`, `Anh Khải`, `Anh hùng`):
    it is a country only after a lowercase word or a title, and before a
    grammar word, punctuation, the line's end or a foreign-shaped name.
    """
    if not line.cap(i) or line.match(i, "countries_ambiguous") != i + 1:
        return -1
    opening = i == 0 or line.cap(i - 1) and not line.foreign(i - 1)
    if (opening or line.surface[i - 1] in '.:!?"“') and not _all_foreign(line, i + 1):
        return -1  # a sentence start (`Anh Kpă Kinh`) or the end of a name
    if line.is_(i - 1, *_NOT_COUNTRY_BEFORE):
        return -1
    after = i + 1
    if line.is_(i - 1, *_COUNTRY_AFTER) or any(
        line.match(k, "press_heads") == i for k in range(max(0, i - 3), i)
    ):
        return after  # "nước Anh", "chính phủ Anh", "các tờ báo Anh"
    if after >= line.n or not line.word(after) or line.foreign(after):
        return after
    return after if line.key(after) in STOP else -1


def _all_foreign(line: Line, i: int) -> bool:
    """A name at i written only in foreign-shaped words (`Barbara Woodward`, not `Kpă Kinh`)."""
    end = person_run(line, i, min_len=1, places=True)
    return end > i and all(line.foreign(k) or not line.word(k) for k in range(i, end))


def country_at(line: Line, i: int) -> int:
    """End of a country or place at i, the ambiguous ones included, or -1."""
    return max(place_at(line, i), ambiguous_country(line, i))


def country_then_name(line: Line) -> list[Candidate]:
    """`Belarus Alexander Lukashenko`, `Anh Barbara Woodward`: a country (LOC) and a foreign name (PER).

    `Anh` and `Ý` alone are a LOC too where `ambiguous_country` reads them as one.
    """
    found = []
    for i in line.listed():
        end = country_at(line, i) if line.cap(i) else -1
        if end > i and ambiguous_country(line, i) == end:
            found.append(Candidate(i, end, "LOC", weak=True))  # "Mỹ, Anh và Pháp"
        if end <= i or not line.foreign(end):
            continue
        name = person_run(line, end, min_len=2, places=True)
        if name > end and all(line.foreign(k) or not line.word(k) for k in range(end, name)):
            found.append(Candidate(i, end, "LOC", weak=True))
            found.append(Candidate(end, name, "PER", weak=True))
    return found


def after_known_name(line: Line, i: int) -> bool:
    """Token i right after a known body (`Liên Hợp Quốc | Barbara Woodward`).

    Not after a place or a brand: `Sài Gòn Aptech`, `Việt Nam Motorshow` are names of things.
    """
    return any(line.match(k, "bodies") == i for k in range(max(0, i - 6), i))


def press_names(line: Line) -> list[Candidate]:
    """`báo Houston Chronicle`, `hãng tin TASS`: the name after a lowercase press word is an ORG.

    A country after it is the press of that country (`các tờ báo Anh`), not a name.
    """
    found = []
    for i in line.listed():
        capital = foreign_press(line, i)
        if capital > 0:
            found.append(Candidate(line.match(i, "press_heads"), capital, "ORG"))
            continue
        if not line.lower(i) or line.is_(i - 1, *_PRESS_COMPOUNDS):
            continue
        head = _past_praise(line, line.match(i, "press_heads"))
        if head <= i and _business_name(line, i) > 0:
            found.append(Candidate(_past_trades(line, i), _business_name(line, i), "ORG"))
        if head <= i or not line.cap(head) or line.match(head, "press_heads") > head:
            continue
        if (
            country_at(line, head) > head
            or line.match(head, "documents", "titles", "events", "time_words", "honorifics") > head
        ):
            continue
        listed = max(line.match(head, "media"), line.match(i, "media"))
        end = _press_run(line, head)
        if listed > head or end > head and any(_unvietnamese(line, k) for k in range(head, end)):
            end = max(end, listed)
            found.append(Candidate(head, max(end, acronym_aside(line, end)), "ORG"))
    return found


# Words of praise between a press word and the paper's name: `tạp chí danh tiếng
# Parlamentní` (news12), `tờ báo uy tín Le Monde`.
_PRAISE = ("danh tiếng", "nổi tiếng", "uy tín", "hàng đầu", "có uy tín", "lâu đời")


def _past_praise(line: Line, head: int) -> int:
    """The token after a word of praise at head (`tạp chí | danh tiếng | X`), or head."""
    if head < 0:
        return head
    praise = line.longest(head, _PRAISE)
    return praise if praise > head and line.cap(praise) else head


def _business_name(line: Line, i: int) -> int:
    """End of `Gazprombank` in `ngân hàng Gazprombank`, `tập đoàn Rosatom`: a foreign-shaped
    name or an acronym of three letters or more after a lowercase business word, or -1.
    A country (`ngân hàng Nga`) or a legal form (`công ty TNHH`) names no company."""
    head = _past_trades(line, i)
    if head <= i or not line.cap(head) or line.is_(head, *_LEGAL_FORMS):
        return -1
    if country_at(line, head) > head or line.match(head, "titles", "bodies", "places") > head:
        return -1
    end = _hyphen_joined(line, _press_run(line, head))
    named = line.foreign(head) or _acronym(line, head) and len(line.surface[head]) >= 3
    return end if end > head and named else -1


def _hyphen_joined(line: Line, end: int) -> int:
    """End of a company's name glued on by a hyphen (`SNC-Lavalin`, `Coca-Cola`), or `end`."""
    glued = line.surface[end : end + 1] == ["-"] and not line.gap(end) and not line.gap(end + 1)
    return _press_run(line, end + 1) if glued and line.cap(end + 1) else end


def _past_trades(line: Line, i: int) -> int:
    """Where the name starts after a lowercase business word and the lowercase trades that
    describe the company (`công ty | bảo hiểm | Manulife`, `công ty | khai thác dầu khí |
    Talisman`, `company_trades.txt`); the business word and trades stay outside the ORG.
    Missed until round 27: five foreign companies listed by their trade in one article
    (news18), the one blind-time set where a trade stood between."""
    head = line.match(i, "business_heads")
    for _ in range(3):
        trade = line.match(head, "company_trades") if line.lower(head) else -1
        if trade <= head:
            break
        head = trade
    return head


def foreign_press(line: Line, i: int) -> int:
    """End of `CNN` in `Đài CNN`, `New York Times` in `Báo New York Times`, or -1.

    A capitalised press word before a foreign outlet's name stays outside it;
    a Vietnamese paper keeps it (`Báo Người Lao Động`, `Báo Quân đội nhân dân`).
    """
    head = line.match(i, "press_heads")
    if head <= i or not line.cap(i) or not line.cap(head) or line.match(i, "media") > head:
        return -1
    if country_at(line, head) >= max(head + 1, _press_run(line, head)):
        return -1  # "Hãng tin Iran": the press of a country, the country a LOC
    end = max(_press_run(line, head), line.match(head, "media"))
    if end <= head or not all(line.foreign(k) or _acronym(line, k) for k in range(head, end)):
        return -1
    return (
        end
        if any(line.foreign(k) for k in range(head, end)) or line.match(head, "media") > head
        else -1
    )


def _acronym(line: Line, k: int) -> bool:
    word = line.surface[k]
    return len(word) > 1 and word.isupper() and word.isalpha()


def _press_run(line: Line, head: int) -> int:
    """End of a newspaper's capitalised name at head; a place after it is where it is published."""
    if line.match(head, "place_units") > head:
        return head  # "báo, đài TP": the city's press, no name
    end = cap_run(line, head, 5)
    for k in range(head + 1, end):
        if place_at(line, k) > k or line.match(k, "titles", "bodies") > k:
            return k  # "báo The Times | New York", "báo Vzglyad | Trung tướng ..."
    while line.cap(end) and line.match(end, "not_names") == end + 1:
        end += 1
    return end


def _unvietnamese(line: Line, k: int) -> bool:
    """A foreign-shaped word or an acronym: `báo Tết`, `đài Tiếng nói` name no foreign outlet."""
    return line.foreign(k) or _acronym(line, k)


def prefixed_places(line: Line) -> list[Candidate]:
    """`San Diego`, `Chư Prông`: a place-name first word and a foreign-shaped word after it."""
    found = []
    for i in line.listed():
        if line.cap(i - 1) or line.match(i, "place_prefixes") != i + 1:
            continue
        if not line.cap(i) or place_at(line, i) > i + 1:
            continue  # "Hong Kong | Tăng Âm Quyền": a listed place ends where it is listed
        end = person_run(line, i, min_len=2, places=True)
        if end > i + 1 and any(line.foreign(k) for k in range(i, end)):
            found.append(Candidate(i, end, "LOC", weak=True))
    return found
