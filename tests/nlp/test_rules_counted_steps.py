"""A step said of a number of people or cases is a quantity, no EVENT.

Round 27: at blind time the rules marked `số cán bộ … bị khởi tố`, `số vụ án …
được xét xử`, `số lượng vụ án`, `một số vụ án được đưa ra xét xử` in four
once-blind sets (news9, news17, news23, news25), all unmarked in the gold.
Invented sentences; lookalikes keep the case the article reports, reached
through a preposition, and a named person's step.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

COUNTED: list[Case] = [
    (
        "Theo ông, số cán bộ tham nhũng bị khởi tố đã phản ánh được thực tế chưa?",
        (("khởi tố", "EVENT"),),
    ),
    (
        "Những năm qua, số lượng vụ án thuộc thẩm quyền của tòa tăng nhanh.",
        (("vụ án", "EVENT"),),
    ),
    ("Qua một số vụ án được đưa ra xét xử, tòa đã rút kinh nghiệm.", (("xét xử", "EVENT"),)),
    ("Số bị can đã bị truy tố năm nay cao hơn năm trước.", (("truy tố", "EVENT"),)),
]
REPORTED: list[Case] = [
    ("Cơ quan điều tra đã thu giữ một số tài liệu liên quan đến [vụ án]EVENT.", ()),
    ("Trong số hàng chục bị can của [vụ án]EVENT, có hai giám đốc.", ()),
    ("Ông [Nguyễn Văn Tâm]PER đã bị [khởi tố]EVENT về tội tham ô.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), COUNTED + REPORTED)
def test_a_step_of_a_counted_class_is_no_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
