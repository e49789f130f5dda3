"""Round 31: more closed word lists of the EVENT rules are data a project can extend.

Written here, not copied from an article. The shipped words still do what the
code's tuples did; the words a project's own list adds to each kind are tested
with the earlier lists' in test_rules_event_word_lists.py.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked


def _events(rules: RuleSuggester, text: str) -> set[str]:
    return {text[s.start : s.end] for s in rules.suggest(text) if s.label == "EVENT"}


SHIPPED = [
    "Ông kể về [cuộc tổng tiến công và nổi dậy mùa xuân 1975]EVENT của quân giải phóng.",
    "Ông Smith thắng trong [cuộc bầu cử tổng thống Mỹ]EVENT năm ngoái.",
    "Người dân đã tổ chức [cuộc biểu tình lớn]EVENT ở thủ đô Kiev.",
    "Ba người chết trong [vụ tấn công bằng tên lửa đạn đạo]EVENT vào thành phố.",
    "Thủ tướng Phan Văn Khải đã đến [thăm]EVENT thành phố Hội An.",
]


@pytest.mark.parametrize("line", SHIPPED)
def test_the_shipped_lists_hold_their_words(rules: RuleSuggester, line: str) -> None:
    check_marked(rules, line, ())


def test_a_visit_to_friends_is_private(rules: RuleSuggester) -> None:
    """`bạn` joined the shared `private_visits` list when the travel rule's own copy
    of it became data: a delegation's visit to friends is private, as to kin."""
    text = "Sau buổi làm việc, đoàn đại biểu tỉnh đã đi thăm bạn bè cũ ở Viêng Chăn."
    assert "thăm" not in _events(rules, text)
