"""ORG: newspapers in the slots the press names them in, beyond the listed names.

An outlet as a credit or a source was an error in six of seven blind sets,
each time one the gazetteers did not list. Three slots name an outlet
whatever it is called:

- the signature an online edition writes before its lead, in brackets and
  then a dash: `(ĐSPL) - Chính quyền …`, `(NLĐO)-Sáng 28-4 …`; the lead
  starts with a capital, so an aside in a sentence (`(LPR) - liên tục …`)
  is none;
- a press word and the paper's country before its name: `báo Pháp Le
  Figaro`, `tờ báo Mỹ New York Times`, `hãng tin Anh Reuters`; the country
  stays a LOC of its own;
- an edition of a listed paper: `Tuổi Trẻ Online`, `Thanh Niên Chủ nhật`,
  `Tiền Phong Điện tử`: the edition word is part of the name;
- a site written as its address, capitalised (`Ren.tv`, `Lenta.ru`,
  `Topwar.ru`: news5, news8, news10; `ANTD.VN` in capitals, news12), wherever it stands;
- a source after `theo` with its country in brackets, the name opened by the
  English article or holding a press word: `theo The Paper (Trung Quốc)` (news10).
"""

from __future__ import annotations

import re

from annotator.nlp.rules.foreign import country_at
from annotator.nlp.rules.lines import Candidate, Line

_DASHES = ("-", "–", "—")
_MAX_SIGNATURE = 6
# Signatures of people, not outlets: a reporter, a contributor, an editor.
_PEOPLE = frozenset(("PV", "CTV", "BTV", "NV", "TG"))
_MAX_NAME = 4
# Words that name an edition of a paper, a closed class.
_EDITIONS = ("Online", "Điện tử", "Chủ nhật", "Cuối tuần", "Cuối tháng", "Xuân", "Mobile")
# A capitalised site address: a name, a dot and a common top-level domain.
_SITE = re.compile(
    r"^[A-Z][A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+)*\.(?:ru|tv|com|net|org|vn|uk|cn|info|VN|COM)$"
)


def outlet_names(line: Line) -> list[Candidate]:
    """The line's outlet signatures, outlets after a press word and country, and editions."""
    found = [Candidate(i, i + 1, "ORG") for i in range(1, line.n - 2) if _signature(line, i)]
    found += [
        Candidate(i, i + 1, "ORG") for i, w in enumerate(line.surface) if "." in w and _site(w)
    ]
    found += [
        Candidate(i + 1, end, "ORG") for i in line.where("theo") if (end := _source(line, i)) > 0
    ]
    for i in line.listed():
        name = _after_country(line, i)
        if name is not None:
            found.append(Candidate(name[0], name[1], "ORG"))
            found.append(Candidate(line.match(i, "press_heads"), name[0], "LOC"))
        edition = _edition(line, i)
        if edition > i:
            found.append(Candidate(i, edition, "ORG"))
    return found


def _site(word: str) -> bool:
    return len(word) > 3 and bool(_SITE.match(word))


def _signature(line: Line, i: int) -> bool:
    """`(ĐSPL) - Chính quyền`: an abbreviation in brackets, a dash, a capitalised lead."""
    if line.surface[i - 1] != "(" or line.surface[i + 1] != ")":
        return False  # asked first: most words stand in no brackets
    word = line.surface[i]
    letters = word.replace(".", "")
    if not (letters.isalpha() and letters[:-1].isupper() and 2 <= len(letters) <= _MAX_SIGNATURE):
        return False
    if word in _PEOPLE:
        return False
    return line.surface[i + 2] in _DASHES and line.cap(i + 3)


def _after_country(line: Line, i: int) -> tuple[int, int] | None:
    """(start, end) of `Le Figaro` in `báo Pháp Le Figaro` with the press word at i, or None."""
    head = line.match(i, "press_heads")
    if head <= i or not line.lower(i):
        return None
    country = country_at(line, head)
    if country <= head or not line.cap(country):
        return None
    end = country
    while end < line.n and end - country < _MAX_NAME and line.cap(end) and line.word(end):
        end += 1
    named = any(line.foreign(k) or _SITE.match(line.surface[k]) for k in range(country, end))
    named = named or line.match(country, "media") > 0
    return (country, end) if end > country and named else None


def _edition(line: Line, i: int) -> int:
    """End of `Tuổi Trẻ Online` at i: a listed paper and an edition word, or -1."""
    paper = max(line.match(i, "outlets"), line.match(i, "media"))
    if paper <= i or not all(line.cap(k) for k in range(i, paper)):
        return -1
    return line.longest(paper, _EDITIONS)


def _source(line: Line, i: int) -> int:
    """End of `The Paper` in `theo The Paper (Trung Quốc)` with `theo` at i, or -1."""
    end = i + 1
    while (
        end < line.n and end - i <= _MAX_NAME and (line.foreign(end) or line.surface[end] == "The")
    ):
        end += 1
    country = country_at(line, end + 1) if line.surface[end : end + 1] == ["("] else -1
    closed = country > end + 1 and line.surface[country : country + 1] == [")"]
    # A foreign name may be a person's (`theo Donald Trump (Mỹ)`): the English article
    # or a press word (`Times`, `Post`, `News`) makes it a title.
    titled = line.surface[i + 1 : i + 2] == ["The"] or any(
        line.match(k, "not_names") == k + 1 for k in range(i + 1, end)
    )
    return end if end > i + 1 and closed and titled else -1
