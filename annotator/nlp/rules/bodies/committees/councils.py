"""ORG: a council written in sentence case, `Hội đồng` + what it does: `[Hội đồng định giá]`.

Councils set up for one task are written with the capitalised head and their
task in lower case (`Hội đồng định giá`, `Hội đồng tuyển chọn nghĩa vụ quân
sự`, `Hội đồng thi hành án hình sự`, `Hội đồng xét xử`); the gold marks the
council with its task, and no listed name reaches them, so the rules found
nothing there: missed at blind time in news25, news27 (twice) and news29
(twice). The task is the lowercase run after the head up to a grammar word,
a verb, a time word or punctuation (`lower_run`). A council formed or
counted (`lập Hội đồng bồi thường`, `các Hội đồng`) is a kind, no body. The
standing councils (`Hội đồng nhân dân`, `Hội đồng quản trị`: the functions of
`board_functions`) are read with their place or owner elsewhere, and so is a
task followed by a name (`Hội đồng quản trị LienVietPostBank`, world).
"""

from __future__ import annotations

from annotator.nlp.rules.bodies.lowercase import lower_run
from annotator.nlp.rules.lines import Candidate, Line

_MAX_TASK = 8
# Words before the head that make it a kind of council: formed, counted.
_KINDS = ("lập", "các", "những", "mỗi", "từng", "một")
# Verbs a council's task never holds, which the grammar words leave out: where it acts.
_VERBS = ("căn cứ", "ra", "cho rằng", "kết luận", "quyết định", "tuyên")


def sentence_case_councils(line: Line) -> list[Candidate]:
    """ORG candidates of a capitalised `Hội đồng` and its lowercase task."""
    found = []
    for i in line.where("hội"):
        head = line.phrase(i, "hội đồng")
        if head < 0 or not line.cap(i) or line.is_(i - 1, *_KINDS):
            continue
        end = lower_run(line, head, _MAX_TASK)
        end = next((k for k in range(head, end) if line.longest(k, _VERBS) > k), end)
        if end > head and not line.cap(end) and line.match(head, "board_functions") < 0:
            found.append(Candidate(i, end, "ORG"))
    return found
