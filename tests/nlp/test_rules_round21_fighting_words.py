"""Round 21 rules: a bare `giao tranh`, verb or noun, is the fighting reported.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # The verb after an aspect word: the fighting itself.
    ("Hai phía sẽ còn [giao tranh]EVENT trước khi ngồi vào bàn thương lượng.", ()),
    ("Quân hai nước tiếp tục [giao tranh]EVENT suốt đêm ở vùng biên giới.", ()),
    # Lookalikes: the warring sides and the combat zone are described, not reported.
    (
        "Liên Hợp Quốc kêu gọi các bên giao tranh ngừng bắn ngay lập tức.",
        (("giao tranh", "EVENT"),),
    ),
    ("Hàng nghìn người đã rời khỏi khu vực giao tranh trong đêm.", (("giao tranh", "EVENT"),)),
    ("Lực lượng giao tranh đã rút khỏi thị trấn.", (("giao tranh", "EVENT"),)),
    ("Những phe vẫn còn giao tranh phải rút quân.", (("giao tranh", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_bare_fighting_is_an_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
