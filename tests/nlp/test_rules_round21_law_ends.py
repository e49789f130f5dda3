"""Round 21 rules: a law's or a bill's lowercase name ends where its clause begins.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A conjunction of cause or a modal adverb after a bill: no subject, no DOC.
    (
        "Không nên đưa hòa giải vào dự luật bởi vì hòa giải là việc của cơ sở.",
        (("dự luật bởi vì hòa giải là việc", "DOC"),),
    ),
    ("Nên tách hòa giải ra khỏi dự luật vì một bên là dân.", (("dự luật vì một bên", "DOC"),)),
    ("Ông cho rằng dự luật chỉ nên sửa vài điều.", (("dự luật chỉ nên sửa vài điều", "DOC"),)),
    # A verb of issuing with its date after a law: the name stops, the date is its own.
    (
        "Luật này thay thế [Pháp lệnh khiếu nại]DOC ban hành [ngày 7/5/1991]DATE.",
        (("Pháp lệnh khiếu nại ban hành ngày", "DOC"),),
    ),
    ("Ông nhắc lại [Luật đất đai]DOC thông qua năm 1993 còn nhiều kẽ hở.", ()),
    # Lookalikes: issuing inside a law's subject; a bill whose subject has no clause word.
    ("Quốc hội cho ý kiến về [Luật ban hành văn bản quy phạm pháp luật]DOC.", ()),
    ("Đại biểu thảo luận [dự luật phòng chống tham nhũng]DOC vào chiều qua.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_law_name_ends_where_its_clause_begins(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
