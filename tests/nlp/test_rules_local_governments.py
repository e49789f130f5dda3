"""The authorities of a Vietnamese unit named with it are one ORG, as a foreign state's are.

Each line is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Căn nhà được [chính quyền quận 7]ORG xác định nằm ngoài ranh.", (("quận 7", "LOC"),)),
    ("Theo [chính quyền xã Tân Thạnh]ORG, việc đền bù đã xong.", ()),
    ("[Chính quyền tỉnh Hòa Bình]ORG lên tiếng.", ()),
    # Lookalikes: the authorities in general, or of a unit not named.
    (
        "Người dân kiến nghị chính quyền địa phương giải quyết.",
        (("chính quyền địa phương", "ORG"),),
    ),
    ("Chính quyền xã đã chôn cất người chết.", (("Chính quyền xã", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_local_government_with_its_unit_is_one_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
