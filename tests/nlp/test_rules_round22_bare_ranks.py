"""Round 22 rules: a bare rank before a country with no name names no one; the country is a LOC.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # An unnamed officer's nationality: the country alone.
    ("Một viên tướng [Pháp]LOC đã bị thương trong trận đánh.", (("tướng Pháp", "ROLE"),)),
    ("Tướng [Mỹ]LOC cảnh báo về nguy cơ xung đột.", (("Tướng Mỹ", "ROLE"),)),
    # Lookalikes: a rank before a name, a full post before a country.
    ("[tướng Pháp]ROLE [Jacques Martin]PER phát biểu.", ()),
    ("[Thủ tướng Pháp]ROLE cho biết sẽ tới thăm.", ()),
    ("[Trung tướng Mỹ]ROLE này từng chỉ huy lữ đoàn.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_bare_ranks_before_countries(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
