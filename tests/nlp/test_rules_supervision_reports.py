"""An assembly's report of what it supervised or assessed is a DOC by its title.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    (
        "Quốc hội nghe [Báo cáo giám sát về tình hình thực hiện chính sách"
        " pháp luật về đất đai]DOC.",
        (),
    ),
    ("Đại biểu thảo luận [Báo cáo đánh giá kết quả thực hiện kế hoạch năm 2025]DOC.", ()),
    ("Hội nghị thông qua [Báo cáo kiểm điểm việc thực hiện nghị quyết]DOC.", ()),
    # Lookalikes: a committee's report on a bill; the verb opening a sentence.
    ("Quốc hội nghe Báo cáo thẩm tra của [Ủy ban Pháp luật]ORG.", (("Báo cáo thẩm tra", "DOC"),)),
    ("Báo cáo giám sát việc này, ông Hùng nói rõ thêm.", (("Báo cáo giám sát việc này", "DOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_supervision_report_is_a_document(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
