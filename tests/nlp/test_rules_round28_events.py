"""Round 28 rules: court steps that recur as false alarms on once-blind sets.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists (surface, label) pairs they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

COURTS_WORK: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    (
        "Việc chính của tòa là tổng kết kinh nghiệm xét xử, hướng dẫn áp dụng pháp luật.",
        (("xét xử", "EVENT"),),
    ),
    ("Tỉnh sẽ lập tòa chuyên trách để chuyên môn hóa lĩnh vực xét xử.", (("xét xử", "EVENT"),)),
    # One court's trial of one man stays an event.
    ("Sáng 12/3, tòa đã [xét xử]EVENT ông Lê Văn Tám về tội tham ô.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), COURTS_WORK)
def test_a_step_named_as_the_courts_work(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
