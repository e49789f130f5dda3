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
from annotator.nlp.rules.places.listed import place_at

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


# People named by their custody: "các bị cáo tạm giam", "phạm nhân tạm giam".
_HELD = ("bị cáo", "bị can", "phạm nhân", "đối tượng")


def _in_custody(line: Line, i: int) -> bool:
    """`các bị cáo tạm giam`, `bị cáo bị tạm giam`, `đang bị tạm giam`: a state of
    custody, no arrest."""
    if line.phrase(i, "tạm giam") < 0:
        return False
    k = i - 1 if line.is_(i - 1, "bị") else i  # "bị cáo bị tạm giam": defendants in custody
    held = any(line.phrase(k - 2, h) == k for h in _HELD)
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
            if step and not line.is_(k - 1, *_PAST):
                return True
    return False


# Words before an event that deny it, define it or make it a part of others:
# "không có đại hội trù bị", "còn gọi là đại hội nội bộ", "có phần đại hội trù bị".
_DENIED: tuple[str, ...] = (
    "không có",
    "chưa có",
    "chưa từng có",
    "còn gọi là",
    "có phần",
    "tiền phúng",
)
_DENIED += ("không cần", "không phải")
# Verbs of holding between a cue and its event: "không cần tiến hành bầu thêm".
_HOLDING = ("tổ chức", "tiến hành")
# Words that make a plural a means or a policy: "thông qua các cuộc tập trận",
# "duy trì các cuộc gặp gỡ cấp cao", "giảm các cuộc họp".
_MEANS = ("thông qua", "duy trì", "tăng cường", "giảm", "hạn chế", "tránh", "cắt giảm")
# Deictics after plural events that point at particular ones: "các cuộc giao lưu đó".
_DEICTICS = ("đó", "này", "ấy", "trên")
_DEICTIC_REACH = 4
_SKIPPED = ("cuộc", "đợt", "buổi", "phiên")
_PLURALS = ("các", "những", "nhiều")
_CASE_STEPS = ("xét xử", "tuyên án", "khởi tố", "truy tố")
# Nouns of a period before a step: "trong thời gian khởi tố", "thời gian xét xử sẽ ...".
_PERIODS = ("thời gian", "thời hạn")


def _cued_general(line: Line, i: int, end: int) -> bool:
    """`không có [đại hội] trù bị`, `không cần tiến hành [bầu thêm]`, `thông qua các
    [cuộc tập trận]`, `tiền phúng [viếng]`: an event denied, not needed, defined, a part
    of others or a means is no particular one."""
    k = i - 1 if line.is_(i - 1, *_SKIPPED) else i
    plural = line.is_(k - 1, *_PLURALS)
    k = k - 1 if plural else k
    k = next((k - 2 for h in _HOLDING if line.phrase(k - 2, h) == k), k)
    if line.ending(k, _DENIED):
        return True
    if not plural or any(line.is_(j, *_DEICTICS) for j in range(end, end + _DEICTIC_REACH)):
        return False
    return line.ending(k, _MEANS)


def _time_of_step(line: Line, i: int, end: int) -> bool:
    """`trong thời gian khởi tố`, `thời gian xét xử sẽ thông báo sau`: the time of a step."""
    step = line.lower(i) and any(line.phrase(i, w) == end for w in _CASE_STEPS)
    return step and line.ending(i, _PERIODS)


def in_general(line: Line, i: int, end: int) -> bool:
    """The event word at i (its noun ending at end) names kinds of event in a list, an
    event denied or defined, or the time a step takes."""
    return _kinds_listed(line, i, end) or _cued_general(line, i, end) or _time_of_step(line, i, end)


def step_in_general(line: Line, i: int, end: int) -> bool:
    """The step at i..end is a state of custody or happens whenever its condition
    does; the caller keeps it when a person or date in its clause anchors it
    (`Khi [ra tòa] [sáng 5/3]`)."""
    return _in_custody(line, i) or _conditional(line, i, end)


def placed_or_timed(line: Line, end: int) -> bool:
    """`hiệp thương | tại hội nghị`, `bầu cử | ở Hà Nội`, `bỏ phiếu | lúc 12h`: a vote
    held at a named meeting or place, or at a clock time, is one particular vote
    (`bầu cử ở nước ta`, a country in general, is not)."""
    if not line.lower(end - 1):
        return False  # "học ĐH ở Liên Xô": a university, no vote
    if line.is_(end, "tại", "ở"):
        return line.match(end + 1, "events") > end + 1 or place_at(line, end + 1) > end + 1
    return line.is_(end, "lúc") and line.digit(end + 1)


# Words that place events inside another: "trong chuyến công du", "bên lề hội nghị".
_WITHIN = ("trong", "tại", "bên lề", "trong khuôn khổ")


def within_event(line: Line, end: int) -> bool:
    """`các cuộc gặp gỡ | trong chuyến công du`: plural events held inside one event
    are particular (`các cuộc gặp gỡ` alone, or in a period, are not)."""
    for word in _WITHIN:
        k = line.phrase(end, word)
        if k > 0 and line.match(k, "events") > k:
            return True
    return False


# Verbs of taking part before plural events: "tham gia đầy đủ các buổi họp".
_JOINING = ("tham gia", "tham dự")
# Words before them that refuse or deny the taking part: "từ chối tham gia các cuộc chiến".
_REFUSING = ("từ chối", "không", "chưa", "không được")


def joined_plural(line: Line, i: int, end: int) -> bool:
    """`tham gia (đầy đủ) các [buổi họp]`, `tham gia các [cuộc trao đổi]`: the events
    someone takes part in are particular ones; refused (`từ chối tham gia`) or listed
    as kinds (`tham dự các lễ kỷ niệm, đại hội thi đua, ...`) they are not."""
    if line.surface[end : end + 1] == [","] or line.is_(end, "và", "hoặc"):
        return False
    k = i - 1 if line.is_(i - 1, *_SKIPPED) else i
    if not line.is_(k - 1, "các", "những"):
        return False
    k -= 1
    k = k - 2 if line.phrase(k - 2, "đầy đủ") == k else k
    verb = next((k - 2 for v in _JOINING if line.phrase(k - 2, v) == k), -1)
    return verb >= 0 and not any(line.phrase(verb - len(r.split()), r) == verb for r in _REFUSING)
