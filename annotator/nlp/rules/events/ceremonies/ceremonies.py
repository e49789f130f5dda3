"""EVENT: a ceremony held or attended, named by what it does: `lễ đặt tên ...`.

`tổ chức lễ dời ga của đoàn tàu Thống Nhất`, `dự lễ đặt tên Quảng trường
Việt Nam`, `long trọng tổ chức lễ đón nhận bằng của UNESCO công nhận ...`:
after a verb of holding or attending, `lễ` and the words that say what it
does are one event, up to a place, a time, a clause word or punctuation.
A ceremony of the `events` gazetteer takes what it does only after `tổ
chức` (`tổ chức lễ đón nhận bằng của UNESCO ...`; `dự lễ khánh thành`
keeps its own extent); words that make `lễ` part of another word (`lễ
tân`, `lễ hội`, `lễ lạt`) or a visit to a pagoda (`lễ chùa`) are none. A
ceremony for an award keeps the award and what names it wherever it is
written (`cho [lễ đón Huân chương Lao động hạng 3]`, news12 0151; `tại [buổi lễ
nhận Huy hiệu 70 năm tuổi Đảng]`, news26 6010).
"""

from __future__ import annotations

from annotator.nlp.rules.events.ceremonies.festivals import find_festivals
from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.names import is_surname, person_run

_HELD = ("tổ chức", "dự", "tham dự", "chứng kiến", "cử hành", "làm")
_NOT_CEREMONY = frozenset(keys_of("tân hội lạt lạc chùa đường phục vật nghi độ phép bái này đó"))
_ENDS = frozenset(
    keys_of(
        "tại ở vào do với cho nhằm để và có là đã sẽ được khi sau trong thì nhưng "
        "sáng trưa chiều tối đêm ngày hôm lúc từ đến tới diễn"
    )
)
_MAX_NAME = 20
_LE = keys_of("lễ")[0]


def ceremony_at(line: Line, i: int) -> int:
    """End of `lễ đặt tên Quảng trường Việt Nam` after a verb of holding at i, or -1."""
    if not (line.is_(i, "lễ") and line.lower(i) and line.lower(i + 1) and line.word(i + 1)):
        return -1
    if line.is_(i + 1, *_NOT_CEREMONY):
        return -1
    listed = line.match(i, "events")
    # A listed ceremony (`lễ đón nhận`) takes what it does only when it is held:
    # `tổ chức lễ đón nhận bằng ...`, not `dự lễ khánh thành | cụm biểu tượng`.
    held = ("tổ chức",) if listed > i else _HELD
    if not any(line.phrase(i - len(keys_of(v)), v) == i for v in held):
        return -1
    end = max(i + 1, listed)
    while end < line.n and end - i < _MAX_NAME and line.word(end):
        if line.key(end) in _ENDS or line.digit(end):
            break  # "lễ dời ga ... | hành trình 2 ngày": a count opens a description
        if _guest_at(line, end):
            break  # "lễ đón | Thủ tướng X": the guest is a ROLE and a PER of their own
        end += 1
    return end if end > i + 1 else -1


def _guest_at(line: Line, j: int) -> bool:
    """`ông X`, `Thủ tướng X` at j: a person (with a title) whom the ceremony is for."""
    title = max(line.match(j, "honorifics"), line.match(j, "titles"))
    return title > j and is_surname(line, title) and person_run(line, title) > title + 1


_SIGNINGS = ("lễ ký kết", "lễ ký")
# What ends what a signing ceremony signs: its parties after `giữa`, `với`, `và`.
_SIGNED_ENDS = _ENDS | frozenset(keys_of("giữa của"))
_DASHES = ("-", "–")


def signing_at(line: Line, i: int) -> int:
    """End of `lễ ký kết hợp tác phát triển kinh tế – xã hội TPHCM – Ninh Thuận` at i, or -1.

    A signing ceremony keeps what is signed (a paper of the `signed` list, or a
    cooperation), with the lowercase words and the places joined by dashes that name
    it, wherever it is written; the parties after `giữa` or `với` stay outside.
    """
    if not line.lower(i):
        return -1
    k = max(line.phrase(i, s) for s in _SIGNINGS)
    if k < 0 or not (line.match(k, "signed") > k or line.phrase(k, "hợp tác") > 0):
        return -1
    end = k
    while end < line.n and end - i < _MAX_NAME:
        dash = line.surface[end] in _DASHES and line.word(end + 1)
        if dash or line.lower(end) and line.word(end) and line.key(end) not in _SIGNED_ENDS:
            end += 1
        elif line.cap(end) and line.match(end, "places") > end:
            end = line.match(end, "places")
        else:
            break
    while end > k and line.surface[end - 1] in _DASHES:
        end -= 1
    return end


# A ceremony for an award (`award_ceremonies`: "lễ trao tặng", "lễ đón nhận"); the
# awards are data (`awards`), in any case.
_CLASSES = ("Nhất", "Nhì", "Ba", "nhất", "nhì", "ba", "I", "II", "III", "1", "2", "3")
_MAX_AWARD = 4
_MAX_FIELD = 5
# Words that open whom an award is given to: "trao bằng khen | các tập thể xuất sắc".
_RECIPIENTS = frozenset(keys_of("các những mọi một nhiều"))


def award_ceremony_at(line: Line, i: int) -> int:
    """End of `lễ đón Huân chương Lao động hạng 3` at i, held or not, or -1: the award
    and what names it are what the ceremony is (news12 0151; news5 `lễ đón nhận bằng
    …`; news26 `lễ trao tặng huy hiệu 70 năm tuổi Đảng`, news10 `lễ trao giải thưởng
    báo chí toàn quốc 2004`: cut after the award or its head at blind time)."""
    k = line.longest(i, line.gaz.phrases("award_ceremonies"))
    award = line.longest(k, line.gaz.phrases("awards")) if k > 0 and line.lower(i) else -1
    if award < 0:
        return -1
    for m in range(award, min(line.n, award + _MAX_AWARD + 1)):
        if not line.word(m):
            break
        if line.is_(m, "hạng") and line.is_(m + 1, *_CLASSES):
            return m + 2  # "Huân chương Lao động hạng 3": the name in sentence case
    return max(
        _capitalised_name(line, award), _years_in_party(line, award), _field_year(line, award)
    )


def _capitalised_name(line: Line, j: int) -> int:
    """End of `Lao động`, `Độc lập` at j: up to four capitalised words naming the award."""
    end = j
    while end < line.n and end - j < _MAX_AWARD and line.cap(end) and line.word(end):
        end += 1
    return end if end > j else -1


def _years_in_party(line: Line, j: int) -> int:
    """End of `70 năm tuổi Đảng` at j: the Party membership a badge honours, or -1."""
    if not line.digit(j):
        return -1
    return line.phrase(j + 1, "năm tuổi Đảng")


def _field_year(line: Line, j: int) -> int:
    """End of `báo chí toàn quốc 2004` at j: a field in lowercase words closed by the
    award's year (with or without `năm`), or -1; a field with no year may be whom the
    award is given to (`trao bằng khen các tập thể`) and stays outside."""
    end = j
    while end < line.n and end - j < _MAX_FIELD and line.lower(end) and line.word(end):
        if line.key(end) in _ENDS or line.key(end) in _RECIPIENTS or _guest_at(line, end):
            return -1
        end += 1
    year = end + 1 if line.is_(end, "năm") else end
    if end > j and _is_year(line, year):
        return year + 1
    return -1


def _is_year(line: Line, i: int) -> bool:
    return line.digit(i) and len(line.surface[i]) == 4 and line.surface[i][:2] in ("19", "20")


def find_ceremonies(line: Line) -> list[Candidate]:
    found: list[Candidate] = find_festivals(line)
    for i, key in enumerate(line.keys):
        if key != _LE:
            continue
        award = award_ceremony_at(line, i)
        end = max(ceremony_at(line, i), signing_at(line, i), award)
        if end > i:
            # "[buổi lễ nhận Huy hiệu 70 năm tuổi Đảng]": the sitting word joins the award's
            start = i - 1 if end == award and line.is_(i - 1, "buổi") else i
            found.append(Candidate(start, end, "EVENT"))
    return found
