"""A country's short name as the first syllable of a common word is no LOC: `[Nhật ký]`.

`Nhật` is also "day", `Mỹ` "beauty", `Pháp` "law": `Nhật ký` (diary),
`Nhật báo` (daily paper), `Mỹ thuật` (fine arts), `Pháp luật` (the law).
Capitalised at the head of a sentence, a quotation or a title, the first
syllable reads as the country to the gazetteer. At blind time `“[Nhật] ký
Đặng Thùy Trâm”` (news22, twice) and `[Nhật] báo Kommersant bình luận`
(news23) were false LOCs; every gold file leaves such words unmarked. The
words are data (`country_compounds.txt`); a second syllable that runs on
into a verb (`Nhật ký kết`, `Nhật báo cáo`, `Nhật thực hiện`, `Nhật trình
bày`, `Pháp lệnh cho`) makes the country the subject, and the LOC stays.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line, keys_of

# The compound's second syllable and the next one read as a verb: `ký kết`, `ký tên`,
# `báo cáo`, `báo động`, `báo tin`, `thực hiện`, `thực thi`, `trình bày`, `trình lên`,
# `trình diện`, `lệnh cho` (`Pháp lệnh cho quân rút`: France orders, not an ordinance).
_VERBS = (
    "ký kết",
    "ký tên",
    "báo cáo",
    "báo động",
    "báo tin",
    "thực hiện",
    "thực thi",
    "trình bày",
    "trình lên",
    "trình diện",
    "lệnh cho",
)
_VERB_GOES_ON = frozenset(keys_of(verb) for verb in _VERBS)


def drop_country_compounds(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The spans without a one-word LOC that is the first syllable of a common word."""
    return [c for c in spans if not (c.label == "LOC" and _compound_head(line, c))]


def _compound_head(line: Line, c: Candidate) -> bool:
    i = c.start
    if c.end != i + 1 or not line.cap(i) or not line.lower(i + 1):
        return False
    if (line.key(i), line.key(i + 1)) not in line.gaz.by_kind["country_compounds"]:
        return False
    return (line.key(i + 1), line.key(i + 2)) not in _VERB_GOES_ON or not line.lower(i + 2)
