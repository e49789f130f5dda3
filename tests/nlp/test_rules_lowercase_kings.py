"""`vua` in lowercase is a figure of speech or a king of old, no post; capitalised it is one.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

KINGS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # Figures of speech, in quotes or not.
    ("Hắn được gọi là “vua trốn thuế” của cả vùng.", (("vua", "ROLE"),)),
    ("Chiếc xe tăng này là vua chiến trường một thời.", (("vua", "ROLE"),)),
    # A king of old before his reign name.
    ("Du khách dâng hương tưởng nhớ vua [Quang Trung]PER.", (("vua", "ROLE"),)),
    # A reigning king, capitalised, keeps his post.
    ("[Vua Campuchia]ROLE đã tiếp đoàn tại hoàng cung.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), KINGS)
def test_a_lowercase_king_is_no_post(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
