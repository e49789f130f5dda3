"""Round 22 rules: a bare visit after a verb of travel, of a body or a named place, whoever visits.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A verb of travel, then a named place or a body visited, the subject far off.
    ("Rời Hà Nội chiều qua, bà sang [thăm]EVENT [Lào]LOC hai ngày.", ()),
    ("Sáng nay, chúng tôi đã tới [thăm]EVENT cơ quan lưu trữ của thành phố.", ()),
    ("Bà không chỉ tới [thăm]EVENT thủ đô [Bangkok]LOC mà còn đi nhiều nơi khác.", ()),
    # Lookalikes: a home, a sight, a poll, greetings, a return home, no one visited,
    # a named person's visit with no verb of travel.
    ("Cô ca sĩ đến thăm nhà một người hâm mộ ở ngoại ô.", (("thăm", "EVENT"),)),
    ("Nhóm bạn tới thăm khu rừng nguyên sinh cuối tuần.", (("thăm", "EVENT"),)),
    ("Kết quả thăm dò cho thấy đa số đồng tình.", (("thăm", "EVENT"),)),
    ("Ông gửi lời thăm hỏi tới các gia đình.", (("thăm", "EVENT"),)),
    ("Anh về thăm Hải Phòng sau mười năm xa quê.", (("thăm", "EVENT"),)),
    ("Hồi đó tôi ốm nên anh chưa đến thăm được.", (("thăm", "EVENT"),)),
    ("Ông Lê Hải thăm Pháp khi còn là sinh viên.", (("thăm", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_visits_after_travel_or_to_named_places(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
