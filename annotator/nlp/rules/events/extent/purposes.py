"""What a meeting is for: `hội nghị triển khai Nghị quyết ...`, `phiên tòa xét xử vụ án ...`.

A naming phrase after an event noun belongs to the event, but it must stop where
the clause goes on: at a word that opens the rest of the sentence, at a day
(`hôm nay`, `chiều 27-3`) or at a person (`bị cáo Nguyễn Văn A` stays a PER).
Kept apart from the event nouns (events.extent.nouns), which only ask where it ends.
"""

from __future__ import annotations

from annotator.nlp.rules.dates.forms import bare_day
from annotator.nlp.rules.lines import Line, keys_of
from annotator.nlp.rules.names import is_surname, person_run
from annotator.nlp.rules.phrases import MAX_PHRASE

# Words that open the rest of the clause after an event's name.
CLAUSE_END = frozenset(
    keys_of("do tại ở vào diễn ra với đã sẽ được sau trong khi nhằm để có là thì đối đến")
)


def purpose(line: Line, i: int) -> int:
    """End of the naming phrase `triển khai Nghị quyết ...` at i, or -1."""
    if line.match(i, "event_purposes") < 0:
        return -1
    j = i
    while j < line.n and j - i < MAX_PHRASE:
        tok = line.surface[j]
        if tok == ",":
            if line.match(j + 1, "event_purposes", "documents") < 0:
                break
        elif not line.word(j) and tok not in "-–" or line.key(j) in CLAUSE_END:
            break
        elif _relative_day(line, j) or _dated_day(line, j):
            break  # "buổi bỏ phiếu lấy ý kiến | hôm nay", "họp kiểm điểm | chiều 27-3"
        elif j > i and someone_at(line, j):
            break  # "phiên tòa xét xử [bị cáo Nguyễn Văn A]": the person stays a PER
        elif line.phrase(j, "nhiệm kỳ") > 0:
            break  # "bàn về công tác | nhiệm kỳ khóa X": a term is a DATE of its own
        elif j > i + 1 and line.is_(j, "này", "đó", "ấy"):
            j += 1
            break  # "cuộc họp bàn về vấn đề này | kéo dài": the object ends with its deictic
        j += 1
    # "Đại hội bầu ra BCH": the event is the verb's subject, the verb names nothing.
    return -1 if j == i + 1 and line.is_(j, "ra", "được", "xong") else j


def _relative_day(line: Line, j: int) -> bool:
    """`hôm nay`, `sáng qua`, `chiều nay` at j: a day, never part of an event's name."""
    return line.is_(j + 1, "nay", "qua") and (line.is_(j, "hôm") or line.match(j, "time_words") > j)


def _dated_day(line: Line, j: int) -> bool:
    """`chiều 27-3`, `ngày 5/3`, `hôm 3/4`, `12/5` at j: a day, never part of an event's name."""
    k = max(j, line.match(j, "time_words"))
    return bare_day(line, k + 1 if line.is_(k, "ngày", "hôm") else k)


def someone_at(line: Line, j: int) -> bool:
    """A person named or addressed at j (`bị cáo`, `ông`, a full name)."""
    if line.match(j, "honorifics") > j or line.phrase(j, "bị cáo") > 0:
        return True
    return line.phrase(j, "bị can") > 0 or (is_surname(line, j) and person_run(line, j) > j + 1)
