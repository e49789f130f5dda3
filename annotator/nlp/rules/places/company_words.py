"""LOC → ORG: a foreign-shaped word the article names a body by is that body, not a place.

Why: a joint venture or a company is often written once in full and then by
its short name alone, after `tại` or `ở` as a place would be (`vụ tham ô tại
Vietsovpetro`, `khởi tố tổng giám đốc OSC`). The place rules read an unknown
foreign-shaped word after `tại` as a place; the gold marks the short name an
ORG (`Xí nghiệp Liên doanh dầu khí Việt - Xô (Vietsovpetro)` then bare
`[Vietsovpetro]` ORG, news21 ×2 and news22 ×3), where the article itself
says what it is: the word ends a company's name (`công ty`, `liên doanh`,
`xí nghiệp` …) or a director's post (`[phó tổng giám đốc phụ trách thương mại
Vietsovpetro]`), or is read as a body on its own. A
town's authority or mayor ends in a place too (`Thị trưởng Vasylkiv`) and
changes nothing.

A listed place never changes (`Đại sứ quán Mỹ` ends in a country), nor does a
Vietnamese word: only a foreign-shaped word has no other reading.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

_NAMING = frozenset({"ORG", "ROLE"})
# Words that make a name a company's; a town's authority or a mayor (`chính quyền
# Vasylkiv`, `Thị trưởng Vasylkiv`) ends in a place too and names none.
_COMPANY_WORDS = ("công ty", "liên doanh", "tập đoàn", "xí nghiệp", "doanh nghiệp", "ngân hàng")
# Posts held at a company: what ends them after a foreign word is the company's name.
_COMPANY_POSTS = ("giám đốc", "tổng giám đốc", "phó giám đốc", "phó tổng giám đốc")


def companies_not_places(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """Relabel as ORG each one-word LOC that the article's bodies or posts are named by."""
    names = {key for line, spans in chosen for key in _body_words(line, spans)}
    if not names:
        return
    for index, (line, spans) in enumerate(chosen):
        relabelled = [
            Candidate(c.start, c.end, "ORG", c.weak) if _named_body(line, c, names) else c
            for c in spans
        ]
        chosen[index] = (line, relabelled)


def _body_words(line: Line, spans: list[Candidate]) -> set[str]:
    """Keys of the unlisted foreign-shaped words that end a company's name, or a post's
    at a company, or that the rules read as a body on their own (`(Vietsovpetro)`)."""
    out = set()
    for c in spans:
        if c.label == "ORG" and c.end - c.start == 1 and _unlisted_foreign(line, c.start):
            out.add(line.key(c.start))  # "([Vietsovpetro])": the rules read it a body here
        if c.label not in _NAMING or c.end - c.start < 2:
            continue
        last = c.end - 2 if line.is_(c.end - 1, ")") and line.is_(c.end - 3, "(") else c.end - 1
        company = any(line.longest(k, _COMPANY_WORDS) > 0 for k in range(c.start, last))
        company = company or (c.label == "ROLE" and line.longest(c.start, _COMPANY_POSTS) > 0)
        if company and _unlisted_foreign(line, last):
            out.add(line.key(last))
    return out


def _named_body(line: Line, c: Candidate, names: set[str]) -> bool:
    return c.label == "LOC" and c.end - c.start == 1 and line.key(c.start) in names


def _unlisted_foreign(line: Line, k: int) -> bool:
    return line.foreign(k) and line.match(k, "places") < 0
