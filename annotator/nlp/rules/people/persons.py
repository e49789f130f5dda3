"""PER: names after titles and address words, surname-led names, foreign-shaped names."""

from __future__ import annotations

import re

from annotator.nlp.rules.foreign import after_known_name
from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.names import foreign_run, is_surname, person_run, single_name
from annotator.nlp.rules.people.bylines import credits
from annotator.nlp.rules.people.field_words import word_begun
from annotator.nlp.rules.places.listed import place_at

# Lowercase address words that would be ordinary nouns when capitalised.
_LOWER_ONLY = frozenset({"em", "cô", "chú", "bác", "cháu", "cụ"})


def _after_honorific(line: Line, i: int) -> int:
    """Start of the name after an address word at i (`ông Dũng`), or -1."""
    end = line.match(i, "honorifics")
    if end < 0:
        return -1
    if line.cap(i) and (line.key(i) in _LOWER_ONLY or not _sentence_start(line, i)):
        return end if is_surname(line, end) and place_at(line, end) < 0 else -1
    return end


def _revered(line: Line, i: int, start: int, end: int) -> int:
    """`Bác Hồ`, `Bác Tôn`: a capitalised `Bác` before one syllable is the name the
    nation uses for a leader, so it starts the PER; `bác Ba` or `ông Hồ` do not."""
    revered = line.surface[i] == "Bác" and start == i + 1 and end == start + 1
    return i if revered else start


_ADDRESS_WORDS = ("số", "tại", "ở", "nhà", "hội", "ngõ", "hẻm", "kiệt", "ngách")
_HOUSE_NUMBER = re.compile(r"^\d{1,4}[A-Z]?(?:/\d{1,4}[A-Z]?)*$")


def _house_number(line: Line, i: int) -> bool:
    """`số 282`, `tại 12/3`, `(45A` right before a name: an address, not a count."""
    if i < 1 or not _HOUSE_NUMBER.match(line.surface[i]):
        return False
    return line.surface[i - 1] in ",(" or line.is_(i - 1, *_ADDRESS_WORDS)


def _sentence_start(line: Line, i: int) -> bool:
    return i == 0 or line.surface[i - 1] in '.:;!?"“(-–'


def find_people(line: Line, role_ends: set[int]) -> list[Candidate]:
    """PER candidates: after a ROLE, after an address word, surname-led names."""
    found: list[Candidate] = []
    for i in range(line.n):
        if not line.word(i) or not (line.hits(i) or i in role_ends or i - 1 in role_ends):
            continue
        start = _after_honorific(line, i)
        if start > 0:
            end = person_run(line, start, min_len=1, places=True)
            if place_at(line, start) >= end:
                end = -1  # "con cháu Việt Nam", "nhà lãnh đạo Việt Nam": a place, not a name
            if end > start and not _letter_pair(line, start, end):
                found.append(Candidate(_revered(line, i, start, end), end, "PER"))
                continue
        if i in role_ends or (i - 1 in role_ends and line.surface[i - 1] in "-–"):
            end = person_run(line, i)
            if end < 0 and single_name(line, i) and not word_begun(line, i):
                end = i + 1
            if end > i and place_at(line, i) >= end:
                end = -1  # "nhà lãnh đạo Việt Nam": the leader's country, not a name
            if end > i:
                found.append(Candidate(i, end, "PER"))
                continue
        opened = not line.cap(i - 1) or _sentence_opener(line, i - 1)
        if is_surname(line, i) and opened and line.match(i, "place_units") != i + 1:
            end = person_run(line, i)  # not "Đường | Lương Định Của": a street, not a Đường
            street = _house_number(line, i - 1)
            if end > i + 2 or street and end == i + 2:
                # "282 Nguyễn Huy Tưởng", "số 585 Nguyễn Trãi": after a house number, a
                # street named after someone.
                label = "LOC" if street else "PER"
                found.append(Candidate(i, end, label, weak=True))
    found.extend(credits(line))
    found.extend(_foreign_names(line))
    found.extend(_slashed_bylines(line))
    found.extend(_lettered_people(line))
    return found


def _lettered_people(line: Line) -> list[Candidate]:
    """`tên là K. tại`, `tội của K. có thể`: a person written as one letter and a dot
    (a minor, a victim, a defendant not named) inside a sentence that goes on in
    lowercase; not the letter of a longer name (`Chu Thanh H.`) or a code."""
    found = []
    for k in range(1, line.n - 2):
        letter = line.surface[k]
        if len(letter) != 1 or not letter.isupper() or line.surface[k + 1] != ".":
            continue
        if line.gap(k + 1) or not line.lower(k + 2) or line.cap(k - 1) or not line.word(k - 1):
            continue
        found.append(Candidate(k, k + 1, "PER"))
    return found


def _letter_pair(line: Line, start: int, end: int) -> bool:
    """`ông A, ông B`, `nhà anh A ... nhà anh B`: letters standing for anyone, an example's
    people, not a name (news12, news18); another lone capital after the same word says so."""
    if end != start + 1 or len(line.surface[start]) != 1 or not line.surface[start].isupper():
        return False
    return any(
        k != start
        and len(line.surface[k]) == 1
        and line.surface[k].isupper()
        and line.surface[k] != line.surface[start]
        and line.key(k - 1) == line.key(start - 1)
        for k in range(1, line.n)
    )


def _sentence_opener(line: Line, k: int) -> bool:
    """`Riêng | Nguyễn Anh Đào`, `Còn | Trần Văn Hùng`: a listed word that opens the
    sentence, capitalised only for that, before a name."""
    starts = k == 0 or line.surface[k - 1] in '.!?:;"“(-–'
    return starts and line.match(k, "not_names") == k + 1


def _slashed_bylines(line: Line) -> list[Candidate]:
    """`Trung Hiếu/VOV.VN biên dịch`: a name glued by a slash to the outlet it writes for."""
    found = []
    for k in range(2, line.n - 1):
        if line.surface[k] != "/" or line.gap(k) or line.gap(k + 1):
            continue
        outlet = line.match(k + 1, "media") > k + 1 or line.surface[k + 1].isupper()
        start = k
        while start > 0 and k - start < 3 and line.cap(start - 1) and not line.digit(start - 1):
            start -= 1
        opens = start == 0 or not line.word(start - 1)
        source = line.match(k - 1, "media") == k  # "Theo Guardian/CNN": sources, no byline
        if (
            outlet
            and opens
            and k - start >= 2
            and line.match(start, "media", "bodies") < 0
            and not source
        ):
            found.append(Candidate(start, k, "PER"))
    return found


# Words after which a lone foreign-shaped word is where something happens.
_PLACE_BEFORE = ("tại", "ở", "rời", "sang", "khắp", "thăm", "đến", "tới", "gần", "quanh", "khỏi")


def _foreign_names(line: Line) -> list[Candidate]:
    """Foreign names by their shape: `Dennis Hastert` (a weak PER), `tại Mariupol` (LOC)."""
    found = []
    for i in range(line.n):
        if not line.foreign(i) or _listed(line, i):
            continue
        if line.cap(i - 1) and not (after_known_name(line, i) or _opened_by(line, i - 1)):
            continue
        end = foreign_run(line, i)
        if end > i + 1:
            # "New Orleans", "Đăk Nông", "đại lộ Champs-Elysees": a place by its first word or unit.
            unit = any(line.match(k, "place_units") == i for k in range(max(0, i - 2), i))
            placed = unit or line.match(i, "place_prefixes") == i + 1 or line.is_(i - 1, "ở", "tại")
            label = "LOC" if placed else "PER"  # "ở Thunder Bay"
            if unit and end - i >= 3 and line.gap(i + 1) and line.word(i + 1):
                # "tỉnh Champasak | Sonsay Siphandone": a one-word place, then its holder
                found += [
                    Candidate(i, i + 1, "LOC", weak=True),
                    Candidate(i + 1, end, "PER", weak=True),
                ]
                continue
            found.append(Candidate(i, end, label, weak=True))
        elif (
            end == i + 1
            and line.is_(i - 1, *_PLACE_BEFORE)
            and line.surface[end : end + 1] != ["-"]
        ):
            found.append(Candidate(i, end, "LOC", weak=True))
    return found


# Words that open a sentence before the person it is about (`Theo Hideaki Kaneda, ...`,
# `Còn Oskar Krejci cho rằng`): capitalised only for the sentence, not the name's first word.
_PERSON_OPENERS = frozenset(keys_of("theo với còn riêng"))


def _opened_by(line: Line, k: int) -> bool:
    """The word at k opens the sentence and is one of the person openers."""
    starts = k == 0 or line.surface[k - 1] in '.!?:;"“(-–'
    return starts and line.key(k) in _PERSON_OPENERS


def _listed(line: Line, i: int) -> bool:
    """A word of some list other than name particles (`Del Piero` is still a name)."""
    return any(kinds - {"name_particles", "place_prefixes"} for _, kinds in line.hits(i))
