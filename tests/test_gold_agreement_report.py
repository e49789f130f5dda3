"""The agreement report pairs a second annotation with its gold and counts what they share.

The benchmark (tests/benchmarks/test_gold_agreement.py) prints these figures
for the committed gold sets; here they are checked on two small rows whose
answer is known, so that a set whose gold lacks an article is named rather
than compared short.
"""

from __future__ import annotations

from tests.benchmarks.gold_agreement import missing_articles, pair_rows, report

TEXT = "Ông Trần Văn Sửu bị bắt tạm giam ngày 30/11."


def _row(doc_id: str, spans: list[list], relations: list[list]) -> dict:
    return {"id": doc_id, "text": TEXT, "spans": spans, "relations": relations}


def _span(surface: str, label: str) -> list:
    start = TEXT.index(surface)
    return [start, start + len(surface), label]


GOLD = _row(
    "news8_0404",
    [_span("Trần Văn Sửu", "PER"), _span("bắt tạm giam", "EVENT"), _span("ngày 30/11", "DATE")],
    [[0, 1, "PARTICIPATES"], [1, 2, "WHEN"]],
)
# The second annotator stops the event at its verb and dates it the same way.
SECOND = _row(
    "news8_0404",
    [_span("Trần Văn Sửu", "PER"), _span("bắt", "EVENT"), _span("ngày 30/11", "DATE")],
    [[0, 1, "PARTICIPATES"], [1, 2, "WHEN"]],
)


def test_an_article_the_gold_lacks_is_named() -> None:
    other = _row("news8_0221", [], [])
    assert missing_articles([GOLD], [SECOND, other]) == ["news8_0221"]
    assert pair_rows([GOLD], [other, SECOND]) == [(GOLD, SECOND)]


def test_the_report_counts_a_shorter_event_as_an_overlap_and_not_an_exact_match() -> None:
    lines = report("news8", pair_rows([GOLD], [SECOND])).splitlines()
    exact = next(x for x in lines if x.startswith("exact")).split()
    assert exact[1:3] == ["0.667", "1.000"]  # micro, then PER
    assert next(x for x in lines if x.startswith("overlapping")).split()[4] == "1.000"  # micro
    assert "  PARTICIPATES 0.000  (1/1)" in lines
    assert "  gold only   EVENT [20:32] bắt tạm giam" in lines
    assert "  second only EVENT [20:23] bắt" in lines


def test_two_equal_annotations_agree_on_everything() -> None:
    lines = report("news8", pair_rows([GOLD], [GOLD])).splitlines()
    assert next(x for x in lines if x.startswith("syllable")).split()[-1] == "1.000"
    assert "  all          1.000  (2/2)" in lines
    assert lines[-1] == "-- news8_0404"
