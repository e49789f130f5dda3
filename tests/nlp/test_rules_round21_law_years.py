"""Round 21 rules: a law's bare year of enactment after its name is part of its title.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    (
        "Nhiều điểm mới của [Bộ luật Dân sự 2005]DOC đã đi vào cuộc sống.",
        (("Bộ luật Dân sự", "DOC"),),
    ),
    ("Theo [Luật Đất đai 2013]DOC, người dân được bồi thường.", (("2013", "DATE"),)),
    ("[Hiến pháp 1992]DOC quy định quyền của công dân.", ()),
    # Lookalikes: a range of years, a year after a comma.
    ("[Luật Đất đai]DOC [2003-2013]DATE có nhiều thay đổi.", (("Luật Đất đai 2003-2013", "DOC"),)),
    ("Theo [Luật Đất đai]DOC, 2013 là năm bản lề.", (("Luật Đất đai, 2013", "DOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_law_keeps_its_bare_year_of_enactment(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
