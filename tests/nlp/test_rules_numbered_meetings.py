"""A meeting's number before what the meeting does is its number, not a count.

`khởi tố 4 bị can` counts people after the act, so a number before a
lowercase word was read as a count and left out of the EVENT; but in
`Hội nghị Trung ương 8 khai mạc` the verb after the number is what the
meeting does. Written here, not copied from an article. `[surface]LABEL`
marks a span the rules must suggest; `wrong` lists surfaces that must not be
suggested with that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("[Hội nghị Trung ương 8]EVENT khai mạc [sáng nay]DATE.", (("Hội nghị Trung ương", "EVENT"),)),
    ("[Sáng nay]DATE, [Hội nghị Trung ương 8]EVENT khai mạc.", (("Hội nghị Trung ương", "EVENT"),)),
    ("[Hội nghị Trung ương 6]EVENT thảo luận nhiều nội dung.", (("Hội nghị Trung ương", "EVENT"),)),
    ("[Hội nghị Trung ương 9]EVENT kết thúc sau ba ngày.", (("Hội nghị Trung ương", "EVENT"),)),
    # Lookalikes: a count of people after the act stays out of it.
    ("Cơ quan điều tra đã [khởi tố]EVENT 4 bị can.", (("khởi tố 4", "EVENT"),)),
    ("Tòa sẽ [xét xử]EVENT 12 bị cáo trong tuần.", (("xét xử 12", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_meetings_number_before_its_verb_stays_in_it(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
