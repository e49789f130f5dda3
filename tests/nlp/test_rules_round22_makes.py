"""Round 22 rules: a maker's name that names a vehicle is no ORG.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # The make of a car or a plane bought or used.
    ("Bộ đã mua thêm hai chiếc Toyota cho đoàn công tác.", (("Toyota", "ORG"),)),
    ("Ông đi chiếc xe Honda cũ đến cơ quan.", (("Honda", "ORG"),)),
    ("Hãng đặt mua 10 máy bay Airbus 321 trong năm nay.", (("Airbus", "ORG"),)),
    # Lookalikes: the company itself, its maker's word, the airline flying a plane.
    ("[Toyota]ORG sẽ mở thêm nhà máy tại Vĩnh Phúc.", ()),
    ("Hãng xe [Honda]ORG công bố kết quả kinh doanh.", ()),
    ("Máy bay [Vietjet]ORG hạ cánh an toàn.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_makes_of_vehicles(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
