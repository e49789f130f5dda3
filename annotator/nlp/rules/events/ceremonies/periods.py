"""What an anniversary or a review meeting is about: the years, the day, the period.

`kỷ niệm 46 năm Ngày Giải phóng miền Nam`, `kỷ niệm lần thứ 120 năm Ngày
Quốc tế Lao động`, `kỷ niệm 25 năm thiết lập quan hệ ngoại giao Việt - Mỹ`;
`hội nghị tổng kết 6 tháng đầu năm 2021`, `sơ kết 5 năm thực hiện Quyết
định 281/QĐ-TTg`.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.dates.forms import bare_day, full_date
from annotator.nlp.rules.lines import Line, keys_of
from annotator.nlp.rules.phrases import YEARISH, clause
from annotator.nlp.rules.places.listed import place_at
from annotator.nlp.rules.posts.roles import role

# Relations whose anniversary is an event in lower case: "kỷ niệm 25 năm
# [thiết lập quan hệ ngoại giao Việt - Mỹ]"; a bare founding ("kỷ niệm 100
# năm thành lập nước") is often a milestone of a plan, no event.
_FOUNDINGS = ("thiết lập quan hệ", "bình thường hóa quan hệ")


def anniversary(line: Line, i: int) -> int:
    """End of `kỷ niệm 46 năm Ngày Giải phóng miền Nam, ...` at i, or -1."""
    j = line.phrase(i, "kỷ niệm")
    if j > 0 and line.phrase(j, "lần thứ") > 0:
        j += 2  # "kỷ niệm lần thứ 120 năm Ngày Quốc tế Lao động"
    if j > 0 and _rally_before(line, i) and line.is_(j, "ngày") and line.lower(j):
        return _day_told(line, j)  # "mít tinh kỷ niệm ngày thành lập Đảng": no count
    if j < 0 or not (line.digit(j) and line.surface[j].isdigit() and line.is_(j + 1, "năm")):
        return -1
    if _rally_before(line, i) and line.phrase(j + 2, "thành lập") > 0:
        return _day_told(line, j + 1)  # "lễ mít tinh kỷ niệm 60 năm thành lập lực lượng …"
    day = line.is_(j + 2, "ngày") and line.lower(j + 2) and not _purposed(line, i)
    told = _day_told(line, j + 2) if day else -1
    named = line.match(j + 2, "holidays")
    if named > 0:
        # "ngày Quốc tế lao động 1-5": the day it falls on, written right after without
        # a year, names it too; a dated day ("30/4/1975") is a DATE of its own.
        day = bare_day(line, named) and line.gap(named) and not full_date(line.surface[named])
        return max(named + 1 if day else named, told)
    if told > 0:
        return told
    if any(line.phrase(j + 2, f) > 0 for f in _FOUNDINGS):
        end = clause(line, j + 2)
        partner = place_at(line, end + 1) if line.is_(end, "với") else -1
        return max(end, partner)  # "... quan hệ hữu nghị với Việt Nam": the partner too
    return clause(line, j + 2) if line.cap(j + 2) else -1


# Words that end the wording of the day an anniversary is of: where, when and how the
# anniversary is held, or the next clause ("... nhân dân | tổ chức tại Hà Nội").
_DAY_ENDS = frozenset(keys_of("tại ở vào được đã sẽ đang là nhằm để nhưng thì mà khi"))
_HELD = ("tổ chức", "diễn ra", "long trọng", "trọng thể", "nhân dịp")
_MAX_DAY = 24


_PURPOSE = ("để", "nhằm")
_BACK = 30


def _purposed(line: Line, i: int) -> bool:
    """`để kỷ niệm 75 năm ... và kỷ niệm 60 năm ngày Bác Hồ gửi thư ...`: `kỷ niệm` as a
    verb of purpose, itself or joined by `và` to one, commemorates: no event (news5 0383)."""
    if line.is_(i - 1, *_PURPOSE):
        return True
    if not line.is_(i - 1, "và"):
        return False
    for k in range(i - 2, max(0, i - _BACK), -1):  # the `kỷ niệm` it is joined to
        if line.phrase(k, "kỷ niệm") > 0:
            return line.is_(k - 1, *_PURPOSE)
    return False


# A rally or ceremony named by the day it marks, without the years counted: news26
# `tham dự [mít tinh kỷ niệm ngày thành lập Đảng]`, news28 `[Mít tinh kỷ niệm ngày
# sinh Chủ tịch Hồ Chí Minh]`, both cut short at blind time; and by the founding it
# marks without `ngày` (news31 `tại [lễ mít tinh kỷ niệm 60 năm thành lập lực lượng
# công an nhân dân Việt Nam]`, cut at `lễ mít tinh`), which a bare `kỷ niệm` does not
# name (`kỷ niệm 100 năm thành lập nước` as a plan's milestone).
_RALLIES = ("mít tinh", "lễ mít tinh", "buổi mít tinh", "lễ", "buổi lễ")


def _rally_before(line: Line, i: int) -> bool:
    """A rally or a ceremony ends right before `kỷ niệm` at i."""
    return line.ending(i, _RALLIES)


def _day_told(line: Line, i: int) -> int:
    """End of `ngày thành lập Hội Nhà báo Việt Nam`, `ngày Chủ tịch Hồ Chí Minh gửi thư
    cho Đại hội ...` at i: the day an anniversary is of, told in lower case, names it
    up to where or how it is held, punctuation or the next clause (news2, news4, news6,
    news7 with `lễ` or `mít tinh` before it, news17 0350 without), or -1."""
    j = i + 1
    while j < line.n and j - i < _MAX_DAY and line.word(j):
        if line.key(j) in _DAY_ENDS or any(line.phrase(j, h) > 0 for h in _HELD):
            break
        j += 1
    if j < line.n and line.surface[j] == "," and line.phrase(j + 1, "thống nhất đất nước") > 0:
        j += 4  # "ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước"
    return before_next_clause(line, i, j) if j > i + 1 else -1


def before_next_clause(line: Line, i: int, end: int) -> int:
    """`lễ kỷ niệm 10 năm quan hệ | và mong đợi ...`: `và` + a lowercase word opens a clause."""
    for j in range(i, end):
        if line.is_(j, "và") and line.lower(j + 1) and j > i:
            return j
    return end


def review_period(line: Line, i: int) -> int:
    """`6 tháng đầu năm 2021`, `năm 2020`, `quý I/2021` after a review meeting, or -1."""
    j = i + 2 if line.phrase(i, "công tác") > 0 else i
    if line.digit(j) and line.is_(j + 1, "tháng"):
        j += 2
        j = j + 1 if line.is_(j, "đầu", "cuối") else j
    elif line.digit(j) and line.is_(j + 1, "năm"):
        return _carried_out(line, j + 2)  # "5 năm thực hiện Quyết định 281/QĐ-TTg"
    if line.is_(j, "quý") and line.word(j + 1):
        return j + 2
    if line.is_(j, "năm") and j + 1 < line.n and YEARISH.match(line.surface[j + 1]):
        return j + 2
    return -1


def _carried_out(line: Line, i: int) -> int:
    """End of `thực hiện Quyết định 281 của Thủ tướng Chính phủ` at i, or -1."""
    # Documents are named after events too ("Nghị quyết Đại hội ..."): the
    # two modules call each other, so this one imports at call time.
    from annotator.nlp.rules.documents.papers import document_at

    j = line.phrase(i, "thực hiện")
    doc = document_at(line, j) if j > 0 else -1
    if doc < 0:
        return -1
    if line.is_(doc, "của"):
        doc = max(doc, role(line, doc + 1), org(line, doc + 1, loose=False))
    return doc
