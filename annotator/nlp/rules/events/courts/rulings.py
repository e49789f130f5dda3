"""EVENT: a court's ruling written as the bare verb `tuyên`, a party's appeal and suit.

The gold marks a particular ruling as an EVENT however short the verb
(`TAND tỉnh Tiền Giang đã [tuyên] UBND huyện thua kiện`, `Tòa [tuyên hủy] 2
quyết định`, `mức án tử hình đã [tuyên] với …`), and an appeal lodged or
decided (`Bà Hoàng Anh [kháng cáo].`, `HĐXX bác [kháng cáo] của …`); the
listed steps (`tuyên án`, `tuyên phạt`) were found already, the bare verb
was missed in four blind sets at the time they were blind.

`tuyên` opens many words that are no ruling (`tuyên bố`, `tuyên truyền`,
`tuyên dương`, `tuyên thệ`, `Ban Tuyên giáo`), and the court announcing a
postponement (`tuyên hoãn phiên tòa`) rules nothing; those stay unmarked. A
request or a right to appeal (`yêu cầu kháng cáo`, `quyền kháng cáo`) is no
appeal made, nor is a bare `đơn kháng cáo`; the petition lodged or decided on is
(`ông làm đơn [kháng cáo]`, `HĐXX tuyên bác đơn [kháng cáo] của ông X`), and so is
a party's `kháng án` and an appeal told of one named party (`Hiệp [kháng cáo] kêu
oan`, `X (trạm phó) [kháng án] vì …`): once-blind news8, news22, news23, news24
mark the appeal, the rules missed it in all of them at blind time.
"""

from __future__ import annotations

from annotator.nlp.rules.events.courts.orders import issued_orders
from annotator.nlp.rules.lines import Candidate, Line, keys_of

# Syllables after `tuyên` that make another word or no ruling.
_NOT_RULING = frozenset(
    keys_of("bố truyền dương thệ giáo ngôn chiến huấn úy uý hoãn đọc đoán án phạt y")
)
# What a ruling does, joined to the verb: `tuyên hủy`, `tuyên bác`, `tuyên xử` (what is
# undone, rejected or ruled on stays outside; news23 and news24 mark `[tuyên bác]`,
# `[tuyên xử]`, which the bare verb cut short at blind time).
_JOINED = ("hủy", "huỷ", "bác", "xử", "giảm")  # news26 `[tuyên giảm]` a sentence cut
# Words before `kháng cáo` that make it an appeal decided on: `bác kháng cáo của …`.
_DECIDED = ("bác", "chấp nhận", "không chấp nhận", "xét", "xử", "rút")
# The two words of an appeal by a party to the case.
_APPEALS = ("kháng cáo", "kháng án")
# Words after a named party's appeal that go on telling of it: `kháng cáo kêu oan`,
# `kháng án vì không đồng ý …`, `kháng cáo lên tòa trên`.
_APPEAL_GOES_ON = ("lên", "toàn", "vì", "kêu", "xin")
# A right or a duty to lodge one is no appeal lodged: `có quyền làm đơn kháng cáo`.
_MAY = ("quyền", "có thể", "được", "phải", "nên")
_SENTENCE_OPENERS = frozenset('.!?:;"“')
_ASIDE = 6


def court_rulings(line: Line) -> list[Candidate]:
    """The line's bare rulings (`tuyên`, `tuyên hủy`) and appeals made or decided, and
    the protests lodged and wanted notices issued (`orders`)."""
    found = issued_orders(line)
    for i in line.where("tuyên"):
        end = _ruling(line, i)
        if end > i:
            found.append(Candidate(i, end, "EVENT"))
    for i in line.where("kháng"):
        if line.longest(i, _APPEALS) > i and _appeal_made(line, i):
            found.append(Candidate(i, i + 2, "EVENT"))
    found += [Candidate(i, i + 1, "EVENT") for i in line.where("kiện") if _party_sues(line, i)]
    return found


# Words between a party and its suit: "Azzam al-Ahmed còn tuyên bố sẽ kiện Hamas".
_SUIT_ADVERBS = ("sẽ", "đã", "vừa", "cũng", "lại", "còn")


def _party_sues(line: Line, i: int) -> bool:
    """`ông Dũng kiện ông Đức`, `sẽ kiện Hamas`: the verb `kiện` between a named party (or
    a tense word) and a named one. Once-blind news21, news23 and news24 mark it, the
    rules found none; a suit in general has a common noun on either side (`Dân kiện
    cơ quan công quyền`, `bị dân kiện`), and `khởi kiện`, `khiếu kiện`, `thắng kiện`,
    `đơn kiện của …` have a lowercase word before or after."""
    if not line.lower(i):
        return False
    after = i + 2 if line.is_(i + 1, "ông", "bà") else i + 1
    if not (line.cap(after) and line.word(after)):
        return False
    named = line.cap(i - 1) and line.word(i - 1) and i - 1 > 0
    return named or line.is_(i - 1, *_SUIT_ADVERBS)


def _ruling(line: Line, i: int) -> int:
    """End of `tuyên` or `tuyên hủy` at i, a court's ruling, or -1."""
    if not line.lower(i) or line.key(i + 1) in _NOT_RULING:
        return -1
    if not line.word(i + 1) and not line.is_(i - 1, "đã", "sẽ", "vừa", "mới"):
        return -1  # "lời tuyên." is a fragment, "án đã tuyên." a ruling
    return i + 2 if line.is_(i + 1, *_JOINED) else i + 1


def _appeal_made(line: Line, i: int) -> bool:
    """`Bà Hoàng Anh kháng cáo`, `bác (đơn) kháng cáo của …`, `làm đơn kháng cáo`: an
    appeal by someone named, decided on or lodged."""
    petition = i - 1 if line.is_(i - 1, "đơn") else i
    if line.ending(petition, _DECIDED):
        return line.is_(i + 2, "của")
    if petition < i and line.is_(i - 2, "làm") and not line.ending(i - 2, _MAY):
        return True  # "ông làm đơn kháng cáo": lodged by the subject of the sentence
    return _named_party(line, i) and (not line.word(i + 2) or line.is_(i + 2, *_APPEAL_GOES_ON))


def _named_party(line: Line, i: int) -> bool:
    """A capitalised name right before i, past a bracketed aside (`X (trạm phó)`): two
    capitalised words, or one opening its sentence (`. Hiệp kháng cáo`)."""
    k = i
    if k > 0 and line.surface[k - 1] == ")":
        opening = next(
            (j for j in range(k - 2, max(k - _ASIDE, 0), -1) if line.surface[j] == "("), -1
        )
        if opening < 0:
            return False
        k = opening
    if line.ending(k, _PARTIES):
        return True  # "Gia đình bị hại kháng cáo" (news30)
    if not (line.cap(k - 1) and line.word(k - 1)):
        return False
    addressed = line.is_(k - 2, *_ADDRESSES)  # "bà Mung kháng cáo" (news25)
    return k == 1 or addressed or line.cap(k - 2) or line.surface[k - 2] in _SENTENCE_OPENERS


# A party named by its role in the case or addressed by one given name: both appealed
# in once-blind news25 and news30, missed at blind time.
_PARTIES = ("bị hại", "bị cáo", "nguyên đơn", "bị đơn")
_ADDRESSES = ("ông", "bà", "anh", "chị")
