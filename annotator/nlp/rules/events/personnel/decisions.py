"""DOC: papers written in lowercase that still name one document.

A resolution or directive named by what it orders (`vừa ra [nghị quyết huỷ
bỏ kết quả bầu cử HĐND]`) is a DOC, the noun after a word that only a noun
takes. A decision named only by what it does (`ra quyết định thu hồi khu
đất`, `quyết định đưa vụ án ra xét xử`) is none, as the settled conventions
have it: with no number or title it names no document. The Constitution and a congress's
political report are DOCs in lower case too (`trái [hiến pháp]`, `dự thảo
[báo cáo chính trị]`).
"""

from __future__ import annotations

from annotator.nlp.rules.documents.regulations import election_rules
from annotator.nlp.rules.documents.reports import heard_report
from annotator.nlp.rules.lines import Candidate, Line, keys_of
from annotator.nlp.rules.names import STOP
from annotator.nlp.rules.phrases import YEARISH

_PAPERS = ("nghị quyết", "chỉ thị")
# Words after which `quyết định` is a paper, not the verb "decide".
_NOUN_CUES = frozenset(
    keys_of("ra ban hành theo của có ký bản về hủy huỷ thực hiện công bố nhận trao tống đạt")
)
_NOUN_CUE_MARKS = (",", ":", "(", '"', "“")
# Words that end what a decision orders ("... ngừng đăng ký xe | thời gian qua").
_CONTENT_END = (STOP - frozenset(keys_of("ra"))) | frozenset(
    keys_of("thời hôm nay qua giao ngay luôn bởi hay hoặc nếu")
)
_MAX_CONTENT = 8


def _paper(line: Line, i: int) -> int:
    """End of `nghị quyết`, `chỉ thị` in lowercase at i, or -1."""
    if not line.lower(i):
        return -1
    return line.longest(i, _PAPERS)


def _as_noun(line: Line, i: int) -> bool:
    if i == 0:
        return False
    return line.key(i - 1) in _NOUN_CUES or line.surface[i - 1] in _NOUN_CUE_MARKS


def decision_at(line: Line, i: int) -> int:
    """End of `nghị quyết giải thể ban quản lý` at i, or -1."""
    paper = _paper(line, i)
    if paper < 0 or not _as_noun(line, i) or line.match(paper, "decisions") < 0:
        return -1
    j = line.match(paper, "decisions")
    while j < line.n and j - paper < _MAX_CONTENT and line.word(j):
        if line.key(j) in _CONTENT_END or line.match(j, "time_words") > j:
            break
        j += 1
    return j


def _named_paper(line: Line, i: int) -> int:
    """End of `hiến pháp`, `hiến pháp năm 1946` at i, or -1."""
    end = line.match(i, "documents_lowercase")
    if (
        end > i
        and line.is_(end, "năm")
        and end + 1 < line.n
        and YEARISH.match(line.surface[end + 1])
    ):
        return end + 2
    return end


def find_lowercase_documents(line: Line) -> list[Candidate]:
    found = []
    for i in line.listed():
        end = max(decision_at(line, i), _named_paper(line, i))
        end = max(end, heard_report(line, i))
        if end > i:
            found.append(Candidate(i, end, "DOC"))
    return found + election_rules(line)
