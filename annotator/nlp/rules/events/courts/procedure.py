"""Steps of criminal procedure spoken of as the law's procedure, not one case's step.

Legal news explains procedure as much as it reports cases: `thời hạn [tạm giam]`
(the term of custody), `toà án có quyền gia hạn [tạm giam]`, `được quyền miễn
[truy tố]` (immunity), `việc một thủ tướng phải [ra toà]` (any prime minister),
`Bị cáo là người … bị VKS [truy tố] về một tội` (a definition). The guidelines make
an EVENT of a particular occurrence only, and no gold file marks a step after a
noun of its term, extension or waiver, beside an indefinite person or inside a
definition (news12 0269, news21 1003 and 1009 at blind time, a question-and-answer
column of the law pages). The shapes of the clause, read from the step:

- a noun of term, extension, waiver or power right before it: `thời hạn`,
  `gia hạn`, `miễn`, `quyền`;
- an indefinite person before it in its clause: `một` + a title or a person
  noun (`một ông phó thủ tướng`, `một bị cáo`);
- a definition before it in its clause: `… là người …`;
- the procedure listed in its order from its first step, `điều tra, truy tố, xét
  xử`, which names the procedure even when one person's case follows;
- an instance listed with another, `sơ thẩm, phúc thẩm và giám đốc thẩm`: the
  courts' levels.

A person or a date in the clause anchors the step to one case and keeps it
(`lệnh bắt tạm giam [Đoàn Anh Tuấn]`, `một bị cáo bị tạm giam [ngày 5/3]`).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

# The steps of a criminal case as the rules spell their EVENT spans (`court_steps`),
# the nouns of a step's term, extension, waiver, power, course or level that make it
# the law's (`step_terms`: `thời hạn`, `gia hạn`, `tiến trình`, `cấp`; news23 0009,
# news24 0003, news24 0009 leave them unmarked; an order is none of them, as news2,
# news8, news9, news15 mark `thực hiện lệnh [khởi tố]`) and the nouns of a person in
# general after `một` (`general_persons`: `một bị cáo`, `một người`) are data.
# The first step of the whole procedure: `điều tra, truy tố, xét xử` lists the law's
# steps in their order (news23 0011 `việc …`, news24 0011 `Qua các lần …`, unmarked).
_FIRST_STEP = ("điều tra",)
# Words between `một` and a title: "một ông phó thủ tướng", "một vị bộ trưởng".
_HONORIFICS = ("ông", "bà", "vị")
# Aspect words that tell of one occurrence: "đang bị tạm giam", "đã bị truy tố".
_ASPECTS = ("đang", "đã", "vừa", "mới")
_CLAUSE_END = frozenset(".;:?!,")
_SENTENCE_END = frozenset(".;:?!")
_ANCHORS = frozenset({"PER", "DATE"})
_REACH = 12
# A definition may run a long clause before its step ("là người đã thực hiện hành vi
# bị coi là phạm tội và bị VKS truy tố").
_SENTENCE_REACH = 24


def procedure_in_general(line: Line, spans: list[Candidate]) -> set[Candidate]:
    """EVENT spans of a lowercase procedural step said of the law, not of one case."""
    out = set()
    for c in spans:
        if c.label != "EVENT" or not line.lower(c.start):
            continue
        if _listed_level(line, c):
            out.add(c)
            continue
        if not _a_step(line, c):
            continue
        general = line.ending(c.start, line.gaz.phrases("step_terms"))
        general = general or _indefinite_person(line, c.start) or _defined(line, c.start)
        general = general or _to_come_unnamed(line, spans, c)
        if general and not _anchored(line, spans, c) or _whole_procedure(line, c.start):
            out.add(c)
    return out


def _whole_procedure(line: Line, i: int) -> bool:
    """`điều tra, truy tố, [xét xử]`: the step at i listed after the procedure's first one,
    each joined by a comma; the procedure named in its order, even of one person's case
    (`Qua các lần điều tra, truy tố, xét xử tội danh của Hiệp`), is no one step."""
    k = i
    while k > 1 and line.surface[k - 1] == ",":
        k -= 1
        if line.ending(k, _FIRST_STEP):
            return True
        before = next((p for p in line.gaz.phrases("court_steps") if line.ending(k, (p,))), None)
        if before is None:
            return False
        k -= len(before.split())
    return False


def _a_step(line: Line, c: Candidate) -> bool:
    """`[tạm giam]`, `[xét xử phúc thẩm]`: a step, with the instance it is held at."""
    end = line.longest(c.start, line.gaz.phrases("court_steps"))
    if end > c.start:
        end = max(end, line.longest(end, line.gaz.phrases("court_instances")))
    return end == c.end


def _listed_level(line: Line, c: Candidate) -> bool:
    """`sơ thẩm, phúc thẩm và [giám đốc thẩm]`, `cả hai cấp [xét xử phúc thẩm] và sơ thẩm`:
    an instance listed with another names the courts' levels, no one trial (news14
    0369, news26 6003 and 6011 at blind time; the gold marks none of the 7 written so)."""
    instances = line.gaz.phrases("court_instances")
    end = line.longest(c.start, instances)
    if end < 0 and _a_step(line, c):
        end = c.end if line.ending(c.end, instances) else -1
    if end != c.end:
        return False
    joint = c.start - 1
    before = line.surface[joint] == "," if joint >= 0 else False
    before = before or line.is_(joint, "và", "hoặc")
    after = c.end < line.n and (line.surface[c.end] == "," or line.is_(c.end, "và", "hoặc"))
    return (
        before and line.ending(joint, instances) or after and line.longest(c.end + 1, instances) > 0
    )


def _clause_start(line: Line, i: int, ends: frozenset[str], reach: int = _REACH) -> int:
    """Index of the first token of the clause holding token i (within a reach)."""
    k = i
    while k > 0 and i - k < reach and line.surface[k - 1] not in ends:
        k -= 1
    return k


def _indefinite_person(line: Line, i: int) -> bool:
    """`một (ông) phó thủ tướng`, `một bị cáo` before i in its clause: anyone such; one
    told of as done or under way is someone (`Một thứ trưởng đang bị … [tạm giam]`)."""
    for k in line.where("một"):
        if not _clause_start(line, i, _CLAUSE_END) <= k < i:
            continue
        if any(line.is_(m, *_ASPECTS) for m in range(k + 1, i)):
            continue
        j = k + 2 if line.is_(k + 1, *_HONORIFICS) else k + 1
        if (
            line.longest(j, line.gaz.phrases("general_persons")) > j
            or line.match(j, "titles", "posts") > j
        ):
            return True
    return False


def _to_come_unnamed(line: Line, spans: list[Candidate], c: Candidate) -> bool:
    """`Những người khai thác gỗ trái phép sẽ bị [truy tố]`: a step someone will undergo,
    with no person or date in its whole sentence, is the law's threat to whoever does
    so (news24 4004 at blind time, unmarked); a court that will act keeps its EVENT
    (`Tòa sẽ [xét xử] 12 bị cáo`), and so does a step set for a day or a person
    (`Ngày 4/2, Hội đồng xét xử sẽ [tuyên án]`)."""
    if not (line.is_(c.start - 1, "bị") and line.is_(c.start - 2, "sẽ")):
        return False
    low = _clause_start(line, c.start, _SENTENCE_END, _SENTENCE_REACH)
    high = next((j for j in range(c.end, line.n) if line.surface[j] in _SENTENCE_END), line.n)
    return not any(s.label in _ANCHORS and low <= s.start and s.end <= high for s in spans)


def _defined(line: Line, i: int) -> bool:
    """`Bị cáo là người … [truy tố]`: a definition opens the sentence of the step."""
    start = _clause_start(line, i, _SENTENCE_END, _SENTENCE_REACH)
    return any(start <= k < i and line.is_(k + 1, "người") for k in line.where("là"))


def _anchored(line: Line, spans: list[Candidate], c: Candidate) -> bool:
    """A person or date in the clause of `c`, between commas (`Berlusconi thừa nhận, việc
    một thủ tướng phải [ra toà] …`: the speaker is no party to the step)."""
    low = _clause_start(line, c.start, _CLAUSE_END, _SENTENCE_REACH)
    high = next((k for k in range(c.end, line.n) if line.surface[k] in _CLAUSE_END), line.n)
    return any(s.label in _ANCHORS and low <= s.start and s.end <= high for s in spans)
