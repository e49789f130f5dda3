"""A person written as one letter and a dot inside a sentence (`tên là K. tại ...`) is a PER.

Reports name a minor, a victim or a defendant by an initial; the letter, not its
dot, is the span. Each sentence is written here, not copied from an article;
`[surface]LABEL` marks a span the rules must suggest, `wrong` lists (surface,
label) pairs they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Người bị hại là một bé gái tên [M]PER. ở cùng phòng trọ với bị cáo.", ()),
    ("Gia đình đã đưa [T]PER. vào thành phố học nghề.", ()),
    ("Cơ quan điều tra đã xác định lời khai của [H]PER. là đúng.", ()),
    # The last letter of a longer name is no name of its own.
    ("Người được nhắc tới là [Lê Văn H]PER. mà dư luận đã biết.", (("H", "PER"),)),
    # A letter ending a sentence, before a capital, is left alone.
    ("Anh ta xếp hạng B. Sau đó anh rời đi.", (("B", "PER"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_person_written_as_a_letter(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
