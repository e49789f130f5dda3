"""EVENT: a banquet held, a state recognised, a signing to come: acts of foreign affairs.

Official acts written as a single verb were missed at blind time in eight of
the ten sets (news3 `tiếp`, news7 and news10 `thăm`, news9 and news11 `gặp`
…); news12 brought two more of the class: a banquet a host holds (`Chủ tịch
QH tổ chức [chiêu đãi] trọng thể Chủ tịch X`, as news8 0339 `tại [tiệc chiêu
đãi] Tổng bí thư`) and the recognition of a state (`Duma đề nghị [công nhận]
DPR và LPR`, `Moscow sẽ [công nhận] DPR và LPR`, `việc chính thức [công nhận]
hai nước cộng hòa tự xưng`, three times in news12 0337). How it was held
(`trọng thể`) and the guest or the states stay outside, as the gold has them.
A meal taken with a titled guest is the same act written as a verb (news13 0300
`Tổng thống Indonesia [ăn trưa] với Quốc vương Arab Saudi`, twice; three sets
with news8 and news12's banquets).

Agreements to be signed in a visit, the signing written in the passive after them
(`các hiệp định có thể sẽ được [ký kết] trong chuyến thăm này`, `… và nông nghiệp sẽ
được [ký kết].`), are marked in once-blind news18 and news22 and were missed there;
a signing past or in general (`được ký tháng 6-2003`, `các giao dịch được ký kết
theo …`) has no `sẽ` and stays unmarked.

Lookalikes left alone: a dish served (`chiêu đãi khách món ăn`: nothing holds
a banquet), credentials or a title recognised (`công nhận tư cách đại biểu`,
`được công nhận là`, `UNESCO công nhận Không gian văn hóa …` names a heritage
site, no state).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.places.listed import place_at

# Verbs that hold a banquet: "tổ chức chiêu đãi", "mở tiệc chiêu đãi", "dự chiêu đãi".
_HOLD = ("tổ chức", "mở", "dự", "tham dự", "tiệc")
# States recognised without their names: "hai nước cộng hòa", "nền độc lập của X".
_STATES = ("hai nước cộng hòa", "các nước cộng hòa", "nước cộng hòa", "nền độc lập", "độc lập")
_NOT_STATES = ("tư cách", "là", "kết quả", "danh hiệu")
# What joins the guest to a meal taken as a verb (`official_meals`): "ăn trưa với Quốc vương …".
_WITH = ("với", "cùng")


def find_official_acts(line: Line) -> list[Candidate]:
    """Banquets held and states recognised on the line."""
    found = []
    for i in line.where("chiêu"):
        if line.phrase(i, "chiêu đãi") > 0 and line.lower(i) and _held(line, i):
            start = i - 1 if line.is_(i - 1, "tiệc") else i
            found.append(Candidate(start, i + 2, "EVENT"))
    for i in line.where("công"):
        if line.phrase(i, "công nhận") > 0 and line.lower(i) and _state_after(line, i + 2):
            found.append(Candidate(i, i + 2, "EVENT"))
    for i in line.where("ăn") + line.where("dùng"):
        end = line.longest(i, line.gaz.phrases("official_meals"))
        if end > i and line.lower(i) and _titled_guest(line, end):
            found.append(Candidate(i, end, "EVENT"))
    for i in line.where("ký"):
        if line.phrase(i, "ký kết") > 0 and line.phrase(i - 2, "sẽ được") == i:
            found.append(Candidate(i, i + 2, "EVENT"))
    return found


def _titled_guest(line: Line, k: int) -> bool:
    """`với Quốc vương Salman`, `cùng Thủ tướng Nhật Bản`: a capitalised title after
    `với` or `cùng`; `ăn trưa với gia đình`, `với ông bạn` are no official act."""
    g = k + 1 if line.is_(k, *_WITH) else -1
    return g > 0 and line.cap(g) and line.match(g, "titles") > g


def _held(line: Line, i: int) -> bool:
    return any(line.ending(i, (h,)) for h in _HOLD)


def _state_after(line: Line, k: int) -> bool:
    """A state or a breakaway republic recognised at k: a place, an acronym (`DPR`),
    `hai nước cộng hòa …`."""
    if line.longest(k, _NOT_STATES) > k or line.is_(k - 3, "được"):
        return False
    if line.longest(k, _STATES) > k:
        return True
    word = line.surface[k] if k < line.n else ""
    acronym = len(word) >= 2 and word.isalpha() and word.isupper()
    return acronym or line.cap(k) and place_at(line, k) > k
