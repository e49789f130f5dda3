"""The author named on an interview's closing line (`Việt Anh thực hiện`) is a PER.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Cảm ơn ông về cuộc trao đổi.\n[Thu Hằng]PER thực hiện", ()),
    ("Xin cảm ơn bà.\n[Lê Minh Châu]PER ghi.", ()),
    # Lookalikes: a body that carried something out; a sentence going on after the verb.
    ("Kết quả khảo sát.\n[Bộ Công an]ORG thực hiện", (("Bộ Công an", "PER"),)),
    ("Kế hoạch.\nMinh Châu thực hiện dự án ở Lào Cai.", (("Minh Châu", "PER"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_an_interviews_author_is_a_person(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
