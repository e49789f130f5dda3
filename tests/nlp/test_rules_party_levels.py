"""`các cấp ủy Đảng` names party committees in general: no ORG for `Đảng` there.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # The committees of every level.
    ("Mỗi cấp ủy Đảng phải chịu trách nhiệm về cán bộ.", (("Đảng", "ORG"),)),
    ("Đề nghị các cấp uỷ Đảng, chính quyền quan tâm hơn.", (("Đảng", "ORG"),)),
    ("Ban Thường vụ cấp ủy Đảng tỉnh họp định kỳ.", (("Đảng tỉnh", "ORG"),)),
    # Lookalikes: the party named as such, and its organisations.
    ("[Đảng]ORG ta luôn quan tâm tới thanh niên.", ()),
    ("Việc đó làm giảm uy tín của tổ chức [Đảng]ORG.", ()),
    ("[Ban Chấp hành Trung ương Đảng]ORG họp.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_the_party_after_its_committees_in_general_is_no_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
