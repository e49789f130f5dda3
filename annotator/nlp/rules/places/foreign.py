"""Unknown foreign places told by their context: `theo hướng Izyum`, `ngôi làng Melovoe`.

War and travel reports name villages and towns no gazetteer holds. A
foreign-shaped capitalised word (no Vietnamese syllable) after a word of
direction or settlement (`hướng`, `làng`, `thị trấn`, `phía tây của`) is a
place whatever it is, and a glued hyphen chain of such words after it
(`Lisichansk-Severodonetsk-Rubezhnoye`) is one front or area named by its
towns. After a word of movement (`từ`, `tới`, `đến`, `gần`) people and
companies are common too (`thư từ Smith`, `từ Google`), so there the word
must also end like a transliterated place (`-sk`, `-ovo`, `-ka`, `-aya` …).
A following `và`/`,`/spaced dash carries the reading to the next name of the
same shape. A name followed by `là (một) (ngôi) làng / thị trấn / thành phố`
is a place as well. Anything a gazetteer knows is left to its own rule.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

# One word before the name that makes it a place whatever its shape (`trận địa`, a
# position held, too: news11). Beside a listed foreign place after `và` or a comma a
# name shaped like a place is one (`Crimea và Sevastopol`, news3, news8, news13).
_STRONG_CUES = ("hướng", "làng", "xóm", "trấn", "ngoại", "trận")
# Words before the name that make it a place when it is shaped like one.
_MOVE_CUES = ("từ", "tới", "đến", "gần", "quanh", "tại", "ở")
_POINTS = ("đông", "tây", "nam", "bắc")
_SIDES = ("phía", "hướng", "miền", "mạn")
# Endings of transliterated Slavic and other settlement names.
_PLACE_ENDINGS = (
    "sk", "ovo", "evo", "ino", "yno", "ovka", "evka", "ivka", "ka", "oe", "oye",
    "aya", "ye", "oye", "pol", "grad", "burg", "stadt", "ville", "ivtsi", "ovsk",
)  # fmt: skip
# Nouns after `X là (một) (ngôi)` that make X a place.
_SETTLEMENTS = ("làng", "thị trấn", "thành phố", "thị xã", "ngôi làng", "khu định cư")


def foreign_places(line: Line) -> list[Candidate]:
    """Foreign-shaped unknown names read as places from the words around them."""
    found: list[Candidate] = []
    i = 0
    while i < line.n:
        if not _unknown_foreign(line, i):
            i += 1
            continue
        strong = _strong_cue(line, i)
        cued = strong or _move_cue(line, i) or _beside_known_place(line, i)
        end = _chain(line, i, shaped=not strong) if cued else -1
        if end < 0 and (_settlement_after(line, i) or _long_chain(line, i)):
            end = _chain(line, i, shaped=False)
        if end < 0:
            i += 1
            continue
        found.append(Candidate(i, end, "LOC"))
        i = _coordinated(line, end, found, shaped=not strong)
    return found


def _strong_cue(line: Line, i: int) -> bool:
    """`hướng X`, `làng X`, `thị trấn X`, `phía tây của X`, `ngoại ô X`."""
    if line.lower(i - 1) and line.is_(i - 1, *_STRONG_CUES):
        return not line.is_(i - 1, "trấn") or line.is_(i - 2, "thị")
    if line.is_(i - 1, "địa") and line.is_(i - 2, "trận"):
        return True  # "trên trận địa Vornovaha": a position held
    if line.is_(i - 1, "ô") and line.is_(i - 2, "ngoại"):
        return True
    return (
        line.is_(i - 1, "của")
        and line.is_(i - 2, *_POINTS)
        and (line.is_(i - 3, *_SIDES) or line.is_(i - 3, *_POINTS) and line.is_(i - 4, *_SIDES))
    )


def _beside_known_place(line: Line, i: int) -> bool:
    """`cho Crimea và Sevastopol`: after `và` or a comma that follow a listed foreign place,
    a name shaped like a place (its ending is asked by `_chain`) is one too."""
    if not (line.is_(i - 1, "và") or line.surface[i - 1 : i] == [","]):
        return False
    k = i - 2
    while k > 0 and line.cap(k - 1) and line.match(k - 1, "places") == i - 1:
        k -= 1
    return line.match(k, "places") == i - 1 and line.foreign(k)


def _long_chain(line: Line, i: int) -> bool:
    """Three or more glued foreign names (`Lisichansk-Severodonetsk-Rubezhnoye`): no person."""
    return not _unknown_foreign(line, i - 1) and _chain(line, i, shaped=False) >= i + 5


def _move_cue(line: Line, i: int) -> bool:
    return line.lower(i - 1) and line.is_(i - 1, *_MOVE_CUES)


def _settlement_after(line: Line, i: int) -> bool:
    """`Melovoe là một ngôi làng`: the name is the subject of a settlement noun."""
    end = _chain(line, i, shaped=False)
    if end < 0 or not line.is_(end, "là"):
        return False
    k = end + 1
    if line.is_(k, "một"):
        k += 1
    return any(line.phrase(k, noun) > k for noun in _SETTLEMENTS)


def _chain(line: Line, i: int, *, shaped: bool) -> int:
    """End of one foreign word or a glued hyphen chain of them at i, or -1.

    Not a known gazetteer entry, and not followed by another capitalised word
    (`từ Jens Stoltenberg` is a person's name).
    """
    if not _unknown_foreign(line, i):
        return -1
    end = i + 1
    while (
        end + 1 < line.n
        and line.surface[end] in "-–"
        and not line.gap(end)
        and not line.gap(end + 1)
        and _unknown_foreign(line, end + 1)
    ):
        end += 2
    if end < line.n and line.cap(end) and line.word(end):
        return -1
    if shaped and end == i + 1 and not line.key(i).endswith(_PLACE_ENDINGS):
        return -1
    return end


def _unknown_foreign(line: Line, i: int) -> bool:
    return (
        0 <= i < line.n
        and line.cap(i)
        and line.foreign(i)
        and not line.surface[i].isupper()
        and not line.hits(i)
    )


def _coordinated(line: Line, end: int, found: list[Candidate], *, shaped: bool) -> int:
    """`từ Slavyansk và Kramatorsk`, `hướng Kremennaya - Rubizhnoye`: the next names too."""
    while end + 1 < line.n and (line.is_(end, "và") or line.surface[end] in ",-–"):
        nxt = _chain(line, end + 1, shaped=shaped)
        if nxt < 0:
            break
        found.append(Candidate(end + 1, nxt, "LOC"))
        end = nxt
    return end
