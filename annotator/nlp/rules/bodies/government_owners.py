"""ORG: a government named by its leader or acted on as one body: `chính phủ của ông X`.

World news speaks of a state's government in lowercase without its country:
`cú đấm mới đối với [chính phủ] của ông Berlusconi` (news21), `lật đổ
[chính phủ] của ông Yanukovich` (news22), `bỏ phiếu bất tín nhiệm [chính
phủ] của Viktor Yanukovich`, `giải tán [chính phủ]` (news24, three times).
Named by its leader, or dissolved, overthrown or voted against, it is one
government, and the gold marks the word alone as an ORG; its dissolution is
an EVENT too (`[giải tán]EVENT [chính phủ]ORG`, news24 four times), the
overthrow and the deposition are not (news22, news24). Supported,
criticised, left, weakened or led (`ủng hộ`, `chỉ trích`, `rút khỏi`, `từ bỏ`,
`suy yếu`, `thuộc`, `lãnh đạo`: nine of nine in the gold, news21, news24,
news26) it is the one government too. The acts are data (`government_acts`).
So is the subject of a clause or one pointed at (`[chính phủ] sẽ chuẩn bị`,
`[chính phủ] hy vọng`, `[chính phủ] đó vẫn sẽ phải ra đi`; data in
`government_clauses`): fourteen of seventeen in the gold (news14, news19,
news21, news24, news26, news27, news29); at blind time it was missed in five
sets (news14, news19, news24, news26, news29).
A government in general stays unmarked: formed (`thành lập chính phủ`),
counted (`một chính phủ`, `các chính phủ`, `chính phủ các nước`), a kind
(`phi chính phủ`, `quân đội chính phủ`, `chống chính phủ`) or `của ông` with
no name (`chính phủ của ông đang …`, world).
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line
from annotator.nlp.rules.names import person_run

# Words between `của` and the leader's name.
_BEFORE_NAME = ("ông", "bà", "tổng thống", "thủ tướng", "Tổng thống", "Thủ tướng")


def governments_of_leaders(line: Line) -> list[Candidate]:
    """The line's lowercase `chính phủ` named by its leader or acted on as one body,
    and its dissolution."""
    found = []
    for i in line.where("chính"):
        if line.phrase(i, "chính phủ") < 0 or not line.lower(i) or line.cap(i + 2):
            continue
        if line.is_(i + 2, "các", "những"):
            continue  # "chính phủ các nước": governments in general
        if _acted_on(line, i) or _led_by_name(line, i + 2) or _acting(line, i):
            found.append(Candidate(i, i + 2, "ORG"))
        dissolved = i - 1 if line.is_(i - 1, "sớm") else i
        if line.phrase(dissolved - 2, "giải tán") == dissolved:
            found.append(Candidate(dissolved - 2, dissolved, "EVENT"))
    return found


def _acted_on(line: Line, i: int) -> bool:
    """`giải tán | chính phủ`, `ủng hộ | chính phủ`; not after a counted noun
    (`các lãnh đạo chính phủ`: leaders of governments in general)."""
    acts = line.gaz.phrases("government_acts")
    act = next((k for k in range(max(0, i - 3), i) if line.longest(k, acts) == i), -1)
    if act < 0 and line.is_(i - 1, "sớm"):
        act = next((k for k in range(max(0, i - 4), i - 1) if line.longest(k, acts) == i - 1), -1)
    return act >= 0 and not line.is_(act - 1, "các", "những", "nhiều")


# Words before `chính phủ` that make it a government in general, or a kind.
_GENERAL = ("một", "các", "những", "mọi", "tân", "phi", "chống", "lập", "chức", "đội")


def _acting(line: Line, i: int) -> bool:
    """`chính phủ | sẽ`, `chính phủ | hy vọng`, `chính phủ | đó`: the subject of a clause
    or one government pointed at; not `một tân chính phủ`, `thành lập chính phủ`,
    `quan chức chính phủ`, `quân đội chính phủ` (kinds and governments in general)."""
    clause = line.longest(i + 2, line.gaz.phrases("government_clauses"))
    return clause > i + 2 and not line.is_(i - 1, *_GENERAL)


def _led_by_name(line: Line, j: int) -> bool:
    """`của ông Yanukovich`, `của Viktor Yanukovich` at j."""
    if not line.is_(j, "của"):
        return False
    name = j + 1
    while line.longest(name, _BEFORE_NAME) > name:
        name = line.longest(name, _BEFORE_NAME)
    return name > j and line.cap(name) and (person_run(line, name, min_len=1) > name)
