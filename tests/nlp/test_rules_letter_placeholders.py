"""Letters that stand for anyone in an example (`ông A, ông B`) are no person.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Không thể xử lý ông A mà bỏ qua ông B vì sợ liên lụy.", (("A", "PER"), ("B", "PER"))),
    ("Giả sử nhà anh C xây lấn, còn nhà anh D phải chịu thiệt.", (("C", "PER"), ("D", "PER"))),
    # One letter alone after an address word may be a person's initial: kept.
    ("Ông [A]PER cho biết đã nộp đơn lên xã.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_example_letters_are_no_person(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
