"""DOC: a bill or a law named by its subject, and where that subject ends.

Bills and laws named by what they govern were missed or cut in five of ten
blind sets (news4, news6, news8, news9, news12; 16 lines at blind time, 7 still
wrong in round 15): a bill in lowercase (`đại biểu cho ý kiến về [dự luật công
cụ chuyển nhượng]`, `dự án [luật phòng chống tham nhũng]`), a subject pair
joined by a comma (`Pháp lệnh Thực hành tiết kiệm, chống lãng phí` cut at the
comma) and a verb read into the name (`Luật chống tham nhũng | ra đời`).

The construction: `dự luật` (kept inside, as the gold has it) or a lowercase
`luật` after `dự án` / `dự thảo` (they stay outside: `dự án [Luật Quốc
phòng]`), then its subject: lowercase words up to a grammar word, a verb the
rules know or a word saying what the law does or how old it is; `, chống`
goes on (`phòng, chống`, `tiết kiệm, chống lãng phí`). A bill with no
subject (`dự luật này`, `Dự luật gồm 8 chương`), bills in the plural (`các
dự luật`) and `luật` alone (`theo luật`, `luật pháp`) are none.
"""

from __future__ import annotations

from annotator.nlp.rules.laws.ends import opens_clause
from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.names import STOP, is_stop
from annotator.nlp.rules.phrases import YEARISH

# Words before a bill that make it many or any bill: no one document.
_PLURAL = ("các", "những", "nhiều", "mọi", "một", "số", "hai", "ba", "mấy")
_OPENERS = ("dự án", "dự thảo")
# Second syllables that make `luật` another word: luật sư, luật pháp, luật lệ …
_OTHER_WORDS = frozenset(keys_of("sư pháp lệ gia hóa hoá định chơi"))
# What follows a law's name and is no part of it: what happens to the law, how
# old or how important it is, a back reference, a question.
_PREDICATES = (
    "ra đời",
    # What a law or ordinance does, right after its name (`[Pháp lệnh thực hành tiết
    # kiệm, chống lãng phí] đưa ra …`, news14; `ra đời` news12, `mới` news6).
    "đưa ra",
    "đặt ra",
    "nêu",
    "ghi rõ",
    "quy định rõ",
    "cho phép",
    "yêu cầu",
    "nghiêm cấm",
    "có hiệu lực",
    "đi vào",
    "như thế nào",
    "thế nào",
    "ra sao",
    "nói trên",
    "trên",
    "mới",
    "cũ",
    "hiện hành",
    "quan trọng",
    "khác",
    "này",
    "đó",
    "ấy",
)
# Parts of the day and spans of time that start a time after the bill.
_TIMES = ("hôm", "sáng", "chiều", "tối", "trưa", "đêm", "tuần", "tháng")
_MAX_SUBJECT = 10
_MIN_WORDS = 2


def find_bills(line: Line) -> list[Candidate]:
    """DOC candidates of bills named by their subject in lowercase."""
    found = []
    for i in line.where("luật"):
        found += _pair_of_bills(line, i)
        start = _bill_start(line, i)
        if start < 0 or line.is_(i + 1, *_OTHER_WORDS):
            continue
        end = subject_end(line, i + 1)
        if end - (i + 1) >= _MIN_WORDS:
            found.append(Candidate(start, end, "DOC"))
    return found


def _bill_start(line: Line, i: int) -> int:
    """Where the bill whose `luật` is at i starts: `dự` of `dự luật`, `luật` after
    `dự án`/`dự thảo`; -1 for no bill or a plural one."""
    if line.is_(i - 1, "dự"):
        return -1 if line.is_(i - 2, *_PLURAL) else i - 1
    if line.lower(i) and line.ending(i, _OPENERS) and not line.is_(i - 3, *_PLURAL):
        return i
    return -1


def _pair_of_bills(line: Line, i: int) -> list[Candidate]:
    """`hai [dự luật phòng chống tham nhũng] và [thực hành tiết kiệm, chống lãng phí]`:
    two bills counted, then their two subjects joined by `và`, are two DOCs, the
    second by its subject alone (news16); two bills pointed back to (`hai dự luật
    này`) or one subject only are none."""
    opener = i - 1 if line.is_(i - 1, "dự") else i - 2 if line.ending(i, _OPENERS) else -1
    if opener < 0 or not line.is_(opener - 1, "hai") or not line.lower(i):
        return []
    first = subject_end(line, i + 1)
    if first - (i + 1) < _MIN_WORDS or not line.is_(first, "và"):
        return []
    second = subject_end(line, first + 1)
    if second - (first + 1) < _MIN_WORDS or line.word(second) and not is_stop(line, second):
        return []
    start = i - 1 if opener == i - 1 else i
    return [Candidate(start, first, "DOC"), Candidate(first + 1, second, "DOC")]


def subject_end(line: Line, k: int) -> int:
    """End of a law's subject from k: lowercase words (the first may be capitalised)
    up to a grammar word, a verb or a predicate; `, chống …` goes on."""
    start = k
    end = _words(line, k, first=True)
    while end > start and end - start < _MAX_SUBJECT and _pair_comma(line, end):
        end = _words(line, end + 1, first=False)
    return end


def joined_subject(line: Line, end: int) -> int:
    """`Pháp lệnh Thực hành tiết kiệm | , chống lãng phí`: a name cut at the comma of
    a subject pair runs on over `, chống` and its object."""
    while _pair_comma(line, end):
        nxt = _words(line, end + 1, first=False)
        if nxt <= end + 2:
            break
        end = nxt
    return end


def ends_law(line: Line, k: int) -> bool:
    """A word that ends a law's lowercase name: `Luật chống tham nhũng | ra đời`,
    `dự luật | vì …`."""
    return line.longest(k, _PREDICATES) > k or opens_clause(line, k)


def _pair_comma(line: Line, end: int) -> bool:
    return (
        line.surface[end : end + 1] == [","] and line.is_(end + 1, "chống") and line.lower(end + 1)
    )


def _words(line: Line, k: int, *, first: bool) -> int:
    start = k
    while k < line.n and k - start < _MAX_SUBJECT:
        capital_first = first and k == start and line.cap(k)
        if not (line.lower(k) or capital_first) or _ends_subject(line, k):
            break
        if line.is_(k, "năm") and YEARISH.match(line.surface[k + 1] if k + 1 < line.n else ""):
            return k + 2  # "dự luật ngân sách năm 2024"
        k += 1
    return k


def _ends_subject(line: Line, k: int) -> bool:
    """A grammar word or verb (not a noun the body rules stop at: `thông tin`), a
    predicate, a state (`dự luật Mỹ`) or a time (`dự luật X | hôm qua`)."""
    listed_stop = line.match(k, "stops") > k and line.key(k) not in STOP
    if is_stop(line, k) and not listed_stop or ends_law(line, k):
        return True
    if line.is_(k, *_TIMES) or line.match(k, "time_words") > k:
        return True
    return line.cap(k) and line.match(k, "places") > k
