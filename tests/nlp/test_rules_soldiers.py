"""A private (`chiến sĩ`) is a ROLE next to a name or a body, not soldiers in general.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # Soldiers in general, counted or described.
    ("Tỉnh cải thiện chính sách với chiến sĩ biên phòng.", (("chiến sĩ", "ROLE"),)),
    ("Đơn vị điều 3 chiến sĩ đến bảo vệ hiện trường.", (("chiến sĩ", "ROLE"),)),
    ("Các chiến sĩ ta chiến đấu anh dũng.", (("chiến sĩ", "ROLE"),)),
    # Lookalikes: next to a name or a body, and the ranks that stay titles.
    ("[Chiến sĩ]ROLE [Nguyễn Văn An]PER đã hy sinh.", ()),
    ("Anh là [chiến sĩ Đồn Biên phòng Lũng Cú]ROLE.", ()),
    ("Cùng dự có [trung sĩ]ROLE [Lê Văn Bình]PER.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_private_is_a_role_next_to_a_name_or_body_only(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
