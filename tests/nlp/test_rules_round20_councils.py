"""Round 20 rules: the people's councils named bare beside the National Assembly.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # The councils as an institution, beside the Assembly: no ORG.
    ("[Quốc hội]ORG và HĐND ra nghị quyết thì cán bộ phải làm theo.", (("HĐND", "ORG"),)),
    (
        "Các chức danh do [Quốc hội]ORG, Hội đồng nhân dân bầu đều được lấy phiếu.",
        (("Hội đồng nhân dân", "ORG"),),
    ),
    # Lookalikes: a council with its place is one body; a bare council beside another body.
    ("[Quốc hội]ORG và [HĐND tỉnh Nghệ An]ORG đã họp.", ()),
    ("Ông kiến nghị lên [HĐND]ORG và [UBND TP HCM]ORG.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_councils_beside_the_assembly_are_no_one_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
