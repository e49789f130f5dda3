"""Laws of a kind in the plural (`các Luật điều chỉnh …`) are no DOC; named ones are.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # Laws and decrees in general, capitalised by house style.
    ("Các Luật điều chỉnh về đất đai còn chồng chéo.", (("Luật điều chỉnh", "DOC"),)),
    ("Những Luật mới ban hành cần hướng dẫn.", (("Luật mới ban hành", "DOC"),)),
    ("Các Luật về thuế còn chồng chéo.", (("Luật về thuế", "DOC"),)),
    # Lookalikes: laws named in the plural, and one law in the singular.
    ("Các [Luật Đất đai]DOC, [Luật Nhà ở]DOC đã được sửa.", ()),
    ("Quốc hội đã sửa [Luật Đất đai]DOC.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_laws_of_a_kind_in_the_plural_are_no_document(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
