"""EVENT: one affair named by its misdeed alone, `[vụ tham ô]`, `[vụ tiêu cực]`.

`trong [vụ tham ô] ở Vietsovpetro`, `về [vụ tiêu cực] tại Bộ GTVT`, `[Vụ tham
nhũng] tại công trình tu bổ ...`, `trong [vụ lừa đảo](16/09/2005)`: the gold of
the later sets marks a singular affair named by what was done wrong, the place
after it outside (28 of 38 such `vụ` in the tuning files; the rest counted,
pointed back at with `này`, or from news3 and news5, before the convention).
`buôn lậu` is not listed: written bare it stood inside a longer trial in the
gold (news6, news24), named by a place it is the case rules'.
At blind time the rules missed them in eight once-blind sets (news19, news20,
news21, news22 ×4, news24, news26, news28, news29 ×2); `affairs` read them
only after a cue and with a name.

Only where the phrase ends at the misdeed (a pause, a grammar word or verb, or
a place after `tại`): a complement after it (`vụ lừa đảo thuế`, `vụ tiêu cực
bóng đá`) leaves the extent unknown, and an owner after `của` belongs to it
(`[vụ nhận hối lộ của Đoàn Thanh tra]`). Before a place after `ở` the gold marks
one of three (news22 yes; news3 `trong vụ tham ô ở Công ty Dệt Nam Định` and
news20's headline `Vụ tiêu cực ở PMU 18` no), after `tại` all three: `ở` does
not close it. Counted (`các`, `những`, `hàng loạt`, `3 vụ`), pointed back (`vụ
tiêu cực này`) or a deal (`phi vụ`): none.
"""

from __future__ import annotations

from annotator.nlp.rules.events.conflicts.incidents import VU_WORDS
from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.stop_words import is_stop

# Words before `vụ` that count affairs or make it a deal: no one affair.
_COUNTED = frozenset(keys_of("các những mọi mỗi nhiều mấy vài từng số loạt phi là"))
# Words after the misdeed that point back at one already told, hand it an owner, or
# place it where the gold leaves it mostly unmarked.
_NOT_CLOSING = frozenset(keys_of("này đó ấy trên của ở"))
_PAUSES = frozenset(',.;:()!?"“”')
_OPENERS = frozenset('.!?:"“-–(')


def find_misdeeds(line: Line) -> list[Candidate]:
    """Singular affairs named by their misdeed alone, on the line."""
    found = []
    for i in line.where("vụ"):
        end = misdeed_at(line, i)
        if end > i:
            found.append(Candidate(i, end, "EVENT"))
    return found


def misdeed_at(line: Line, i: int) -> int:
    """End of `vụ tham ô` at i when its phrase ends at the misdeed, or -1."""
    if not line.is_(i, "vụ") or line.is_(i - 1, *VU_WORDS):
        return -1
    if line.cap(i) and not (i == 0 or line.surface[i - 1] in _OPENERS):
        return -1
    if line.key(i - 1) in _COUNTED or line.digit(i - 1):
        return -1
    end = line.longest(i + 1, line.gaz.phrases("misdeeds"))
    if end < 0:
        return -1
    return end if _closed(line, end) else _complement(line, end)


_MAX_COMPLEMENT = 2
# Words after a complement that close the affair's phrase (its place, its author after
# `do`, a pause); `của` hands it an owner, whose end is another rule's.
_AFTER_COMPLEMENT = frozenset(keys_of("ở tại do trong hay và thì là đã đang bị được"))


def _complement(line: Line, k: int) -> int:
    """End of `bóng đá`, `nhà đất`, `tham nhũng` after the misdeed at k, or -1: one or two
    lowercase words naming what it was about, the phrase closing right after them.

    The later gold marks them whole (news22 `[vụ lừa đảo nhà đất] ở Công ty …`, news26
    `[vụ cá độ bóng đá] do …`, `3 [vụ tiêu cực bóng đá],`, `[vụ bê bối tham nhũng] hay
    không`; news13, news16 `[vụ tiêu cực điện kế điện tử]`), missed at blind time. A
    longer complement, a number or an owner after it leaves the end unknown (news5
    `vụ lừa đảo thuế xuyên quốc gia`, news29 `vụ tiêu cực thiếu hụt 11 triệu đồng`)."""
    end = k
    while end < line.n and end - k < _MAX_COMPLEMENT and line.lower(end) and line.word(end):
        if is_stop(line, end) or line.key(end) in _AFTER_COMPLEMENT:
            break
        end += 1
    if end == k:
        return -1
    closing = end >= line.n or line.surface[end] in _PAUSES
    return end if closing or line.key(end) in _AFTER_COMPLEMENT else -1


def _closed(line: Line, k: int) -> bool:
    """Whether the affair's phrase ends before token k."""
    if k >= line.n or line.surface[k] in _PAUSES:
        return True
    if line.key(k) in _NOT_CLOSING:
        return False
    return line.lower(k) and is_stop(line, k)
