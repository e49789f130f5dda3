"""Round 22 rules: a meeting of members named by their post keeps the post; a body
with a long name meets.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # The members named by a post (an abbreviation, a minister of a bloc).
    ("Chiều nay, [Hội nghị ĐBQH chuyên trách]EVENT đã bế mạc.", ()),
    ("Ông dự [Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng lần thứ 5]EVENT.", ()),
    # A body named in nine syllables holds a meeting.
    ("Ban Chỉ đạo cải cách tư pháp Trung ương đã [họp]EVENT chiều qua.", ()),
    # Lookalikes: the post is the subject of the next clause, or a speaker named.
    (
        "Phát biểu tại hội nghị Thủ tướng yêu cầu các bộ khẩn trương.",
        (("hội nghị Thủ tướng", "EVENT"),),
    ),
    (
        "Tại hội nghị Bộ trưởng Nguyễn Văn Hòa cho biết kế hoạch.",
        (("hội nghị Bộ trưởng", "EVENT"), ("hội nghị Bộ trưởng Nguyễn Văn Hòa", "EVENT")),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_meetings_of_posts(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
