"""A foreign name that opens with initials (`J.D. Vance`) goes on to the surname.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

INITIALLED: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Ông [T.J. Holloway]PER phát biểu tại diễn đàn.", (("T.J", "PER"),)),
    (
        "[Thượng nghị sĩ]ROLE [A.B. Whitfield]PER đã bỏ phiếu chống.",
        (("A.B", "PER"),),
    ),
    # Initials in the middle were read before and still are.
    ("Cựu [tổng thống]ROLE [George H.W. Bush]PER tới thăm.", ()),
    # An initial before a Vietnamese word that opens the next sentence stays alone.
    ("Bé trai tên là K. Sau đó, em được đưa về quê.", (("K. Sau", "PER"),)),
]


@pytest.mark.parametrize(("line", "wrong"), INITIALLED)
def test_initials_go_on_to_the_surname(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
