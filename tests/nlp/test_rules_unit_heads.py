"""The head of a unit named by the unit's noun (`Đội trưởng`, `xưởng trưởng`) runs on
through the unit's name written after it.

Each line is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    (
        "Ông là nguyên [Đội trưởng đội phòng chống ma túy huyện Tương Dương]ROLE, tỉnh Nghệ An.",
        (("đội phòng chống ma túy huyện Tương Dương", "ORG"),),
    ),
    ("Anh Quang ([xưởng trưởng Xưởng điện lạnh]ROLE thuộc PTSC) bị bắt.", ()),
    ("Chi cục trưởng và [Hạt trưởng Hạt Kiểm lâm]ROLE đều có quyền xử phạt.", ()),
    ("Nguyên [Đội trưởng đội phòng chống ma túy]ROLE và đối tượng bị truy nã.", ()),
    # Near misses: a person's name after the unit, a unit of another noun.
    (
        "[Đội trưởng Đội CSGT]ROLE [Nguyễn Văn An]PER cho biết.",
        (("Đội trưởng Đội CSGT Nguyễn", "ROLE"),),
    ),
    ("Ông là [Tổ trưởng]ROLE dân phố ở phường.", (("Tổ trưởng dân phố", "ROLE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_heads_of_own_units(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
