"""EVENTs that a classifier makes: fighting, attacks, accidents and criminal cases.

`vụ tai nạn`, `cuộc không kích`, `trận giao tranh bằng pháo cối`,
`vụ tấn công bằng tên lửa`: a noun of the `incidents` gazetteer is an event
only after `vụ`, `cuộc` or `trận` (bare, `tấn công` is a verb), one of the
`talks` gazetteer only after `cuộc` or `buổi` (`cuộc tham vấn`). A case named
by its defendant or company (`vụ án Năm Cam`, `vụ Tân Trường Sanh`) is an
event too; a capitalised `Vụ` is a ministry's department, not a case, except
at a sentence's start before a name or a code (`Vụ PMU18 cho thấy`).
A reception is an event when someone with a title is received (`tiếp thân
mật Chủ tịch Quốc hội`, `tiếp ông X`); `tiếp tục`, `trực tiếp` are not.
An incident's noun and what names it are read in events.conflicts.classified_incidents.
"""

from __future__ import annotations

import re

from annotator.nlp.rules.bodies.orgs import org
from annotator.nlp.rules.events.conflicts.classified_incidents import CLASSIFIERS, incident_at
from annotator.nlp.rules.events.courts.cases import case_referred
from annotator.nlp.rules.events.extent.manners import manners_after
from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.names import is_stop, is_surname, person_run
from annotator.nlp.rules.places.listed import place_at

_FIGHTING = frozenset(keys_of("giao chiến xung"))
_PASSIVE_VERBS = frozenset(keys_of("bắt xử"))
_TRIGGERS = frozenset(keys_of("vụ cuộc trận buổi tiếp đợt"))
_RECEPTION_MANNER = ("thân mật", "xã giao", "riêng")
_RECEPTION_TALKS = ("nói chuyện", "làm việc", "hội đàm", "hội kiến", "trao đổi", "chúc Tết")
# "trực tiếp", "kế tiếp", "liên tiếp", "tiếp tiếp": `tiếp` as part of another word.
_NOT_RECEPTION = ("trực", "kế", "liên", "tiếp", "gián", "đón", "chuyển", "nối")
_MAX_NAME = 4
# What names a case after a headline's `Vụ`: an acronym, digits included (`PMU18`, `BOT`).
_CASE_CODE = re.compile(r"^[A-ZĐ]{2,6}[0-9]{0,4}$")
_SENTENCE_OPENERS = (".", "!", "?", ":", '"', "“", "-", "–")
# Words that `vụ` ends: `nhiệm vụ`, `chức vụ`, `Nội vụ`, `công vụ`.
VU_WORDS = (
    "nhiệm",
    "phục",
    "dịch",
    "nghĩa",
    "chức",
    "công",
    "sự",
    "thời",
    "nội",
    "ngoại",
    "quân",
    "tác",
    "thương",
    "cảnh",
)


def _named_run(line: Line, i: int) -> int:
    """End of a run of capitalised words at i (at most four), or i."""
    j = i
    while j < line.n and j - i < _MAX_NAME and line.cap(j) and line.word(j):
        j += 1
    return j


def case_at(line: Line, i: int) -> int:
    """End of `vụ án Năm Cam`, `vụ Tân Trường Sanh` at i, or -1."""
    trial = line.is_(i + 1, "án")  # "Vụ án" heads no department: a case, capitalised too
    if line.cap(i) and line.is_(i, "vụ") and not trial:
        return _headline_case(line, i)
    if not (line.lower(i) or trial) or not line.is_(i, "vụ") or line.is_(i - 1, *VU_WORDS):
        return -1
    j = i + 2 if trial else i + 1
    coded = _coded_case(line, j)
    if coded > j:
        return coded  # "vụ án PMU 18", "vụ PMU18": a case named by a project's code
    if trial and _case_owner(line, j) > j:
        return _case_owner(line, j)  # "vụ án Vinashin": the company the case is named by
    if line.match(j, "places", "bodies", "media") > j:
        return -1  # "vụ Hà Nội ...": where it happened, not its name
    end = _named_run(line, j)
    if any(line.match(k, "bodies", "titles", "org_heads") > k for k in range(j, end)):
        return -1  # "vụ việc Bộ Công an ...": a body acting, not a case's name
    return end if end > j + (0 if j == i + 2 else 1) else -1


# A later mention of a case the article reports: "[vụ án] này", "hồ sơ [vụ án]",
# "đưa [vụ án] ra xét xử", "[Vụ án] đang được điều tra"; a first mention that only
# classifies ("là vụ án buôn lậu", "một vụ án giết người") is none.
_CASE_DEICTICS = ("này", "trên", "đó", "ấy", "nói trên", "kể trên")
_CASE_BEFORE = ("hồ sơ", "cùng", "đưa")
# What is done about the case the article reports: "điều tra mở rộng [vụ án]",
# "tài liệu liên quan đến [vụ án]" (news2, news8, news9; none left unmarked).
_CASE_WORKED = ("điều tra", "mở rộng", "liên quan", "liên quan đến", "liên quan tới")
_CASE_VERBS = ("đang", "đã", "được", "vẫn", "sẽ")


def bare_case_at(line: Line, i: int) -> int:
    """End of a bare `vụ án` at i that refers back to a particular case, or -1."""
    if not line.is_(i, "vụ") or not line.is_(i + 1, "án") or line.cap(i + 2):
        return -1
    after = any(line.phrase(i + 2, d) > 0 for d in _CASE_DEICTICS)
    before = any(line.phrase(i - len(w.split()), w) == i for w in _CASE_BEFORE)
    worked = any(line.phrase(i - len(w.split()), w) == i for w in _CASE_WORKED)
    before = before or worked and not (line.lower(i + 2) and not is_stop(line, i + 2))
    opening = line.cap(i) and _sentence_start(line, i) and line.is_(i + 2, *_CASE_VERBS)
    stepped = _case_stepped(line, i + 2) and not line.is_(i - 1, "là", "một")
    referred = case_referred(line, i) or _case_closed(line, i)  # "Qua [vụ án], chúng ta ..."
    # "Đây là [vụ án] điểm": a model case, the one the article reports (news25, news30,
    # missed at blind time; `điểm` stays outside as the gold writes it).
    model = line.is_(i + 2, "điểm") and line.lower(i + 2)
    return i + 2 if after or before or opening or stepped or referred or model else -1


# Words before `vụ án` that count or classify cases (`các vụ án`, `một số vụ án`, `là
# vụ án`, `từ đầu vụ án`, `sẽ có vụ án`): no one case the article reports is meant.
_CASE_COUNTED = frozenset(keys_of("các những một mọi mỗi nhiều số vài từng là đầu loại có"))


def _case_closed(line: Line, i: int) -> bool:
    """`các bị can trong [vụ án] đã …`, `chuyển [vụ án] cho …`: a singular `vụ án` whose
    phrase ends at it (a pause or a grammar word or verb follows) names the case the
    article reports, in every gold file (38 of 42 bare ones; the rest are counted).
    A lowercase noun after it classifies the case (`vụ án hình sự`), another rule's."""
    k = i + 2
    closed = k >= line.n or line.surface[k] in ",.;:)!?" or (line.lower(k) and is_stop(line, k))
    return closed and line.key(i - 1) not in _CASE_COUNTED


def _case_stepped(line: Line, k: int) -> bool:
    """`vụ án | được đình chỉ điều tra`, `vụ án | đã bị khởi tố`: a case that went through
    a step is the one the article reports (not after `là`, `một`: a first mention)."""
    while line.is_(k, *_CASE_VERBS, "bị"):
        k += 1
    return k < line.n and line.lower(k) and line.match(k, "events") > k


def _sentence_start(line: Line, i: int) -> bool:
    return i == 0 or line.surface[i - 1] in _SENTENCE_OPENERS


def _case_owner(line: Line, j: int) -> int:
    """End of a listed body named without a head noun at j (`Vinashin`, `Vinalines`), or -1.

    A body with its head noun after `vụ án` is the one acting (`vụ án Công an tỉnh
    đang điều tra`), not the case's name."""
    end = line.match(j, "bodies")
    if end <= j or not line.cap(j) or line.match(j, "org_heads") > j:
        return -1
    return end if not line.cap(end) else -1


def _headline_case(line: Line, i: int) -> int:
    """End of `Vụ Lã Thị Kim Oanh: ...`, `Vụ PMU18 cho thấy ...` at a sentence's start, or -1.

    A capitalised `Vụ` inside a sentence heads a ministry's department (`Vụ
    Cân đối`, `Vụ Tổ chức cán bộ`), named by its field; at a sentence's
    start, followed by a person's full name or by a code (`PMU18`, `BOT`), it
    is a case, as the lowercase `vụ Năm Cam`.
    """
    if i > 0 and line.surface[i - 1] not in _SENTENCE_OPENERS:
        return -1
    j = i + 1
    if is_surname(line, j) and person_run(line, j) > j + 1:
        return person_run(line, j)
    if _coded_case(line, j) > j:
        return _coded_case(line, j)
    if j >= line.n or not _CASE_CODE.match(line.surface[j]):
        return -1
    named = _named_run(line, j + 1)
    # "Vụ BOT An Sương": a code and a place; a code alone ("Vụ KHCN") is a department.
    return named if named > j + 1 else -1


def _coded_case(line: Line, j: int) -> int:
    """End of `PMU18`, `PMU 18` at j: an acronym with its number, or -1."""
    if j >= line.n or not _CASE_CODE.match(line.surface[j]) or not line.digit(j + 1):
        return -1
    return j + 2


def reception_at(line: Line, i: int) -> int:
    """End of `tiếp thân mật` at i when a titled guest or `ông`/`bà` follows, or -1."""
    if not line.lower(i) or not line.is_(i, "tiếp") or line.is_(i - 1, *_NOT_RECEPTION):
        return -1
    end = max([i + 1] + [line.phrase(i + 1, manner) for manner in _RECEPTION_MANNER])
    talk = max([-1] + [line.phrase(end, "và " + t) for t in _RECEPTION_TALKS])
    if talk > 0:  # "tiếp và nói chuyện thân mật với đoàn" (news3, news10 at blind time)
        end = max([talk] + [line.phrase(talk, manner) for manner in _RECEPTION_MANNER])
    g = end + 1 if talk > 0 and line.is_(end, "với") else end
    guest = line.match(g, "titles", "honorifics") > g
    group = line.is_(g, "ông", "bà", "đoàn") or line.phrase(g, "các đoàn") > 0
    return end if guest and line.cap(g) or group else -1


def fighting_at(line: Line, i: int) -> int:
    """End of a bare `giao tranh` read as a noun, or -1.

    `thiệt mạng trong [giao tranh]`, `bối cảnh [giao tranh ác liệt]`,
    `12 giờ [giao tranh ác liệt]`, `[chiến sự] ở [Mariupol]`: the fighting as an
    event, in a named place too, the evaluative word inside (guidelines, round 11);
    `các bên giao tranh` is the verb, `tình hình chiến sự` in general no event;
    `trong khi [giao tranh]` and a named force's `đang [giao tranh]` are the fighting
    the article reports (conventions round 14, decision 11).
    """
    end = max(line.phrase(i, "giao tranh"), line.phrase(i, "chiến sự"), _broke_out(line, i))
    if end > 0 and line.cap(i) and _sentence_start(line, i) and _going_on(line, end):
        return manners_after(line, end)  # "Giao tranh lúc này đang diễn ra ác liệt"
    if end < 0 or not line.lower(i) or line.is_(i - 1, *CLASSIFIERS):
        return -1
    if line.phrase(i, "xung đột") > 0:
        return end  # "[xung đột quân sự] nổ ra ở Ukraine"
    after_noun_cue = line.is_(i - 1, "trong", "cảnh", "kiến") and not line.is_(i - 2, "bên")
    after_noun_cue = after_noun_cue or line.is_(i - 1, "ra") and line.is_(i - 2, "xảy", "nổ")
    # "trong khi [giao tranh] bảo vệ …", "[quân đội Nga] vẫn đang [giao tranh]" (round 14, 11)
    after_noun_cue = after_noun_cue or line.is_(i - 1, "khi") and line.is_(i - 2, "trong")
    after_noun_cue = after_noun_cue or line.is_(i - 1, "đang") and _force_before(line, i - 1)
    # `chiến sự` is a noun only: in a named place it is that place's fighting.
    noun = line.phrase(i, "chiến sự") > 0
    placed = noun and line.is_(end, "ở", "tại") and place_at(line, end + 1) > end + 1
    fierce = manners_after(line, end)
    return fierce if after_noun_cue or placed or fierce > end else -1


def _force_before(line: Line, k: int) -> bool:
    """`quân đội Nga vẫn | đang`: a named state or force is the subject right before k."""
    k = k - 1 if line.is_(k - 1, "vẫn", "còn") else k
    return line.cap(k - 1) and (place_at(line, k - 1) == k or org(line, k - 1, loose=False) == k)


_GOING_ON = ("diễn ra", "nổ ra", "tiếp diễn", "bùng phát", "leo thang")
_MEANWHILE = ("lúc này", "hiện", "vẫn", "đang", "còn", "đã")


def _going_on(line: Line, k: int) -> bool:
    """`lúc này đang diễn ra` at k: the fighting the article reports is going on."""
    for _ in range(3):
        k = max(k, line.longest(k, _MEANWHILE))
    return line.longest(k, _GOING_ON) > 0


def _broke_out(line: Line, i: int) -> int:
    """End of `xung đột (quân sự)` at i when it broke out or goes on in a named place
    (`[xung đột quân sự] nổ ra ở [Ukraine]`: conventions round 14, decision 11), or -1;
    `ngăn chặn xung đột giữa các cường quốc` is fighting in general."""
    end = max(line.phrase(i, "xung đột"), line.phrase(i, "xung đột quân sự"))
    if end < 0 or not line.is_(end + 1, "ra") or not line.is_(end, "nổ", "diễn", "xảy"):
        return -1
    k = end + 2
    return end if line.is_(k, "ở", "tại") and place_at(line, k + 1) > k + 1 else -1


# What may follow an arrest or a trial undergone: "bị bắt | vì", "bị xử | tội", the end;
# "người lính Nga bị bắt | là điều chưa thể xác minh": the arrest is what is told of.
_AFTER_PASSIVE = frozenset(
    keys_of(
        "vì về tội tại ở năm ngày và khi hôm sau trong lúc cùng với do ngay giữ vào hồi là cách"
    )
)
_MAX_AGENT = 6
# A sentence passed in the passive runs the verb on (`bị [xử phạt cảnh cáo]`, `bị [xử
# phạt] theo khoản 1 ...`) or names the penalty after it (`bị [xử] tù chung thân`): the
# gold marks the verb, in once-blind news27 and news28 (three, all missed at blind time).
_PASSED = ("phạt cảnh cáo", "phạt")
_PASSED_AFTER = ("tù", "theo")


def passive_case_at(line: Line, i: int) -> int:
    """End of `bắt`, `bắt giữ` by a named body (`bị Công an tỉnh X bắt`) or `xử` at i, or -1.

    An arrest by a named body, of a person named right before `bị`, or a trial
    someone undergoes is a case step, an EVENT, as `bắt tạm giam`; `bị` and the
    agent stay outside. People counted (`Ba người bị bắt giữ`) name no arrest,
    and `bắt đầu`, `bị bắt bài`, `bị xử lý` are other words.
    """
    if not line.lower(i) or not line.is_(i, "bắt", "xử"):
        return -1
    end = i + 2 if line.is_(i, "bắt") and line.is_(i + 1, "giữ") else i + 1
    if line.is_(i, "xử") and line.is_(i - 1, "bị") and _sentence_passed(line, i):
        return max(end, line.longest(i + 1, _PASSED))
    if end < line.n and line.word(end) and line.key(end) not in _AFTER_PASSIVE:
        return -1
    if line.is_(i - 1, "bị"):
        # "bị xử tội ...": a trial; "Hoàn bị bắt", "ông này đã bị bắt": an arrest.
        taken = line.is_(i, "xử") or _someone_before(line, i - 1)
        return end if taken or _arrest_told(line, i - 1) else -1
    # "bị Công an Vĩnh Long bắt": a body between `bị` and the verb acts.
    for k in range(max(0, i - _MAX_AGENT), i - 1):
        if line.is_(k, "bị") and line.cap(k + 1) and org(line, k + 1, loose=False) == i:
            return end
    return -1


def _sentence_passed(line: Line, i: int) -> bool:
    """`bị xử phạt cảnh cáo`, `bị xử phạt theo khoản 1`, `bị xử tù` at i: a penalty or
    the law it follows told, as a court's sentence is; not one to come (`sẽ bị xử
    phạt`), nor a fine told bare (`Các cơ sở vi phạm đã bị xử phạt.`)."""
    end = max(i + 1, line.longest(i + 1, _PASSED))
    told = end > i + 2 or line.is_(end, *_PASSED_AFTER)
    return told and line.key(i - 2) not in _NOT_MADE


_ADVERBS = frozenset(keys_of("đã vừa mới cũng đều sau đó liền"))
_PRONOUNS = frozenset(keys_of("y hắn thị"))


def _someone_before(line: Line, b: int) -> bool:
    """A person named (or a name's bracketed aside closed) or suspects right before `bị`
    at b, adverbs skipped: `Orlik đã bị bắt`, `Hoàn (38 tuổi, trú ...) bị bắt`, `y bị
    bắt`, `bốn đối tượng bị bắt`."""
    k = b - 1
    while k >= 0 and line.key(k) in _ADVERBS:
        k -= 1
    if k < 0:
        return False
    named = line.cap(k) and line.word(k) and not _sentence_start(line, k)
    suspects = any(line.phrase(k - 1, s) == k + 1 for s in _SUSPECTS)
    return named or suspects or line.surface[k] == ")" or line.key(k) in _PRONOUNS


# Words before `bị bắt` that tell of no arrest made: one to come, possible, feared or
# denied ("sẽ bị bắt", "có thể bị bắt", "không bị bắt").
_NOT_MADE = frozenset(keys_of("sẽ thể nếu sợ không chưa khỏi tránh"))


def _arrest_told(line: Line, b: int) -> bool:
    """`bị bắt` at b told of as made, whoever the subject: every `bị bắt` of the gold files
    is an EVENT (18 of 18), the subject a title or a count of officials (`hai vị giám đốc
    … đã bị bắt`), a ranking (`nhân vật thứ 6 bị bắt`) or a day (`cho đến ngày bị
    bắt`); the rules needed a name before it and missed them in once-blind news11,
    news21 and news22. One to come or denied is none, and neither are people in
    general (`Ba người bị bắt`, round 9b). A sentence opening with `Bị bắt,` is left
    to the name rule (the rule tests keep it unmarked)."""
    if not line.lower(b) or line.key(b - 1) in _NOT_MADE:
        return False
    return not line.is_(b - 1, "người")


# Suspects of the case reported, counted or not: "bốn đối tượng bị bắt" (people
# counted in general, "Ba người bị bắt", name no one).
_SUSPECTS = ("đối tượng", "bị can", "nghi phạm", "nghi can")


def find_incidents(line: Line) -> list[Candidate]:
    found: list[Candidate] = []
    for i, key in enumerate(line.keys):
        if key in _FIGHTING and fighting_at(line, i) > i:
            found.append(Candidate(i, fighting_at(line, i), "EVENT"))
        if key in _PASSIVE_VERBS and passive_case_at(line, i) > i:
            found.append(Candidate(i, passive_case_at(line, i), "EVENT"))
        if key not in _TRIGGERS:
            continue
        end = max(reception_at(line, i), incident_at(line, i), case_at(line, i))
        end = max(end, bare_case_at(line, i))
        if end > i:
            found.append(Candidate(i, end, "EVENT"))
    return found
