"""Where an event word is part of another word or a place: no EVENT there.

`xem [xét xử] lý` takes the halves of `xem xét` and `xử lý`; `viếng thăm`
and `tòa nhà` have an event word as their first or second half; `trại tạm
giam` and `phòng hội đàm` are rooms named after what happens in them.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Line, keys_of

# Words whose halves an event word would take: "xem [xét xử] lý" is `xem xét`
# + `xử lý`, no trial.
_STRADDLED = frozenset({(keys_of("xem")[0], keys_of("lý")[0])})


# Event words that are the first half of a verb: "viếng | thăm Bảo tàng" is a visit;
# or of a noun: "ra [tòa] nhà", "ra [tòa] soạn" is no trial.
_FIRST_HALVES = frozenset(
    {(keys_of("viếng")[0], keys_of("thăm")[0])}
    | {(keys_of("tòa")[0], keys_of(w)[0]) for w in ("nhà", "soạn", "thị", "án", "tháp")}
)


def straddles(line: Line, i: int, end: int) -> bool:
    """The event word i..end takes half of a word around it."""
    if not line.lower(i):
        return False
    return (line.key(i - 1), line.key(end)) in _STRADDLED or (
        line.key(end - 1),
        line.key(end),
    ) in _FIRST_HALVES


# Rooms and buildings named after what happens in them: "trại [tạm giam]",
# "phòng [hội đàm]", "Trung tâm [hội nghị] Chính phủ" are places, no events; so is
# the table talks are held at ("quay lại bàn [đàm phán]", news17 0140, unmarked).
_FACILITIES = ("trại", "phòng", "buồng", "nhà", "trung tâm", "hội trường", "khu", "bàn")


_FACILITY_ENDS = frozenset(keys_of(f)[-1] for f in _FACILITIES)


def facility(line: Line, i: int) -> bool:
    """A facility's noun ends right before i; its last syllable is checked first, as
    most tokens end none."""
    if i < 1 or line.keys[i - 1] not in _FACILITY_ENDS:
        return False
    return any(line.phrase(i - len(keys_of(f)), f) == i for f in _FACILITIES)


def compound_before(line: Line, i: int) -> bool:
    """`đơn [vị]`, `quy [trình]`, `vận [động]`, `kết [nạp]`, `ứng [cử]`: the event word at i
    ends another word; `tổng kết [chuyến thăm]` reviews the event and keeps it."""
    if line.is_(i - 1, "kết") and line.is_(i - 2, "tổng", "sơ"):
        return False
    return line.is_(i - 1, "đơn", "quy", "vận", "kết", "ứng")
