"""The name of a body after a post is the post's, not a person's.

A post before a capitalised word reads like a title before a name (`Tổng thống
Putin`), so `giám đốc Agrimexco` came out a ROLE and a PER, and the company's
name was then carried as a PER through the article. The gold keeps a post and
the body it heads in one ROLE (`giám đốc Agrimexco`, `Giám đốc CIA`,
`Phó Cục trưởng C14`): no gold file leaves an acronym right after a ROLE
outside it. A word is a body's name when it is an acronym (`CIA`, `C14`,
`OSC`) or when the article has it alone as an ORG elsewhere (`công ty
Agrimexco`, `... hải sản TP HCM (Agrimexco)`), provided it is foreign-shaped:
a Vietnamese given name can also be a company's. A foreign-shaped word the
article writes once right after the noun of a firm (`tập đoàn Gazprom`,
`Liên doanh dầu khí Vietsovpetro`) names that body too, even where no rule
marked it: then `chủ tịch Gazprom` is one post and a lone `Gazprom` the firm
(news4 and news26 had `giám đốc Agrimexco`, news20 `Giám đốc CIA`). A party
named after `đảng` (`chủ tịch Golkar`, news26) is read in one place, with its
other bare mentions: `bodies.parties.party_mentions`.
"""

from __future__ import annotations

import re

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import is_stop, is_surname

# Nouns of a firm a foreign-shaped name may follow (`tập đoàn Gazprom`).
_BODY_NOUNS = ("công ty", "tập đoàn", "hãng", "liên doanh")
# Lowercase words looked back over for the noun (`công ty dầu khí Petronas`).
_NOUN_REACH = 3
# Two or more capitals or digits, starting with a capital letter: `CIA`, `C14`, `PMU18`.
_ACRONYM = re.compile(r"[A-ZĐ][A-ZĐ0-9]+")
_ROMAN = re.compile(r"[IVXLC]+")


def bodies_not_people(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """A person's span made of a body's name joins the post before it, or is an ORG;
    an acronym right after a post joins it."""
    named = _single_bodies(chosen)
    for index, (line, spans) in enumerate(chosen):
        spans = _people_as_bodies(line, spans, named)
        chosen[index] = (line, _posts_with_acronyms(line, spans))


def _single_bodies(chosen: list[tuple[Line, list[Candidate]]]) -> set[str]:
    """Keys of the foreign-shaped words and acronyms the article has alone as an ORG,
    or right after the noun of a firm."""
    alone = {
        line.keys[c.start]
        for line, spans in chosen
        for c in spans
        if c.label == "ORG" and c.end == c.start + 1 and _foreign_or_acronym(line, c.start)
    }
    return alone | {line.keys[i] for line, _ in chosen for i in _headed_names(line)}


def _headed_names(line: Line) -> list[int]:
    """Tokens of one foreign-shaped capitalised word after a firm's noun and at most
    a few lowercase words (`tập đoàn Gazprom`, `công ty dầu khí Petronas`)."""
    found: list[int] = []
    if not line.starting(_BODY_NOUNS):
        return found  # no firm's noun in the line: no name it heads
    for i in range(1, line.n):
        if not line.foreign(i) or not line.cap(i) or line.hits(i):
            continue
        if line.cap(i + 1) and not is_surname(line, i + 1):
            continue  # one word, or one before its head's full name (`Vietsovpetro | Dương …`)
        for k in range(i - 1, max(-1, i - 2 - _NOUN_REACH), -1):
            if line.longest(k, _BODY_NOUNS) > k:
                found.append(i)
                break
            if not line.lower(k) or is_stop(line, k) or line.match(k, "honorifics") > k:
                break  # "công ty của ông Smith": the firm is his, he is no firm
    return found


def _foreign_or_acronym(line: Line, i: int) -> bool:
    return line.foreign(i) or _acronym(line, i)


def _body_word(line: Line, i: int, named: set[str]) -> bool:
    """Token i names a body: an acronym, or a word the article has alone as an ORG."""
    return _acronym(line, i) or (line.foreign(i) and line.keys[i] in named)


def _named_alone(line: Line, c: Candidate, named: set[str]) -> bool:
    """Span c is one word the article has alone as an ORG (`AMASECO`, `Agrimexco`)."""
    return (
        c.end == c.start + 1 and _foreign_or_acronym(line, c.start) and line.keys[c.start] in named
    )


def _acronym(line: Line, i: int) -> bool:
    """`CIA`, `C14`: capitals and digits, not a Roman numeral (`khóa IX`)."""
    return _acronym_end(line, i) > i


def _acronym_end(line: Line, i: int) -> int:
    """End of the acronym at token i with the digits glued to it (`C` `47` of `C47`),
    or -1."""
    if not line.cap(i) or not line.surface[i].isupper():
        return -1  # most words: no acronym starts lowercase or title-case
    end = i + 1
    while end < line.n and not line.gap(end) and line.digit(end):
        end += 1
    word = "".join(line.surface[i:end])
    return end if _ACRONYM.fullmatch(word) and not _ROMAN.fullmatch(word) else -1


def _people_as_bodies(line: Line, spans: list[Candidate], named: set[str]) -> list[Candidate]:
    """A PER span that starts with a body's name: the post right before it takes the
    name (`tổng giám đốc OSC Việt Nam`), and a person's full name after it stays a
    PER (`Tổng giám đốc VCB | Vũ Viết Ngoạn`); with no post, a lone name is the ORG
    (`bán cho Agrimexco`). A lone name already an ORG right after a post joins it too
    (`giám đốc Agrimexco`, where the article has `công ty Agrimexco`)."""
    out: list[Candidate] = []
    for c in spans:
        last = out[-1] if out else None
        post = last if last is not None and last.label == "ROLE" and last.end == c.start else None
        if c.label == "ORG" and post is not None and _named_alone(line, c, named):
            out[-1] = Candidate(post.start, c.end, "ROLE")
        elif c.label != "PER" or not _body_word(line, c.start, named):
            out.append(c)
        elif post is not None:
            body = max(_acronym_end(line, c.start), c.start + 1)
            end = _person_after(line, body, c.end)
            out[-1] = Candidate(post.start, end, "ROLE")
            if end < c.end:
                out.append(Candidate(end, c.end, "PER"))
        elif _named_alone(line, c, named):
            out.append(Candidate(c.start, c.end, "ORG"))
        else:
            out.append(c)  # "MINH THU": a byline in capitals is a person's
    return out


def _person_after(line: Line, body: int, end: int) -> int:
    """Where a full name from a family name starts between a body's name ending at
    `body` and a span's `end` (`VCB | Vũ Viết Ngoạn`), or the later of the two."""
    return next((k for k in range(body, end - 1) if is_surname(line, k)), max(body, end))


def _posts_with_acronyms(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """`Giám đốc CIA`: an acronym no span holds, right after a ROLE, is its body."""
    starts = {c.start for c in spans}
    out = []
    for c in spans:
        end = _acronym_end(line, c.end) if c.label == "ROLE" and line.gap(c.end) else -1
        if end > c.end and not starts.intersection(range(c.end, end)):
            c = Candidate(c.start, end, "ROLE")
        out.append(c)
    return out
