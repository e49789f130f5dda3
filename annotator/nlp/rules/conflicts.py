"""EVENT: wars and massacres named as such, and signings of one paper.

`thảm sát Bucha`, `vụ thảm sát Mỹ Lai`, `Thế Chiến II`, `Chiến tranh thế giới
thứ hai`: a war or massacre of the `conflicts` gazetteer is an event when a
capitalised name or an ordinal follows it; bare (`cảnh thảm sát`, `tội ác
chiến tranh`) it is generic. `đã ký kết một bản hợp đồng liên danh`, `ký
biên bản bàn giao khu đất`: signing a paper of the `signed` gazetteer is an
event with the lowercase words that name the paper; a signing that is due,
hypothetical, of many papers or with many partners (`phải ký`, `sẽ ký các
hiệp định`, `đã ký hiệp định ... với khoảng 60 quốc gia`) is not; a signing
is done (`đã`, `vừa`, `sau khi`) or by someone named just before it.
"""

from __future__ import annotations

from annotator.nlp.rules.events.conflicts.enemies import enemies_after
from annotator.nlp.rules.events.visits.signings import signed_topic
from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.names import cap_run, is_stop

_NUMBERS = ("nhất", "hai", "ba")
_SIGN_VERBS = ("ký kết", "ký")
# Before `ký`: a signing not done ("sẽ ký", "phải ký"), or `ký` in another word.
_NOT_DONE = frozenset(
    keys_of("sẽ thể phải cần nên không chưa được người chữ thư đăng tự mẫu để muốn")
)
_ONE = ("một bản", "một", "bản")
# A signing done: "đã ký", "vừa ký", "sau khi ký", or by someone named just before.
_DONE = ("đã", "vừa", "mới", "khi")
# "ký hiệp định ... với các nước", "với khoảng 60 quốc gia": many papers, no one signing.
_MANY = ("các", "nhiều", "khoảng", "hơn", "gần", "những")
# Words that end the name of a signed paper ("biên bản bàn giao khu đất | rộng").
_PAPER_END = frozenset(
    keys_of(
        "rộng trị giá với giữa trên tại ở vào cho nhằm để của và theo có gồm trong là đã sẽ "
        "về hôm ngày sáng chiều tối năm tháng"
    )
)
_MAX_PAPER = 4
# First syllables of a signing verb or a war or massacre (the `conflicts` list).
_TRIGGERS = frozenset(keys_of("ký thảm thế chiến đại kháng xung"))


def _ordinal(line: Line, i: int) -> int:
    """End of `II`, `thứ hai`, `lần thứ 2` at i, or -1."""
    if line.roman(i):
        return i + 1
    j = i + 1 if line.is_(i, "lần") else i
    if line.is_(j, "thứ") and (line.digit(j + 1) or line.is_(j + 1, *_NUMBERS)):
        return j + 2
    return -1


def _title_cut(line: Line, noun: int, named: int) -> bool:
    """One capitalised word that is no listed place, then lowercase words: a title's start."""
    if named != noun + 1 or line.match(noun, "places", "bodies") >= named:
        return False
    return line.lower(named) and line.word(named) and not is_stop(line, named)


def conflict_at(line: Line, i: int) -> int:
    """End of `thảm sát Bucha`, `Thế Chiến II` at i, or -1."""
    noun = line.match(i, "conflicts")
    if noun < 0:
        return -1
    named = cap_run(line, noun, 3) if line.cap(noun) and line.word(noun) else -1
    if _title_cut(line, noun, named):
        return -1  # "chiến tranh Biên giới phía Bắc": a title in sentence case, end unknown
    if named > 0 and line.surface[named : named + 1] in (["-"], ["–"]) and line.cap(named + 1):
        named = cap_run(line, named + 1, 3)  # "xung đột Nga - Ukraine": its two sides
    # "cuộc kháng chiến chống | thực dân Pháp": after its classifier, the enemy in lower
    # case names it too; bare ("tinh thần kháng chiến chống giặc") it is a spirit.
    classified = line.is_(noun - 1, "chống") and line.is_(i - 1, "cuộc")
    enemy = enemies_after(line, noun - 1) if classified else -1
    best = max(named, _ordinal(line, noun), enemy)
    return best if best > noun else -1


def signing_at(line: Line, i: int) -> int:
    """End of `ký kết một bản hợp đồng liên danh` at i, or -1."""
    verb = max(line.phrase(i, v) for v in _SIGN_VERBS)
    if verb < 0 or not line.lower(i) or line.key(i - 1) in _NOT_DONE:
        return -1
    named = (line.cap(i - 1) or line.cap(i - 2)) and line.match(i - 1, "honorifics") < 0
    decided = line.is_(i - 1, "định") and line.is_(i - 2, "quyết")  # "quyết định ký" (round 14)
    if not (line.is_(i - 1, *_DONE) or named or decided):
        return -1  # "thì ký hợp đồng", "Ông ký hợp đồng": a way of doing, no one named
    start = max([verb] + [line.phrase(verb, one) for one in _ONE])
    paper = line.match(start, "signed")
    if paper < 0 or _private_contract(line, start, paper):
        return -1
    end = paper
    while end < line.n and end - paper < _MAX_PAPER and line.lower(end) and line.word(end):
        if line.key(end) in _PAPER_END:
            break
        end += 1
    if line.is_(end, "với") and line.is_(end + 1, *_MANY):
        return -1
    return signed_topic(line, end) if line.is_(end, "về") else end


def _private_contract(line: Line, start: int, paper: int) -> bool:
    """`ký hợp đồng mua ...`, `ký hợp đồng làm ăn với Công ty X`: a contract of trade,
    service or labour (`contract_deals`) is a company's or a client's business, no
    EVENT. Blind-time false alarms in four once-blind sets (news9, news22 ×2, news27
    ×3, news29 ×2); the gold leaves 17 of its 19 contract signings unmarked."""
    if paper != start + 2 or not line.is_(start, "hợp") or not line.is_(start + 1, "đồng"):
        return False
    return line.longest(paper, line.gaz.phrases("contract_deals")) > paper


def find_conflicts(line: Line) -> list[Candidate]:
    found: list[Candidate] = []
    for i in range(line.n):
        if line.key(i) not in _TRIGGERS:
            continue
        end = max(conflict_at(line, i), signing_at(line, i))
        if end > i:
            start = i - 1 if line.is_(i - 1, "vụ", "cuộc") else i
            found.append(Candidate(start, end, "EVENT"))
    return found
