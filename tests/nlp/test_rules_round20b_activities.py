"""Round 20b rules: a body named by two activities joined with `và`.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # Two listed activities joined by `và` name one body, with what follows them.
    (
        "Nước này từng ở trong [Ủy ban Giám sát và Kiểm soát Quốc tế]ORG nhiều năm.",
        (("Ủy ban Giám sát", "ORG"),),
    ),
    ("Theo [Trung tâm Phòng ngừa và Kiểm soát Dịch bệnh châu Âu]ORG, số ca đã giảm.", ()),
    ("Sau đó [Hội đồng Quốc phòng và An ninh Quốc gia Ukraine]ORG ra tuyên bố.", ()),
    ("[Hội đồng Quốc phòng và An ninh]ORG họp khẩn chiều qua.", (("Hội đồng Quốc phòng", "ORG"),)),
    # Lookalikes: two bodies side by side, a company and a second one's own name.
    (
        "[Bộ Xây dựng]ORG và [UBND thành phố]ORG đã chọn địa điểm.",
        (("Bộ Xây dựng và UBND thành phố", "ORG"),),
    ),
    ("[Quốc hội]ORG và [Chính phủ]ORG phải trả lời cử tri.", (("Quốc hội và Chính phủ", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_bodies_named_by_two_activities_are_one_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
