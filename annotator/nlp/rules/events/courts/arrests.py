"""An arrest of a named person in the active voice: `việc bắt giữ [Bùi Tiến Dũng]`.

Round 9b made an arrest of a particular person an EVENT in either voice, the
verb alone; the passive (`bị [bắt]`) is found in `incidents`. Here the
arresting verb takes the person's name right after it, or after an address
word (`bắt giữ ông Nguyễn Văn A`, `bắt khẩn cấp bị can Lê Văn B`). Catching
things (`bắt giữ con tin`, `bắt giữ 3 tàu cá`) names no person and is no arrest.
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import is_surname, person_run
from annotator.nlp.rules.posts.roles import role

# The verbs of arrest (`arrest_verbs`: "bắt giữ", "bắt khẩn cấp") are gazetteer data;
# `bắt` alone is too many other things.


def find_arrests(line: Line) -> list[Candidate]:
    """`bắt giữ` (or `bắt khẩn cấp`, `bắt tạm giữ`) then a Vietnamese full name."""
    found = []
    for i in line.where("bắt"):
        if not line.lower(i) and not _headline_start(line, i):
            continue
        end = line.longest(i, line.gaz.phrases("arrest_verbs"))
        if end > i and _person_after(line, end):
            found.append(Candidate(i, end, "EVENT"))
        elif end < 0 and _bare_arrest(line, i):
            found.append(Candidate(i, i + 1, "EVENT"))
        elif (
            line.lower(i)
            and not line.is_(i - 1, *_NOUNED)
            and _someone_by_post_or_name(line, max(end, i + 1))
        ):
            found.append(Candidate(i, max(end, i + 1), "EVENT"))
    return found


# Nouns an arrest verb is part of: "[vụ bắt] Gotovina" (the arrest as an affair, its
# own extent), "lệnh bắt giữ Mueller" (a warrant served, unmarked in news24).
_NOUNED = ("vụ", "lệnh")


def _someone_by_post_or_name(line: Line, k: int) -> bool:
    """`bắt được trưởng Chi cục Hải quan X`, `bắt giữ ông Tiến`, `việc bắt Gotovina`:
    one person named by a post of a named body, by an address word and a given name,
    or by a foreign name, after the verb (and `được`, caught). The full-name test above
    missed them in four once-blind sets (news19 twice, news22, news24, news27), where
    the gold marks the verb alone; a catch of things or of people counted (`bắt được
    cá`, `bắt một số cán bộ`) names no one."""
    k = k + 1 if line.is_(k, "được") else k
    address = line.match(k, "honorifics")
    if address > k and line.cap(address) and line.word(address):
        return not line.is_(address + 1, *_FORCED)
    held = max(role(line, k), _head_of_a_body(line, k))
    if held > k and any(line.cap(m) for m in range(k, held)):
        return not line.is_(held, *_FORCED)
    return line.foreign(k) and not line.is_(k + 1, *_FORCED)


# Adverbs between a bare `bắt` and the person: "bắt luôn", "bắt ngay", and `được`
# (caught): news31 "Công an còn [bắt] được Nguyễn Sơn Hải, …", missed at blind time.
_AT_ONCE = ("luôn", "ngay", "được")
# Words after the person that make `bắt` "force to": "bắt ông X phải xin lỗi".
_FORCED = ("phải", "làm", "đi", "ký", "nộp", "trả")


def _bare_arrest(line: Line, i: int) -> bool:
    """`Công an huyện bắt luôn Đặng Văn Tứ`: a bare `bắt` before a full name.

    `bắt tay`, `bắt đầu` have a lowercase word after them; `bắt X phải ...`
    forces someone to do something, no arrest.
    """
    k = i + 2 if line.is_(i + 1, *_AT_ONCE) else i + 1
    k = k + 1 if line.is_(k, "ông", "bà") else k  # "Bắt ông Nguyễn Văn A" (news9)
    if not line.lower(i) and k == i + 1:
        return False  # a capitalised `Bắt` heads an arrest only with `ông`/`bà`
    if not (is_surname(line, k) and person_run(line, k) > k + 1):
        return False
    return not line.is_(person_run(line, k), *_FORCED)


def _head_of_a_body(line: Line, k: int) -> int:
    """End of `trưởng Chi cục Hải quan X` at k: a head or deputy of a named body, or -1."""
    post = max(line.match(k, "titles"), k + 1 if line.is_(k, "trưởng", "phó") else -1)
    return org(line, post, loose=False) if post > k else -1


def _person_after(line: Line, k: int) -> bool:
    """A full name at k, or after one or two address words (`ông`, `bị can`)."""
    for start in (k, k + 1, k + 2):
        if start > k and line.match(k, "honorifics") != start:
            continue
        if is_surname(line, start) and person_run(line, start) > start + 1:
            return True
    return False


def _headline_start(line: Line, i: int) -> bool:
    """`Bắt` opening a line or a sentence: a headline's or a sentence's first word."""
    return i == 0 or line.surface[i - 1] in (".", "!", "?", ":", "-", "–", '"', "“")
