"""EVENT: a protest a court or procuracy lodges and a wanted notice it issues.

`TANDTC có [kháng nghị] đối với bản án phúc thẩm`, `VKS Sóc Trăng ra [kháng
nghị]`, `tiếp tục ra [kháng nghị] theo trình tự giám đốc thẩm`, `đã có quyết
định [kháng nghị]`: the gold marks a protest lodged (`có`, `ra`, `quyết định`),
the noun alone, in news22, news26 (twice) and news30; the rules had no word for
it and missed all four. A protest promised or hoped for (`Quốc hứa TANDTC sẽ ra
kháng nghị`, `lo được TAND tối cao ra kháng nghị`) stays unmarked, as news22
leaves both.

A wanted notice is an EVENT only as the act of issuing it, with its verb
(`bị Interpol [phát lệnh truy nã quốc tế]` in news24, `cơ quan công an đã [ra
lệnh truy nã]` in news26); the notice itself (`trốn lệnh truy nã quốc tế`,
`theo quyết định truy nã`), a list or a person wanted (`danh sách truy nã`,
`các đối tượng truy nã`) are unmarked in every tuning file, and the bare word
was a false alarm four times in those two sets.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

# The verbs that lodge a protest: "có kháng nghị", "ra kháng nghị", "quyết định kháng nghị".
_LODGED = ("có", "ra", "quyết định", "có quyết định")
# Words before the verb that make the protest one promised or hoped for, not lodged.
_NOT_YET = ("sẽ", "được", "hứa", "chưa", "không")
# The verbs that issue a wanted notice: "phát lệnh truy nã", "ra lệnh truy nã".
_ISSUED = ("phát lệnh", "ra lệnh")
_WIDE = ("quốc tế", "toàn quốc")


def issued_orders(line: Line) -> list[Candidate]:
    """The line's protests lodged and wanted notices issued (module docstring)."""
    found = []
    for i in line.where("kháng"):
        if line.phrase(i, "kháng nghị") > i and _lodged(line, i):
            found.append(Candidate(i, i + 2, "EVENT"))
    for i in line.where("truy"):
        end = _wanted_notice(line, i)
        if end > i:
            found.append(Candidate(i - 2, end, "EVENT"))
    return found


def _lodged(line: Line, i: int) -> bool:
    """`có kháng nghị`, `ra kháng nghị` at i: a protest lodged, not one promised."""
    for verb in _LODGED:
        start = i - len(verb.split())
        if line.phrase(start, verb) == i:
            return not line.is_(start - 1, *_NOT_YET)
    return False


def _wanted_notice(line: Line, i: int) -> int:
    """End of `phát lệnh truy nã quốc tế` whose `truy` is at i, or -1."""
    if line.phrase(i, "truy nã") < 0 or not line.ending(i, _ISSUED):
        return -1
    return max(i + 2, line.longest(i + 2, _WIDE))
