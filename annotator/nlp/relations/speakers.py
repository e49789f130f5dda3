"""A speaker whose sentence names no event takes part in the gathering told before him on his line.

The gold links a person to the event of his own sentence, else to the
event on his line, never across lines (guidelines, PARTICIPATES). The
most frequent PARTICIPATES miss left after round 15 (P5 in the relation
kinds table: news5, news6, news7, news8, news9, news10, news11, 11 items)
is a speaker in a sentence of his own after a gathering was told:
`… đã có [cuộc họp] với UBND … . Bộ trưởng X cho rằng …`, `… có mặt tại
[hội thảo] đều cho rằng … . Ông X, Phó bí thư …, nhận xét …`, `Tại [buổi
trao đổi] … . Trước những lo âu …, Thứ trưởng X cho biết …`.

The construction: the person is followed (his posts in commas or dashes
between) by a verb of saying, thanking or judging; his sentence names no
event; the last event before him on the line is a gathering where people
speak (a closed class of heads: meetings, conferences, congresses,
sessions, ceremonies, talks, receptions, hearings), told as held, not as
coming (`sẽ`, `dự kiến`, `sắp`, `tới`). Lookalikes it leaves: a speaker
after an act that is no gathering (`… bị [khởi tố] … . Luật sư X cho
biết`), after a coming session (`[Kỳ họp] tới sẽ … . Ông X cho biết`), a
speaker opening with `Theo` (a source), one three or more sentences on (a chair
speaking after others' plans were told, news13), a reporter telling it (`Phóng
viên X cho biết`), one the writer cites or who answers an interview (`nhắc
lại ý kiến của X trả lời phỏng vấn báo …`), and a person who is spoken of
(`… đề nghị kỷ luật ông X`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.nlp.relations.layout import LabelledRange, Layout

# A gathering where people speak: an optional classifier, then its head.
_GATHERING = re.compile(
    r"(?:(?:cuộc|buổi|phiên|kỳ|lễ|đợt)\s+)?(?:hội nghị|hội thảo|tọa đàm|toạ đàm|họp|"
    r"đại hội|ĐH|lễ|diễn đàn|gặp|gặp mặt|gặp gỡ|hội đàm|hội kiến|tiếp|tiếp xúc|giao lưu|"
    r"mít tinh|míttinh|trao đổi|làm việc|chất vấn|thảo luận|kỷ niệm|khai mạc|bế mạc|"
    r"đối thoại|sơ kết|tổng kết|giao ban)\b",
    re.IGNORECASE,
)
# Right after the person and his posts: he speaks, thanks, judges or hands over.
_SPEAKS = re.compile(
    r"\s*(?:(?:đã|cũng|thì|lại|vẫn|còn|đều|lên)\s+)*(?:cho biết|cho rằng|khẳng định|nhấn mạnh|"
    r"nhận xét|nhận định|nói|bày tỏ|chia sẻ|lưu ý|giải thích|thông tin|nêu|đánh giá|"
    r"kiến nghị|đề nghị|đề xuất|biểu dương|hoan nghênh|cảm ơn|chúc mừng|ghi nhận|"
    r"trả lời|giải trình|phân tích|tâm sự|bộc bạch|thừa nhận|kêu gọi|yêu cầu|chỉ đạo|"
    r"công bố|tuyên bố|trao|trao tặng|tặng|hứa|cam kết)\b",
    re.IGNORECASE,
)
# A suggested post may stop short of its end (`[Phó bí thư … Đảng ủy khối] chính quyền
# thành phố nhận xét`): a few words of it may stand before the verb.
_SPEAKS_PAST_POST = re.compile(r"(?:[^\s,.;:!?\"“”]+\s+){1,4}" + _SPEAKS.pattern, re.IGNORECASE)
# The gathering told as coming, in its own clause: no one speaks at it yet.
_COMING = re.compile(r"\b(?:sẽ|dự kiến|sắp|tới)\b", re.IGNORECASE)
# The gathering told as a scene, not as a topic (`chốt [hội nghị …]`, `báo cáo kết quả
# [Đại hội …]`): a word of being there right before it, or of its taking place or acting
# after it (`[đại hội] thông qua`, `[Hội nghị] đã nghe`).
_SCENE_BEFORE = re.compile(
    r"\b(?:tại|trong|có|dự|tham dự|bằng|tổ chức|họp|chủ trì|đầu|cuối)\s*"
    r"(?:(?:một|các|những)\s+)?$",
    re.IGNORECASE,
)
_SCENE_AFTER = re.compile(
    r"\s*(?:(?:đã|vừa|được|sẽ)\s+)*(?:diễn ra|kéo dài|khai mạc|bế mạc|bắt đầu|kết thúc|tổ chức|họp|"
    r"thông qua|biểu quyết|bầu|nghe|thảo luận|xem xét)\b",
    re.IGNORECASE,
)
_SCENE_REACH = 20
_POST_LABELS = ("ROLE", "ORG", "LOC")
# Between the name and the verb: posts (spans taken out) in commas, dashes or brackets.
_ASIDE_LEFT = re.compile(
    r"^[\s,–-]*(?:\([^()\n]{0,60}\)[\s,–-]*)?(?:(?:của|tại|ở|đoàn|tỉnh|thành phố)\s+)*$"
)
# A reporter or an outlet's writer tells the gathering; he does not speak at it.
_REPORTER = re.compile(
    r"\b(?:phóng viên|PV|nhà báo|biên tập viên|thông tín viên|ký giả|tác giả)\b[^,.;:!?\n]*$",
    re.IGNORECASE,
)
_REPORTER_REACH = 40
# Words of someone cited by the writer, or said to an interview: not at the gathering.
_CITED = re.compile(
    r"\b(?:ý kiến|lời|quan điểm|bài viết|lá thư|thư)\s+của\b[^,.;:!?\n]*$", re.IGNORECASE
)
_INTERVIEW = re.compile(r"\s*(?:phỏng vấn|báo chí|báo\b)", re.IGNORECASE)
# An aside in brackets, commas or dashes between the posts and the verb.
_AFTER_ASIDE = re.compile(r"[\s,–-]*(?:\([^()\n]{0,60}\))?[\s,–-]*")
# How far a clause may run either side of its gathering (far beyond any real clause).
_CLAUSE_LOOK = 400
_SOURCE = re.compile(r"\b[Tt]heo\s+(?:\S+\s+){0,8}$")


def spoken_at_gathering(
    text: str, spans: Sequence[LabelledRange], layout: Layout, person: int
) -> int | None:
    """The gathering the person speaks at, told earlier on his line, or None."""
    start = spans[person][0]
    after, posts = _after_posts(text, spans, layout, person)
    speaks = _SPEAKS.match(text, after)
    if speaks is None and posts:
        speaks = _SPEAKS_PAST_POST.match(text, after)  # a post suggested short of its end
    if speaks is None:
        return None
    if _SOURCE.search(text, max(0, start - 60), start):
        return None  # "Theo ông X, …": a source
    if _REPORTER.search(text, max(0, start - _REPORTER_REACH), start):
        return None  # "Phóng viên X cho biết": the one who reports the gathering
    if _CITED.search(text, max(0, start - _REPORTER_REACH), start) or _INTERVIEW.match(
        text, speaks.end()
    ):
        return None  # "nhắc lại ý kiến của X trả lời phỏng vấn …": cited, another event
    last = layout.last_event_between(layout.line_start(start), start)
    if last is None:
        return None
    event = spans[last]
    if not _GATHERING.match(text, event[0], event[1]) or _told_as_coming(text, event):
        return None
    if _sentences_between(text, event[1], start) > _SENTENCES_REACH:
        return None  # "Tại [kỳ họp] vừa qua, … . UBND sẽ … . Sau đó, … . Chủ tịch X khẳng định"
    return last if _told_as_scene(text, event) else None


# The speaker's sentence follows the gathering's, or the one after it (news5, news7, news8
# link at two; news13 leaves a chair three sentences on, after others' plans, unlinked).
_SENTENCES_REACH = 2
_SENTENCE_END = re.compile(r"[.!?…]+[\"”')]*\s+[\"“'(]*(?=\w)")


def _sentences_between(text: str, start: int, stop: int) -> int:
    """How many sentences end between two places: a full stop and a capital or digit next;
    counting stops past the reach (a speaker far from the gathering reads no further)."""
    count = 0
    for m in _SENTENCE_END.finditer(text, start, stop):
        count += text[m.end()].isupper() or text[m.end()].isdigit()
        if count > _SENTENCES_REACH:
            break
    return count


def _told_as_scene(text: str, event: LabelledRange) -> bool:
    """`tại [hội thảo]`, `đã có [cuộc họp]`, `[Đại hội] đã diễn ra`: the gathering happens."""
    before = _SCENE_BEFORE.search(text, max(0, event[0] - _SCENE_REACH), event[0])
    return bool(before or _SCENE_AFTER.match(text, event[1]))


def _after_posts(
    text: str, spans: Sequence[LabelledRange], layout: Layout, person: int
) -> tuple[int, bool]:
    """Where the person's verb may start: after his posts in commas, dashes or brackets;
    and whether a post stood there."""
    after = spans[person][1]
    for m in layout.starting_from(after):
        a, b, label = spans[m]
        if a < after:
            continue
        if label not in _POST_LABELS or not _ASIDE_LEFT.match(text[after:a]):
            break
        after = b
    posts = after > spans[person][1]
    aside = _AFTER_ASIDE.match(text, after)
    return aside.end() if aside else after, posts


def _told_as_coming(text: str, event: LabelledRange) -> bool:
    """`[Kỳ họp] tới sẽ …`, `sẽ tổ chức [hội nghị]`: the gathering has not happened."""
    window = max(0, event[0] - _CLAUSE_LOOK)  # no clause runs on this long
    clause_start = max(text.rfind(c, window, event[0]) for c in (".", ",", ";", ":", "\n"))
    clause_start = max(clause_start, window - 1)
    last = min(len(text), event[1] + _CLAUSE_LOOK)
    clause_end = min(
        (i for i in (text.find(c, event[1], last) for c in (".", ",", ";", "\n")) if i >= 0),
        default=last,
    )
    return bool(_COMING.search(text, clause_start + 1, clause_end))
