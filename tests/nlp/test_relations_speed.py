"""Relation suggestion stays linear in the text's length, on one line as in paragraphs.

An article pasted as one line of 40,000 characters once took seconds: the
patterns that look back along the line for the last event or person before
a speaker scanned every span of the text for every person. Each look now
costs the spans near it (`nlp.relations.layout`). These tests time the same
marked paragraphs repeated n and 4n times, and given as one line and in
paragraphs; a search over every pair of spans makes the ratios grow with n.
"""

from __future__ import annotations

import time

from annotator.nlp.relations import suggest_relations
from tests.nlp.marked import parse_marked

# Written for the test, not copied from an article: a gathering and its chair in a
# sentence of his own, an attendance list, a counted group and its members named in the
# next sentence, a biography going on with `ông là`, a speaker after the gathering.
_PARAGRAPHS = (
    "[Sáng 5/3]DATE, [Tỉnh ủy]ORG tổ chức [hội nghị]EVENT tổng kết công tác năm. "
    "[Bí thư Tỉnh ủy]ROLE [Lê Văn Ba]PER chủ trì. Đến dự có [Phó Chủ tịch]ROLE "
    "[Trần Năm]PER và [Giám đốc Sở Tư pháp]ROLE [Hà Văn Tư]PER.",
    "[Cơ quan điều tra]ORG đã [khởi tố]EVENT bốn bị can. Đó là: [Nguyễn Văn Một]PER, "
    "[Nguyễn Văn Hai]PER, [Nguyễn Văn Ba]PER và [Nguyễn Văn Bốn]PER.",
    "Ông [Lê Văn Sáu]PER, sinh năm 1960. Từ năm 2005, ông là [Phó Bí thư Tỉnh ủy]ROLE, "
    "[Chủ tịch UBND tỉnh]ROLE. [Chủ tịch]ROLE [Trần Bảy]PER cho rằng kết quả rất tốt, "
    "các ngành cần tiếp tục cố gắng trong thời gian tới.",
)
# A loaded machine times one run unevenly: the best of a few, the two sides
# interleaved so that a busy moment slows both, is the cost.
_RUNS = 5
# Four times the text: linear work costs about 4x, a pairwise search at least 16x,
# so a bound of 8x leaves room for noise on both sides.
_GROWTH = 4
_GROWTH_BOUND = 8.0
# One line reads no more spans than the same text in paragraphs.
_ONE_LINE_BOUND = 3.0


def _article(copies: int, joint: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The paragraphs repeated `copies` times, joined by `joint`, with their spans."""
    text, spans = "", []
    for k in range(copies):
        plain, marked = parse_marked(_PARAGRAPHS[k % len(_PARAGRAPHS)])
        spans += [(s + len(text), e + len(text), label) for s, e, label in sorted(marked)]
        text += plain + joint
    return text, spans


def _costs(*articles: tuple[str, list[tuple[int, int, str]]]) -> list[float]:
    """The best time of each article over `_RUNS` interleaved rounds."""
    best = [float("inf")] * len(articles)
    for _ in range(_RUNS):
        for k, (text, spans) in enumerate(articles):
            started = time.perf_counter()
            suggest_relations(text, spans)
            best[k] = min(best[k], time.perf_counter() - started)
    return best


def test_four_times_the_line_costs_about_four_times() -> None:
    short, long = _costs(_article(60, " "), _article(60 * _GROWTH, " "))
    ratio = long / max(short, 1e-9)
    print(
        f"\none line of {len(_article(60 * _GROWTH, ' ')[0]):,} chars: {long:.3f} s, ratio {ratio:.2f}"
    )
    assert ratio <= _GROWTH_BOUND, f"{_GROWTH} times the line cost {ratio:.2f} times as much"


def test_one_line_costs_about_what_paragraphs_cost() -> None:
    paragraphs, one_line = _costs(_article(200, "\n"), _article(200, " "))
    ratio = one_line / max(paragraphs, 1e-9)
    print(f"\none line {one_line:.3f} s, paragraphs {paragraphs:.3f} s, ratio {ratio:.2f}")
    assert ratio <= _ONE_LINE_BOUND, f"one line cost {ratio:.2f} times the paragraphs"


def test_one_line_and_paragraphs_find_each_paragraphs_relations() -> None:
    # The sample keeps each relation inside a sentence or after its own gathering, so the
    # line breaks change nothing: the fast paths return what the paragraphs give.
    text, spans = _article(30, "\n")
    one_line = text.replace("\n", " ")
    found = {(r.head, r.tail, r.type) for r in suggest_relations(text, spans)}
    assert found == {(r.head, r.tail, r.type) for r in suggest_relations(one_line, spans)}
    assert len(found) >= 30 * 4
