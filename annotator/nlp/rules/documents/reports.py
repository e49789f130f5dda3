"""DOC: a report named by its title, a noun phrase after a capitalised `Báo cáo`.

A congress or a plenum lists its reports by title (`thông qua Báo cáo chính
trị; Báo cáo công tác xây dựng Đảng; Báo cáo kiểm điểm sự lãnh đạo của Ban
chấp hành T.Ư khóa IX`); the rules took a capitalised document type with its
number, `về` + a subject, or a purpose verb (`Báo cáo tổng kết …`), and missed
these titles. Reports, programmes and statements by title were missed in
three of ten blind sets (news5, news6, news12; 8 lines still wrong in round
15). A title opens with one of a closed class of nouns of what a report
gives account of (`công tác`, `kiểm điểm`, `kết quả`, `một số vấn đề`,
`phương hướng`, `tình hình`) and runs to the end of its clause, over `về` +
its subject, a bracketed round (`(lần 2)`) and a verb made a noun by `sự`
(`kiểm điểm sự lãnh đạo`). A report named by its kind
only stays out (`Báo cáo thẩm tra của Quốc hội`, the verb `Báo cáo` opening
a sentence).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Line
from annotator.nlp.rules.phrases import clause

# `giám sát`, `đánh giá`: an assembly's report of what it supervised or assessed
# (news13 `Báo cáo giám sát về tình hình ban hành văn bản …`); its committees' report
# on a bill (`Báo cáo thẩm tra`) is a kind of paper, unmarked in news12 and news13.
_OPENERS = (
    "công tác",
    "kiểm điểm",
    "kết quả",
    "một số vấn đề",
    "phương hướng",
    "tình hình",
    "giám sát",
    "đánh giá",
)
_SENTENCE_ENDS = (".", "!", "?")
# Nouns that make the verb after them a noun of the title (`kiểm điểm sự lãnh đạo`).
_NOMINALISERS = ("sự", "việc", "tình hình")
_MAX_PARTS = 3


def report_title(line: Line, i: int, kind: int) -> int:
    """End of `Báo cáo công tác xây dựng Đảng` whose type is i..kind, or -1."""
    if line.phrase(i, "báo cáo") != kind or not line.cap(i) or line.longest(kind, _OPENERS) < 0:
        return -1
    if i == 0 or line.surface[i - 1] in _SENTENCE_ENDS:
        return -1  # "Báo cáo kết quả …, ông X nói": the verb opening a sentence
    return _title_end(line, kind)


# What an assembly does with a report it is given: hears, debates, adopts it.
_HEARD = ("nghe", "thảo luận", "thông qua", "xem xét", "cho ý kiến", "trình")


def heard_report(line: Line, i: int) -> int:
    """End of `nghe và thảo luận [báo cáo giám sát về tình hình …]` at i, or -1.

    An assembly's monitoring report is one paper in lowercase too, heard or
    debated and named by its subject after `về` (news16; capitalised in news13);
    a report in general (`báo cáo về tình hình Tây Nguyên`, `sớm báo cáo đánh giá
    …`) stays none.
    """
    kind = line.phrase(i, "báo cáo giám sát")
    if kind < 0 or not line.lower(i) or not line.ending(i, _HEARD) or not line.is_(kind, "về"):
        return -1
    return _title_end(line, i + 2)


def _title_end(line: Line, kind: int) -> int:
    """End of a report's title whose opener starts at kind, over its subject and round."""
    end = clause(line, kind)
    for _ in range(_MAX_PARTS):
        if end < 0:
            return -1
        if _round(line, end) > end:
            end = _round(line, end)
        elif line.is_(end, "về") and line.lower(end + 1):
            end = clause(line, end + 1)
        elif line.ending(end, _NOMINALISERS) and line.lower(end):
            end = clause(line, end)  # "sự | lãnh đạo", "tình hình | ban hành": a verb made a noun
        else:
            break
    return end


def _round(line: Line, end: int) -> int:
    """End of `(lần 2)` at end, or -1."""
    opened = line.surface[end : end + 1] == ["("] and line.is_(end + 1, "lần")
    closed = line.digit(end + 2) and line.surface[end + 3 : end + 4] == [")"]
    return end + 4 if opened and closed else -1
