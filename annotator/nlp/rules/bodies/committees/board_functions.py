"""A board's head noun alone before its lowercase function is no ORG: `Ban | dân nguyện`.

Older house styles write a board, committee or inspectorate in sentence
case: the capitalised head, then what it does in lower case (`Ban dân
nguyện`, `Ban cán sự`, `Ban thường trực`, `Thanh tra nhân dân`, `Ủy ban
hoàng gia`). The rules know the head as a body or a capitalised anaphor
(`Ban`, `Thanh tra`) and stopped there. No gold file marks the head alone
before such a word: the gold marks the board with its function (news16
`Ban thường trực`, news17 `Ban cán sự` ×2, news19 `Ban dân nguyện`) or,
for a kind of board rather than one (`Ban thanh tra nhân dân được thành
lập ở xã`), nothing. At blind time the bare head was a false ORG in
news10, news15, news16, news17 and news19. The head before a verb keeps its
ORG (`Thanh tra đề xuất`, `Văn phòng kiến nghị`, marked in the gold). The
standing boards whose function is their name are listed with the bodies
(`Ban Dân nguyện`, `Ban Cán sự`, `Ban Thường trực`) and found whole there.
"""

from __future__ import annotations

from annotator.nlp.rules.lines import Candidate, Line

# Head nouns of boards, committees, councils and inspectorates.
_HEADS = ("Ban", "Ủy ban", "Hội đồng", "Thanh tra", "Văn phòng")


def drop_heads_before_functions(chosen: list[tuple[Line, list[Candidate]]]) -> None:
    """Every line's spans without an ORG that is only a board's head before its lowercase
    function; run after the article's bodies were spread, which copy a bare head back
    (`Ban cán sự Đảng` ... `thành viên [Ban] cán sự`, news17)."""
    for index, (line, spans) in enumerate(chosen):
        kept = [c for c in spans if not (c.label == "ORG" and _head_before_function(line, c))]
        chosen[index] = (line, kept)


def _head_before_function(line: Line, c: Candidate) -> bool:
    if line.longest(c.start, _HEADS) != c.end or not line.cap(c.start):
        return False
    return line.lower(c.end) and line.match(c.end, "board_functions") > c.end
