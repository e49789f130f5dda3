"""EVENT: a working session held with a named body or an office holder (`làm việc với`).

`X làm việc với Y` is how political news reports an inspection, a visit or a
hearing: `Đoàn kiểm tra số 12 [làm việc] với UBND huyện …`, `Thanh tra Bộ
Công an đã [làm việc] với giám đốc công an 3 tỉnh`, `Hôm [làm việc] với TP.HCM`,
a report's paragraph opening `Cần Thơ: [Làm việc] với UBND quận …`. The gold marks
the verb whenever the other party is a named body, a place or a post (news7,
news10, news20, news21: 6 of 6), and leaves it where the session is a habit, a
condition or a plan with parties in general: `thường xuyên làm việc với Bộ
trưởng`, `khi ông Hùng làm việc với công ty`, `sẽ làm việc với các cơ quan chức
năng`, `hay làm việc với ngân hàng`, and a reporter's interview (`khi PV làm việc
với bà X`).
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.lines import Line
from annotator.nlp.rules.places.listed import place_at

# Words before the verb that make it a habit, a condition or an interview.
_NOT_ONE = ("khi", "xuyên", "thường", "hay", "nếu", "PV")
# Adverbs between the subject (or the cue) and the verb.
_ADVERBS = ("đã", "vừa", "mới", "sẽ", "cũng", "trực", "tiếp", "đến", "về")
# A request or an assignment in the clause: a session asked for, not held (`đề nghị
# tỉnh Cà Mau làm việc với Ủy ban …`, `giao Viện Pasteur làm việc với địa phương`).
_ASKED = ("đề nghị", "yêu cầu", "giao", "kiến nghị", "chỉ đạo")
# Nouns the session is a modifier of: `tài liệu làm việc`, `quy chế làm việc`.
_NOUNS = ("tài liệu", "biên bản", "quy chế", "chương trình", "lịch", "giờ", "nơi", "thời gian")
_CLAUSE_END = frozenset(".;:?!,")
_CUE_REACH = 4
_ASK_REACH = 14


def session_with_party(line: Line, i: int, end: int) -> bool:
    """`làm việc` at i..end, `với` a named body, a place or a post, as one session."""
    if not line.is_(end, "với") or line.is_(end + 1, "các", "những", "nhiều"):
        return False
    if line.cap(i) and not _opens_clause(line, i):
        return False  # "Làm việc" in a name or a title-cased heading of something else
    return _party_at(line, end + 1) and not _cued_general(line, i)


def _opens_clause(line: Line, i: int) -> bool:
    return i == 0 or line.surface[i - 1] in _CLAUSE_END


def _party_at(line: Line, k: int) -> bool:
    """A named body (`UBND huyện Châu Thành`), a place (`TP.HCM`) or a post with its body
    (`giám đốc công an 3 tỉnh`, `lãnh đạo Bộ GTVT`) at k."""
    if line.cap(k):
        return org(line, k, loose=False) > k or place_at(line, k) > k
    if place_at(line, k) > k + 1 or line.phrase(k, "lãnh đạo") > k and line.cap(k + 2):
        return True  # "tỉnh Sóc Trăng", "lãnh đạo Bộ GD-ĐT"
    post = line.match(k, "titles", "posts")
    return post > k and line.word(post)


def _cued_general(line: Line, i: int) -> bool:
    """A habit, a condition, a reporter, a request or a noun before the verb."""
    if line.ending(i, _NOUNS) or _asked(line, i):
        return True
    k = i - 1
    while k >= 0 and line.is_(k, *_ADVERBS):
        k -= 1
    for m in range(k, max(-1, k - _CUE_REACH), -1):
        if line.surface[m] in _CLAUSE_END:
            return False
        if line.is_(m, *_NOT_ONE) or line.phrase(m, "phóng viên") > m:
            return True
    return False


def _asked(line: Line, i: int) -> bool:
    """`đề nghị UBND tỉnh … hỗ trợ làm việc với …`: a request earlier in the clause."""
    for m in range(i - 1, max(-1, i - _ASK_REACH), -1):
        if line.surface[m] in _CLAUSE_END:
            return False
        if line.longest(m, _ASKED) > m:
            return True
    return False
