"""When an event word names no particular event: kinds listed, custody, conditions.

`khai trương, động thổ và khánh thành công trình` lists kinds of ceremony;
`các bị cáo tạm giam`, `đang bị tạm giam` say where someone is held, no
arrest; `nếu phiên tòa đó ...`, `khi ra tòa`, `trước ngày xét xử`,
`Trước khi Tòa tuyên án` say what happens whenever such a step comes; a
meeting after `khi` is one the article reports (`Khi kỳ họp bế mạc`). A
step after `sau khi` or `kể từ khi` has happened (`sau khi ký hợp đồng`)
and stays an event, as does any event with a classifier or modifiers
after `khi` (`khi cuộc chiến bắt đầu`).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Line

# Ceremonies named by kind in a list: "khai trương, động thổ và khánh thành công
# trình", "các lễ kỷ niệm, đại hội thi đua, khởi công, khánh thành...".
_CEREMONIES = ("khởi công", "động thổ", "khai trương", "khánh thành", "kỷ niệm", "cắt băng")
_LIST_REACH = 6


def _kinds_listed(line: Line, i: int, end: int) -> bool:
    """A lowercase event word listed beside another kind of ceremony: events in general."""
    if not line.lower(i) or line.cap(end) or line.cap(end + 1):
        return False  # "khởi công và khánh thành cầu Rạch Miễu": one named work
    if line.surface[i - 1 : i] == [","] or line.is_(i - 1, "và", "hoặc"):
        for k in range(max(0, i - _LIST_REACH), i - 1):
            if any(0 < line.phrase(k, c) < i for c in _CEREMONIES):
                return True
    if line.surface[end : end + 1] == [","] or line.is_(end, "và", "hoặc"):
        return any(line.phrase(end + 1, c) > 0 for c in _CEREMONIES)
    return False


def _in_custody(line: Line, i: int) -> bool:
    """`các bị cáo tạm giam`, `đang bị tạm giam`: a state of custody, no arrest."""
    if line.phrase(i, "tạm giam") < 0:
        return False
    held = line.phrase(i - 2, "bị cáo") == i or line.phrase(i - 2, "bị can") == i
    return held or line.is_(i - 1, "đang") or line.is_(i - 1, "bị") and line.is_(i - 2, "đang")


# Words that open a condition or a habitual time: "nếu ...", "khi ...", "trước ngày ...".
_CONDITIONS = ("nếu", "khi", "trước ngày")
# Words before `khi` that make it a past point: "sau khi", "kể từ khi", "từ khi".
_PAST = ("sau", "từ")
_CONDITION_REACH = 2
# Steps a person goes through that a condition makes general ("khi ra tòa"); a
# meeting after `khi` is one the article reports ("Khi kỳ họp bế mạc").
_STEPS = ("ra tòa", "hầu tòa", "xét xử", "tuyên án", "bầu cử", "bỏ phiếu", "khởi tố", "truy tố")


def _conditional(line: Line, i: int, end: int) -> bool:
    """`khi ra tòa`, `Trước khi Tòa tuyên án`, `nếu phiên tòa đó`: a step in general."""
    for k in range(max(0, i - _CONDITION_REACH - 1), i):
        for word in _CONDITIONS:
            after = line.phrase(k, word)
            if after < 0 or after < i - _CONDITION_REACH or after > i:
                continue
            if line.is_(k, "nếu"):
                return True
            step = any(line.phrase(i, w) == end for w in _STEPS) and line.lower(i)
            step = step and not _dated_next(line, end)
            if step and not line.is_(k - 1, *_PAST):
                return True
    return False


# Words that open a date right after a step: "khi ra tòa sáng 5/3" is one hearing.
_DAY_WORDS = ("sáng", "chiều", "tối", "trưa", "đêm", "ngày", "hôm")


def _dated_next(line: Line, end: int) -> bool:
    """A date written right after the step anchors it to one occasion."""
    return line.digit(end) or line.is_(end, *_DAY_WORDS) and line.digit(end + 1)


def in_general(line: Line, i: int, end: int) -> bool:
    """The event word at i (its noun ending at end) names events in general."""
    return _kinds_listed(line, i, end) or _in_custody(line, i) or _conditional(line, i, end)
