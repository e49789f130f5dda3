"""EVENT: a court's ruling written as the bare verb `tuyên`, and a party's appeal.

The gold marks a particular ruling as an EVENT however short the verb
(`TAND tỉnh Tiền Giang đã [tuyên] UBND huyện thua kiện`, `Tòa [tuyên hủy] 2
quyết định`, `mức án tử hình đã [tuyên] với …`), and an appeal lodged or
decided (`Bà Hoàng Anh [kháng cáo].`, `HĐXX bác [kháng cáo] của …`); the
listed steps (`tuyên án`, `tuyên phạt`) were found already, the bare verb
was missed in four blind sets at the time they were blind.

`tuyên` opens many words that are no ruling (`tuyên bố`, `tuyên truyền`,
`tuyên dương`, `tuyên thệ`, `Ban Tuyên giáo`), and the court announcing a
postponement (`tuyên hoãn phiên tòa`) rules nothing; those stay unmarked. A
request or a right to appeal (`yêu cầu kháng cáo`, `quyền kháng cáo`, `đơn
kháng cáo`) is no appeal made.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line, keys_of

# Syllables after `tuyên` that make another word or no ruling.
_NOT_RULING = frozenset(
    keys_of("bố truyền dương thệ giáo ngôn chiến huấn úy uý hoãn đọc đoán án phạt y")
)
# What a ruling undoes, joined to the verb: `tuyên hủy` (what is undone stays outside).
_UNDOING = ("hủy", "huỷ")
# Words before `kháng cáo` that make it an appeal decided on: `bác kháng cáo của …`.
_DECIDED = ("bác", "chấp nhận", "không chấp nhận", "xét", "xử", "rút")


def court_rulings(line: Line) -> list[Candidate]:
    """The line's bare rulings (`tuyên`, `tuyên hủy`) and appeals made or decided."""
    found = []
    for i in line.where("tuyên"):
        end = _ruling(line, i)
        if end > i:
            found.append(Candidate(i, end, "EVENT"))
    for i in line.where("kháng"):
        if line.phrase(i, "kháng cáo") > i and _appeal_made(line, i):
            found.append(Candidate(i, i + 2, "EVENT"))
    return found


def _ruling(line: Line, i: int) -> int:
    """End of `tuyên` or `tuyên hủy` at i, a court's ruling, or -1."""
    if not line.lower(i) or line.key(i + 1) in _NOT_RULING:
        return -1
    if not line.word(i + 1) and not line.is_(i - 1, "đã", "sẽ", "vừa", "mới"):
        return -1  # "lời tuyên." is a fragment, "án đã tuyên." a ruling
    return i + 2 if line.is_(i + 1, *_UNDOING) else i + 1


def _appeal_made(line: Line, i: int) -> bool:
    """`Bà Hoàng Anh kháng cáo`, `bác kháng cáo của …`: an appeal by someone named."""
    if line.ending(i, _DECIDED):
        return line.is_(i + 2, "của")
    named = line.cap(i - 1) and line.word(i - 1) and line.cap(i - 2)
    return named and (not line.word(i + 2) or line.is_(i + 2, "lên", "toàn"))
