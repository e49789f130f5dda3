"""The horizon a plan or a strategy is named with belongs to its DOC.

Blind, the rules cut `Nghị quyết về chiến lược … đến năm 2020` before its
horizon and marked the year a DATE (news23, news25). Each sentence
is written here, not copied from an article; `[surface]LABEL` marks a span
the rules must suggest, `wrong` lists (surface, label) pairs they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A strategy's subject with the year it runs to.
    (
        "Bộ Chính trị ban hành [Nghị quyết về chiến lược phát triển nông nghiệp đến "
        "năm 2030]DOC của Ban Bí thư.",
        (("năm 2030", "DATE"), ("Nghị quyết về chiến lược phát triển nông nghiệp", "DOC")),
    ),
    # `tới năm` as `đến năm`.
    (
        "Tỉnh triển khai [Nghị quyết về quy hoạch phát triển đô thị tới năm 2025]DOC.",
        (("năm 2025", "DATE"),),
    ),
    # A plan that already ends in its year takes the vision after a comma.
    (
        "Chính phủ phê duyệt [Quy hoạch phát triển ngành cơ khí đến năm 2015, tầm nhìn "
        "đến 2025]DOC vào [tháng trước]DATE.",
        (("2025", "DATE"), ("Quy hoạch phát triển ngành cơ khí đến năm 2015", "DOC")),
    ),
    # No word of planning: the year after the document is when something happens.
    (
        "Tỉnh thực hiện [Nghị quyết về công tác cán bộ]DOC đến [năm 2020]DATE đã đạt kết quả.",
        (("Nghị quyết về công tác cán bộ đến năm 2020", "DOC"),),
    ),
    # A plan named by its number: the year after it is a date.
    (
        "Tỉnh thực hiện [Chương trình 135]DOC đến [năm 2010]DATE.",
        (("Chương trình 135 đến năm 2010", "DOC"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_plans_horizon_is_inside_its_name(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
