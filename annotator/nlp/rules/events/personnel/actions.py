"""EVENT: appointments, dismissals and disciplinary actions about a named person; checks.

`cách chức ông X`, `quyết định kỷ luật ...`, `bị khai trừ`: an action is an
event when it was decided, held (`tổ chức kiểm điểm`), underwent, received
(`nhận hình thức cảnh cáo`), or is about someone named; a bare
mention (`quyền bổ nhiệm, miễn nhiệm`) is not. A check of the `checks` list
is an event when carried out or reported on (`tiến hành kiểm tra`, `kết quả
kiểm tra`), not as a duty (`tăng cường kiểm tra`) or a team (`Đoàn kiểm tra`).
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.lines import Line, keys_of
from annotator.nlp.rules.names import is_surname, person_run
from annotator.nlp.rules.posts.roles import role

# The forms of discipline (`discipline_forms`: "cảnh cáo", "khai trừ"), those someone
# receives besides (`received_forms`), the people an action counts (`counted_people`)
# and the syllables that make `nhận` another verb (`not_receiving`) are gazetteer data.


def action_at(line: Line, i: int) -> int:
    """An appointment or disciplinary action about someone, or -1."""
    end = line.match(i, "actions")
    if end < 0 or line.is_(i - 1, "quyền"):
        return -1  # "có quyền bổ nhiệm …", "thẩm quyền điều động": a power, no act (n3, n14, n15)
    forms = line.gaz.phrases("discipline_forms")
    if line.phrase(end, "bằng hình thức") > 0:
        best = line.longest(end + 3, forms)
        end = best if best > 0 else end
    elif line.longest(end, forms) > 0:
        end = max(end, line.match(end, "actions"))  # "kỷ luật khai trừ ra khỏi Đảng"
    decided = line.is_(i - 1, "định") and line.is_(i - 2, "quyết")
    decided = decided or line.key(i) == keys_of("thi")[0]
    j = end
    while line.surface[j : j + 1] == [","] and line.match(j + 1, "actions") > 0:
        j = line.match(j + 1, "actions")
    held = any(line.phrase(i - 2, verb) == i for verb in _HELD) or _people_counted(line, j)
    review = line.phrase(i, "kiểm điểm") == end
    required = review and (required_of_a_body(line, i) or _named_review(line, i, end))
    done = decided or held or required or _undergone(line, i) or _appointed_to_a_post(line, i, end)
    return end if done or _about_someone(line, j) or _post_of_one_body(line, i, j) else -1


# What a body is told it must or will do: "Bộ GTVT sẽ [kiểm điểm]", "Quận ủy phải
# [kiểm điểm]", "lãnh đạo Bộ phải tiếp tục [kiểm điểm]" (news4, news7, news10 at blind
# time); "còn phải kiểm điểm đối với các cá nhân", "đều phải bị kiểm điểm" are owed by
# people in general (news9, dev), and stay unmarked.
_MODALS = frozenset(keys_of("phải sẽ tiếp tục cũng nghiêm túc"))
_OWED = frozenset(keys_of("phải sẽ"))
_NOT_REQUIRED = frozenset(keys_of("còn đều bị không chưa nếu"))
_PLURALS = frozenset(keys_of("các những mọi"))
_MAX_SUBJECT = 10


def required_of_a_body(line: Line, i: int) -> bool:
    """`Bộ GTVT sẽ kiểm điểm` at i: a review that a named body must or will hold."""
    k = i - 1
    while k >= 0 and line.key(k) in _MODALS:
        k -= 1
    owed = any(line.key(m) in _OWED for m in range(k + 1, i))
    if not owed or line.key(k) in _NOT_REQUIRED:
        return False
    for b in range(k, max(-1, k - _MAX_SUBJECT), -1):
        if not line.word(b) or line.key(b) in _PLURALS:
            return False  # "..., phải kiểm điểm", "các bệnh viện phải": no body named
        if line.cap(b) and org(line, b, loose=False) > b:
            return True
    return False


def _named_review(line: Line, i: int, end: int) -> bool:
    """`[Kiểm điểm] vụ PMU18`, `qua [kiểm điểm] vụ X`: a review of a named affair; `cần được
    [Trung ương khóa IX] [kiểm điểm]`: one asked of a named body (conventions round 14,
    decision 2); `Thủ tướng yêu cầu kiểm điểm` of no one named is none."""
    if line.is_(end, "vụ") and line.cap(end + 1) and not line.is_(end + 1, "này"):
        return True
    k = i - 1
    while k > 0 and line.word(k) and i - k <= _MAX_SUBJECT:
        body = max(org(line, k, loose=False), line.phrase(k, "Trung ương"))
        if line.is_(body, "khóa", "khoá") and line.roman(body + 1):
            body += 2  # "Trung ương khóa IX"
        if line.cap(k) and body == i and line.is_(k - 1, "được"):
            return True
        k -= 1
    return False


def _people_counted(line: Line, j: int) -> bool:
    """`kỷ luật | 2 lãnh đạo huyện`: an action on a number of people is particular."""
    counted = line.digit(j) and line.surface[j][0].isdigit() and not line.is_(j + 1, "năm")
    return counted and line.longest(j + 1, line.gaz.phrases("counted_people")) > 0


# "tổ chức kiểm điểm", "tiến hành kiểm điểm": a review or a discipline that is held.
_HELD = ("tổ chức", "tiến hành")


def received_forms(line: Line) -> list[tuple[int, int]]:
    """`nhận hình thức [cảnh cáo]`, `nhận [khiển trách]`: the form someone received.

    The form alone is the event; `nhận` and `hình thức` stay outside it.
    """
    found = []
    not_receiving = line.gaz.phrases("not_receiving")
    forms = line.gaz.phrases("discipline_forms") + line.gaz.phrases("received_forms")
    for i in line.where("nhận"):
        if line.ending(i, not_receiving) or not line.lower(i):
            continue
        k = line.phrase(i + 1, "hình thức")
        k = k if k > 0 else i + 1
        end = line.longest(k, forms)
        if end > k:
            found.append((k, end))
    return found


# The party a discipline is taken in, between the act and its person: "khai trừ Đảng
# ông X", "cảnh cáo về mặt Đảng với ông X". A discipline written on to a named person
# after `đối với` or `với` is that person's: the gold marks it in news4, news7, news8,
# news25, news26 and dev (14 of 14); the rules missed it in news7 and news26 (four
# times) at blind time. None is marked towards people in general (`đối với cá nhân
# cán bộ`, `đối với những người`), which no named person follows.
_THE_PARTY = ("Đảng", "về mặt Đảng", "ra khỏi Đảng", "khỏi Đảng")


def _someone_named(line: Line, j: int) -> bool:
    return line.match(j, "honorifics") > j or (is_surname(line, j) and person_run(line, j) > j + 1)


def _about_someone(line: Line, j: int) -> bool:
    """`cách chức ông X`, `bãi nhiệm tư cách đại biểu Quốc hội của ông X`: a named person's."""
    j = max(j, line.longest(j, _THE_PARTY))
    if _someone_named(line, j) or _post_then_name(line, j):
        return True
    towards = max(line.phrase(j, "đối với"), line.phrase(j, "với"))
    if towards > 0 and _someone_named(line, towards):
        return True  # "đình chỉ sinh hoạt Đảng đối với ông X", "cảnh cáo … với ông X"
    case = line.phrase(towards, "trường hợp") if towards > 0 else -1
    if case > 0 and _someone_named(line, case):
        return True  # "bãi nhiệm đối với trường hợp ông X"
    k = line.phrase(j, "tư cách") if line.phrase(j, "tư cách") > 0 else j
    held = role(line, k)
    if held <= k:
        return False
    for joint in ("của", "đối với"):
        held = max(held, line.phrase(held, joint))
    # "việc cách chức Thủ tướng Kasyanov" (news24, missed at blind time): a foreign
    # holder of the post is named as well as a Vietnamese one.
    return _someone_named(line, held) or line.foreign(held)


# What stands between an act and the post it takes: "miễn nhiệm chức vụ Bộ trưởng X",
# "bãi nhiệm tư cách đại biểu", "Kỷ luật nguyên Phó giám đốc Sở Y".
_POST_WORDS = ("tư cách", "chức vụ", "chức", "nguyên")
# A resolution's title the act is part of: "nghị quyết phê chuẩn miễn nhiệm …" (a DOC).
_TITLES = ("nghị quyết", "nghị quyết phê chuẩn")


def _post_of_one_body(line: Line, i: int, j: int) -> bool:
    """`Kỷ luật Phó giám đốc Sở Địa chính TP HCM`, `miễn nhiệm chức vụ Bộ trưởng Nông
    nghiệp và Phát triển nông thôn`: the post of one named body, held by one person,
    is as good as their name (the gold marks the act in news18, news22 and news24,
    missed at blind time); not inside a resolution's title (`nghị quyết phê chuẩn
    miễn nhiệm …`, news2 and news24 unmarked)."""
    if line.ending(i, _TITLES):
        return False
    k = max(j, line.longest(j, _POST_WORDS))
    held = role(line, k)
    return held > k and any(line.cap(m) for m in range(k + 1, held))


_MAX_POST = 2


def _post_then_name(line: Line, j: int) -> bool:
    """`bãi nhiệm đại biểu Lê Minh Hoàng`, `cách chức giám đốc Trần Văn Ba`: a post
    in one or two lowercase words, then the person who holds it."""
    for k in range(j + 1, j + _MAX_POST + 1):
        if not (line.lower(k - 1) and line.word(k - 1)):
            return False
        if is_surname(line, k) and person_run(line, k) > k + 1:
            return True
    return False


# Words before "bị" that make an action hypothetical: "sẽ bị kỷ luật", "nếu bị cách chức".
_HYPOTHETICAL = frozenset(keys_of("sẽ phải thể nếu đều cũng không chưa"))


def _undergone(line: Line, i: int) -> bool:
    """`ông bị cách chức`, `đã bị khai trừ`: an action someone underwent."""
    return line.is_(i - 1, "bị") and line.key(i - 2) not in _HYPOTHETICAL


# What joins an appointment to the post it gives: "được bổ nhiệm làm thứ trưởng".
# `là` too (news25 `được [bổ nhiệm] là thẩm phán Tòa Lao động`), and an acting post
# keeps its `quyền` outside the ROLE (news25 `được [bổ nhiệm] làm quyền giám đốc Sở …`):
# both missed at blind time.
_TO_A_POST = ("làm", "là", "giữ chức", "giữ chức vụ")
_ACTING = ("quyền",)


def _appointed_to_a_post(line: Line, i: int, end: int) -> bool:
    """`ông được [bổ nhiệm] làm thứ trưởng`: someone received a post; the appointment
    happened to them as `bị` marks a dismissal undergone. Said of appointments only:
    the gold leaves `được bầu làm`, `được cử làm` unmarked (an election, a mission),
    and a hypothetical one (`nếu được bổ nhiệm làm`) stays unmarked as well."""
    if not line.is_(i - 1, "được") or line.key(i - 2) in _HYPOTHETICAL:
        return False
    if line.phrase(i, "bổ nhiệm") < 0 and line.phrase(i, "tái bổ nhiệm") < 0:
        return False
    joint = line.longest(end, _TO_A_POST)
    joint = max(joint, line.longest(joint, _ACTING))
    return joint > end and role(line, joint) > joint


_CARRIED_OUT = ("tiến hành", "tổ chức", "kết quả")


def check_at(line: Line, i: int) -> int:
    """End of `kiểm tra` at i when carried out or reported on, or -1."""
    end = line.match(i, "checks")
    if end < 0 or not any(line.phrase(i - 2, before) == i for before in _CARRIED_OUT):
        return -1
    return end
