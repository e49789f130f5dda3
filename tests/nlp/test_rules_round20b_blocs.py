"""Round 20b rules: ASEAN named alone is an organisation, not a place.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # The association alone, as a member's body or the states it gathers.
    ("Là thành viên tích cực của [ASEAN]ORG, nước này đóng góp nhiều.", (("ASEAN", "LOC"),)),
    ("Hiện nay, các nước [ASEAN]ORG dùng chủ yếu khổ 1 m.", (("ASEAN", "LOC"),)),
    # Lookalikes: a summit of the bloc stays one EVENT; the region stays a place.
    (
        "Ông dự [Hội nghị cấp cao ASEAN + 3 lần thứ 9]EVENT tại [Kuala Lumpur]LOC.",
        (("ASEAN", "ORG"),),
    ),
    ("Các nước [Đông Nam Á]LOC hợp tác chặt chẽ.", (("Đông Nam Á", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_asean_alone_is_an_organisation(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
