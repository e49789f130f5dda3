"""A body at a bare level names the level's bodies in general after a list of levels, and
so does the police in lowercase: no ORG.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A list of levels, or the police of a ward or commune anywhere: no one body.
    ("Mỗi quý UBND tỉnh, thành phải gửi báo cáo.", (("UBND tỉnh", "ORG"),)),
    ("Theo luật, HĐND quận, phường sẽ không được tổ chức.", (("HĐND quận", "ORG"),)),
    ("Người dân đã báo cho công an xã nhưng không ai đến.", (("công an xã", "ORG"),)),
    ("Có dấu hiệu bảo kê của công an phường sở tại.", (("công an phường", "ORG"),)),
    # Lookalikes: one body of a level in view, a capitalised force, a named ward.
    ("Sáng nay [UBND huyện]ORG đã chấp thuận đề nghị của dân.", ()),
    ("[Công an TP]ORG cho biết số vụ vi phạm đã giảm.", ()),
    ("[Công an phường Bến Thành]ORG đã vào cuộc xác minh.", ()),
    ("[UBND tỉnh]ORG, [Sở Tài chính]ORG cùng kiểm tra.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_body_at_a_level_in_general_is_no_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
