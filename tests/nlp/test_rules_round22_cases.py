"""Round 22 rules: a criminal case referred to keeps the crimes it is known by.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # After a referring word, with `tại` + a named place; opening a sentence.
    ("Hai cán bộ liên quan [vụ án buôn lậu tại cửa khẩu Móng Cái]EVENT đã bị bắt.", ()),
    ("Báo chí đã đưa tin về [vụ án tham ô]EVENT xảy ra ở công ty.", ()),
    ("Dư luận bức xúc. [Vụ án lừa đảo điển hình]EVENT ở tỉnh này chưa được xử lý.", ()),
    # Lookalikes: a case classified, counted, or with no crime of the list after it.
    ("Đây là vụ án buôn lậu lớn nhất từ trước tới nay.", (("vụ án buôn lậu", "EVENT"),)),
    ("Ông từng bị điều tra trong một vụ án giết người.", (("vụ án giết người", "EVENT"),)),
    ("Nhiều vụ án tham nhũng lớn đã được đưa ra ánh sáng.", (("vụ án tham nhũng", "EVENT"),)),
    ("Trong vụ án này có nhiều bị can.", (("vụ án này", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_cases_referred_with_their_crimes(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
