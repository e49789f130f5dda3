"""Who a text or a photo comes from: `(Theo Guardian, Independent)`, `Ảnh: Wikimedia Commons`.

A closing aside after the author's name (`Huyền Lê (Theo Guardian,
Independent)`, `MINH THU (lược dịch)`) leaves the name a byline; the sources
it names are ORGs. A photo credit whose name is foreign-shaped (`Ảnh:
East2west News`, `Ảnh: Getty Images`) is an agency or archive, an ORG, not a
person, unless it is two or three title-case words naming no agency (`Ảnh:
Stephane Mahe`); a Vietnamese photographer's name (`Ảnh: Nguyễn Trường`) stays a PER.
"""

from __future__ import annotations

from annotator.core.vietnamese import foreign_shaped
from annotator.nlp.rules.lines import Candidate, Line, keys_of

_MAX_RUN = 4


def closing_aside(line: Line, start: int) -> bool:
    """Tokens from `start` to the end of the line are one bracketed aside."""
    return (
        start < line.n - 1
        and line.surface[start] == "("
        and line.surface[-1] == ")"
        and "(" not in line.surface[start + 1 : -1]
    )


def _run(line: Line, i: int) -> int:
    """End of a capitalised run at i (letters and digits, `East2west`), or i; a piece
    glued to the word before it (`East|2west`) is the same word. A credit in capitals
    ends before a Vietnamese word in title case: the next sentence begins there."""
    j = i
    while j < line.n and j - i < _MAX_RUN and line.word(j):
        if not line.cap(j) and (j == i or line.gap(j)):
            break
        if j > i and _next_sentence(line, j):
            break
        j += 1
    return j


def _next_sentence(line: Line, j: int) -> bool:
    """`Ảnh: REUTERS | Báo chí Thái Lan cho biết`, `Ảnh: VNN | Thưa ông`: a caption whose
    credit in capitals runs on into the next sentence with no full stop between (news22,
    news25 and news27 at blind time, the credit read as a person with the word after)."""
    before, word = line.surface[j - 1], line.surface[j]
    capitals = len(before) > 1 and before.isalpha() and before.isupper()
    titled = word.isalpha() and not word.isupper()
    return capitals and titled and not line.foreign(j)


def aside_sources(line: Line, start: int) -> list[Candidate]:
    """The comma-separated sources of `(Theo Guardian, Independent)` opening at `start`."""
    if not line.is_(start + 1, "theo"):
        return []
    found = []
    i = start + 2
    while i < line.n - 1:
        end = _run(line, i)
        if end == i or line.surface[end] not in (",", ")"):
            return []
        found.append(Candidate(i, end, "ORG"))
        i = end + 1
    return found


def credit_heads(line: Line) -> list[tuple[int, int]]:
    """(start, end) of each word that opens a credit (`Ảnh`, `Video`, `Đồ họa`): `ảnh`
    in any case, as older sources write it, the others capitalised (`xem video: ...`
    opens no credit)."""
    found = []
    for i in line.listed():
        end = line.match(i, "credit_heads")
        if end > i and (line.cap(i) or line.is_(i, "ảnh")):
            found.append((i, end))
    return found


def photo_credits(line: Line) -> list[Candidate]:
    """`Ảnh: Wikimedia Commons`, `Đồ họa: Mapbox`: a foreign-shaped credit is an ORG;
    `Nguồn: Sputnik`, `(Nguồn: Lenta.ru)`: a named source is one too, the outlet or body
    a text or picture comes from, never a person (the gold has 3 of 3)."""
    found = [Candidate(i + 2, end, "ORG") for i, end in _sources(line)]
    for i, head in credit_heads(line):
        if line.cap(i) and line.surface[head : head + 1] == [":"]:
            end = _run(line, head + 1)
            foreign = any(_foreign_credit(line, k) for k in range(head + 1, end))
            if end > head + 1 and foreign and line.match(head + 1, "surnames") < 0:
                label = "PER" if _photographer(line, head + 1, end) else "ORG"
                found.append(Candidate(head + 1, end, label))
    return found


# Words that make a credit an agency or an archive, not a photographer.
_AGENCY_WORDS = frozenset(
    keys_of(
        "news images image press photo photos commons agency media tv times post daily "
        "technologies technology group inc corp ltd labs studio studios foundation "
        "institute network channel service center centre archive archives museum live "
        "chronicle tribune herald journal gazette today online insider business street "
        "world global national international associated"
    )
)


def _foreign_credit(line: Line, k: int) -> bool:
    """A foreign-shaped word, or one in capitals that would be in title case (`REUTERS`,
    `VIETNAMNET`, `VNN`): the shape test reads capitals as an acronym, yet a
    photographer's name in capitals is Vietnamese (`QUANG ĐỊNH`) and stays out."""
    word = line.surface[k]
    capitals = len(word) > 1 and word.isalpha() and word.isupper()
    return line.foreign(k) or (capitals and foreign_shaped(word.capitalize()))


def _photographer(line: Line, start: int, end: int) -> bool:
    """`Ảnh: Stephane Mahe`: two or three title-case words naming no agency are a person."""
    if not 2 <= end - start <= 3 or line.match(start, "media", "bodies") > start:
        return False
    words = line.surface[start:end]
    titled = all(w.isalpha() and w[0].isupper() and w[1:].islower() for w in words)
    return titled and not any(line.key(k) in _AGENCY_WORDS for k in range(start, end))


def titled_outlets(line: Line) -> list[Candidate]:
    """`Trả lời Tuổi Trẻ`, `Theo Người Lao Động`: a newspaper whose name is also a
    common phrase is an ORG only title-cased, and not inside a longer name."""
    found = []
    for i in line.listed():
        end = line.match(i, "outlets")
        if end <= i or line.cap(i - 1) or line.cap(end):
            continue
        if all(line.cap(k) for k in range(i, end)):
            found.append(Candidate(i, end, "ORG"))
    return found


_SOURCE = keys_of("nguồn")[0]


def _sources(line: Line) -> list[tuple[int, int]]:
    """(index of `Nguồn`, end of the name) for every `Nguồn: X` credit of the line."""
    found = []
    for i in range(line.n - 2):
        if line.keys[i] != _SOURCE or not line.cap(i) or line.surface[i + 1] != ":":
            continue
        end = _run(line, i + 2)
        if end > i + 2 and line.match(i + 2, "surnames") < 0:
            found.append((i, end))
    return found


def cut_credit_run_ons(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """`Ảnh: REUTERS Báo chí …`, `Ảnh: VIETNAMNET Ông Tiến …`: a span that took a
    credit in capitals together with the next sentence's first words is the credit
    alone, an agency (the name finders read the pair as a person or a body)."""
    starts = {head + 1 for i, head in credit_heads(line) if line.surface[head : head + 1] == [":"]}
    kept = []
    for span in spans:
        k = span.start
        run_on = span.end > k + 1 and _next_sentence(line, k + 1)
        if k in starts and run_on and _foreign_credit(line, k) and line.surface[k].isupper():
            span = Candidate(k, k + 1, "ORG")
        kept.append(span)
    return kept
