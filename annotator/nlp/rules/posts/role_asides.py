"""ROLE: a post written in brackets after a person's name runs to the bracket's end.

Court and crime reports list defendants as `Name (post of body)`:
`Phạm Gia Nhân (kế toán trưởng chi nhánh)`, `Trần Tuấn Anh (trưởng phòng
kinh doanh 3)`, `Lê Quý Thiệu (giám đốc Công ty Vật tư và dịch vụ kỹ thuật
Hà Nội)`. The title rules stop at the first lowercase word or at `và`; inside
such brackets the whole aside is the post.

An occupation alone in such brackets is the person's post too, as the gold
has it in every file (`Lê Đức Hiền (bác sĩ)`, `Nguyễn Hải Dũng (kế toán)`),
though bare in a sentence it is none (`nghiệp vụ kế toán`); an employee or
official named by kind stays bare (`(nhân viên Công ty X)`, `(cán bộ địa chính)`).
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.lowercase import title_case_words
from annotator.nlp.rules.lines import Candidate, Line

# Time markers kept outside the ROLE between the bracket and the post.
_MARKERS = ("quyền", "nguyên", "cựu", "tân")
# Words that end the post inside the aside (and `trụ sở`, where the body sits):
# where it is (`ở TP HCM`), the body
# above it (`thuộc Trung tâm ...`, a span of its own), whose
# relative the person is (`em trai ...`), a second fact after a comma.
_ENDS = ("ở", "thuộc", "của", "em", "con", "vợ", "chồng", "anh", "chị", "cháu", "sinh", "tức")
_LONGEST = 24


def posts_in_brackets(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """The line's spans with a bracketed ROLE after a PER grown to the closing bracket,
    taking the spans inside it, and a lone occupation in such brackets a ROLE."""
    spans = _owned_posts(line, _grown_asides(line, _lone_occupations(line, spans)))
    spans = [_delegation(line, c) for c in _minister_rank(line, spans)]
    return [_envoy_topic(line, c) for c in spans if not _people_of_a_trade(line, c)]


# Heads of bodies at a ministry's rank: "Bộ trưởng Chủ nhiệm Văn phòng Chính phủ".
_MINISTER_RANK = ("chủ nhiệm", "tổng thanh tra", "thống đốc")


def _minister_rank(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """`Bộ trưởng | Chủ nhiệm Văn phòng Chính phủ`: a minister's rank written right before
    the post of a body at that rank is one post."""
    out: list[Candidate] = []
    for c in spans:
        last = out[-1] if out else None
        if (
            last is not None
            and last.label == c.label == "ROLE"
            and last.end == c.start
            and line.phrase(last.start, "bộ trưởng") == last.end
            and any(line.phrase(c.start, head) > c.start for head in _MINISTER_RANK)
        ):
            out[-1] = Candidate(last.start, c.end, "ROLE")
            continue
        out.append(c)
    return out


def _delegation(line: Line, c: Candidate) -> Candidate:
    """`đoàn | đại biểu Quốc hội do … dẫn đầu`: a visiting delegation of a body is no
    deputy's post; the body it comes from is the ORG (the gold's `đoàn đại biểu [Quốc
    hội]`); the capitalised standing `Đoàn đại biểu Quốc hội tỉnh X` is a body of its own."""
    if c.label != "ROLE" or line.phrase(c.start, "đại biểu") != c.start + 2:
        return c
    if not (line.is_(c.start - 1, "đoàn") and line.lower(c.start - 1)) or c.end <= c.start + 2:
        return c
    return Candidate(c.start + 2, c.end, "ORG")


def _envoy_topic(line: Line, c: Candidate) -> Candidate:
    """`Đặc phái viên của Tổng thống Mỹ | về Kiểm soát Vũ khí`: an envoy's remit written
    in title case after `về` is part of the post (a place or a lowercase topic is not)."""
    if c.label != "ROLE" or line.match(c.start, "aides") <= c.start or not line.is_(c.end, "về"):
        return c
    end = title_case_words(line, c.end + 1)
    return Candidate(c.start, end, "ROLE") if end >= c.end + 3 else c


# Trades of courts and police that many hold: in the plural they are people, no post.
_TRADES: tuple[str, ...] = (
    "điều tra viên",
    "kiểm sát viên",
    "thẩm phán",
    "hội thẩm",
    "thanh tra viên",
)
_TRADES += ("trinh sát viên", "cảnh sát", "trinh sát")
_PLURAL = ("các", "những", "nhiều", "mọi")
# Words before a classifier `viên` (`hai viên sĩ quan`, `thì viên chỉ huy`), where it ends
# no word of its own (`ứng viên`, `thành viên`).
_BEFORE_CLASSIFIER: tuple[str, ...] = (
    "một",
    "hai",
    "ba",
    "các",
    "những",
    "mấy",
    "thì",
    "và",
    "là",
    "khi",
)
_BEFORE_CLASSIFIER += ("sau", "nhưng", "rằng", "cho", "của", "với", "này", "đó", "tên")


def _classifier(line: Line, k: int) -> bool:
    """`viên` at k is the classifier for a person, not the end of a word."""
    return not line.word(k - 1) or line.digit(k - 1) or line.is_(k - 1, *_BEFORE_CLASSIFIER)


def _people_of_a_trade(line: Line, c: Candidate) -> bool:
    """`các điều tra viên hỏi ông Hải`, `viên chỉ huy cho biết`: a bare post after a plural
    (for a trade of courts and police) or after the classifier `viên` names people, not a
    post held (the gold marks neither); `các Phó Thủ tướng` stays a ROLE."""
    if c.label != "ROLE" or line.match(c.start, "titles", "posts") != c.end:
        return False
    if line.is_(c.start - 1, "viên") and line.lower(c.start - 1) and _classifier(line, c.start - 1):
        return True
    trade = any(line.phrase(c.start, t) == c.end for t in _TRADES)
    if trade and line.is_(c.start - 1, *_PLURAL):
        return True
    return _nameless_inquirer(line, c) or _lowercase_king(line, c)


# Trades of inquiry that the gold marks only before the holder's name or with a body.
_INQUIRERS = ("điều tra viên", "thanh tra viên")


def _nameless_inquirer(line: Line, c: Candidate) -> bool:
    """`một điều tra viên đã chuyển giấy triệu tập`, `chỉ đạo được điều tra viên`: a bare
    investigator or inspector with no name after is whoever did the job, no post held.

    The gold marks none of the thirteen with no name after (news7, news13, news17,
    news18, news22, news24; nine of them bare or after `một`, where the rules
    suggested a ROLE) and marks the one before a name (news22): `điều tra viên Nguyễn
    Văn A` stays a ROLE.
    """
    bare = any(line.phrase(c.start, t) == c.end for t in _INQUIRERS)
    return bare and not line.cap(c.end)


def _lowercase_king(line: Line, c: Candidate) -> bool:
    """`vua lừa`, `"vua phá hủy"`, `vua Lý Thái Tổ`: `vua` in lowercase is a figure of
    speech or a king of old, which the gold never marks (news10, news22: seven);
    `Vua Thái Lan`, `Nhà vua` keep their capital and their post."""
    return c.end == c.start + 1 and line.is_(c.start, "vua") and line.lower(c.start)


def _owned_posts(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """`trưởng phòng kế hoạch | của | Cienco 1`: a post keeps the body it belongs to
    after `của` (every gold file: 18 posts with it inside, none beside), also a body
    another rule found (a company, an outlet)."""
    out: list[Candidate] = []
    for c in spans:
        last = out[-1] if out else None
        if (
            last is not None
            and last.label == "ROLE"
            and c.label == "ORG"
            and c.start == last.end + 1
            and line.is_(last.end, "của")
        ):
            out[-1] = Candidate(last.start, c.end, "ROLE")
            continue
        out.append(c)
    return out


_KINDS_OF_STAFF = ("nhân viên", "cán bộ", "công chức", "viên chức")


def _lone_occupations(line: Line, spans: list[Candidate]) -> list[Candidate]:
    """`Name (bác sĩ)`: an occupation that fills the brackets right after a PER;
    `Name (trạm phó)`, `Name (nguyên trạm trưởng liên ngành X, …)`: a job of the
    `aside_posts` list there, with its unit up to a comma or the bracket."""
    taken = {k for c in spans for k in range(c.start, c.end)}
    added = []
    for p in spans:
        k = p.end + 1
        if p.label != "PER" or line.surface[p.end : k] != ["("] or k in taken:
            continue
        end = line.match(k, "posts", "professions")
        staff = any(line.phrase(k, kind) > k for kind in _KINDS_OF_STAFF)
        if end > k and line.surface[end : end + 1] == [")"] and not staff:
            added.append(Candidate(k, end, "ROLE"))
        elif (job := _aside_job(line, k)) is not None:
            added.append(job)
    if not added:
        return spans
    inside = {k for c in added for k in range(c.start, c.end)}
    kept = [c for c in spans if not inside.intersection(range(c.start, c.end))]
    return sorted(kept + added, key=lambda c: c.start)


def _aside_job(line: Line, k: int) -> Candidate | None:
    """The ROLE of an `aside_posts` job opening the aside at k (after `nguyên`, `cựu`),
    run on over its lowercase unit and names to a comma, `ở`, `của` or `)`, or None."""
    start = k + 1 if line.is_(k, *_MARKERS) else k
    job = line.longest(start, line.gaz.phrases("aside_posts"))
    if job < 0 or not line.lower(start):
        return None
    for end in range(job, min(line.n, start + _LONGEST)):
        if line.surface[end] in _ASIDE_STOPS or line.is_(end, *_ENDS, "tại"):
            return Candidate(start, end, "ROLE")
    return None  # no bracket closes the aside nearby: no aside at all


# Marks that end a job read in brackets (`(trạm trưởng X, tỉnh Y)`: the province apart).
_ASIDE_STOPS = (",", ";", ")", "(", "-", "–")


def _grown_asides(line: Line, spans: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    skip_to = -1
    for index, c in enumerate(spans):
        if c.start < skip_to:
            continue
        # The two spans before are all `_after_name` reads: a slice of every span
        # before would make a long line quadratic.
        before = spans[max(0, index - 2) : index]
        c = _representative(line, before, c)
        if c.label == "ROLE" and _after_name(line, before, c.start):
            close = _closing(line, c.start + 1)
            named = any(p.label == "PER" and c.end <= p.start < close for p in spans)
            if close > c.end and not named:  # "(Chủ tịch ... Phạm Thế Duyệt)": a name inside
                c = Candidate(c.start, close, "ROLE")
                skip_to = close
        out.append(c)
    return out


def _representative(line: Line, before: list[Candidate], c: Candidate) -> Candidate:
    """`Đào Văn Học (đại diện Tổng công ty 319)`: a body's representative in brackets after
    a name is the person's post, a ROLE; `đại diện Bộ Y tế cho biết` in a sentence stays
    the body's ORG."""
    start = c.start - len(_REPRESENTS)
    if c.label != "ORG" or line.phrase(start, " ".join(_REPRESENTS)) != c.start:
        return c
    if line.surface[c.end : c.end + 1] != [")"] or not _after_name(line, before, start):
        return c
    return Candidate(start, c.end, "ROLE")


_REPRESENTS = ("đại", "diện")


def _after_name(line: Line, before: list[Candidate], start: int) -> bool:
    """`Name (post`, `Name (quyền post`: the ROLE opens an aside right after a PER."""
    k = start - 1
    if line.is_(k, *_MARKERS):
        k -= 1
    if line.surface[k : k + 1] != ["("] or k < 1:
        return False
    return any(p.label == "PER" and p.end == k for p in before[-2:])


def _closing(line: Line, k: int) -> int:
    """Index of the `)` that closes the aside from k (inside the post), or -1 when the
    post ends sooner."""
    for j in range(k, min(line.n, k + _LONGEST)):
        surface = line.surface[j]
        if surface == ")":
            return j
        if surface in ',;("“”' or line.is_(j, *_ENDS) or line.phrase(j, "trụ sở") > j:
            return -1
        if line.is_(j, "kiêm") and not line.is_(j + 1, "nhiệm"):
            return -1  # "(Phó bí thư | kiêm | Chủ tịch UBND huyện)": two posts, two ROLEs
        if surface in "-–" and line.surface[j + 1 : j + 3] in (["PV", ")"], ["NV", ")"]):
            return j  # "(giám đốc PVECC - PV)": the reporter's note after the post
    return -1
