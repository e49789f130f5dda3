"""Round 20b rules: an act held every period is a practice, not one EVENT.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A periodic act is the rule or habit of doing it.
    (
        "Ông nghĩ sao về ý tưởng bỏ phiếu tín nhiệm định kỳ với các chức danh?",
        (("bỏ phiếu tín nhiệm định kỳ", "EVENT"), ("bỏ phiếu tín nhiệm", "EVENT")),
    ),
    # Lookalikes: one vote that is held, a periodic sitting, a named event.
    ("[Quốc hội]ORG sẽ tiến hành [bỏ phiếu tín nhiệm]EVENT vào [sáng mai]DATE.", ()),
    ("[Chính phủ]ORG tổ chức [phiên họp định kỳ]EVENT [tháng 5]DATE.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_periodic_acts_are_no_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
