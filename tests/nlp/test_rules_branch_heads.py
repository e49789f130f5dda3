"""The head of a branch or the chair of a sitting is a ROLE; a presidium (`đoàn chủ tịch`) an ORG.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # The head of a branch named by its field.
    ("Sáng nay, [người đứng đầu ngành y tế]ROLE trả lời chất vấn.", ()),
    ("Cử tri hỏi [người đứng đầu ngành tư pháp]ROLE về án oan.", ()),
    # A presidium, with or without its assembly.
    ("Kết thúc phiên chất vấn, [đoàn chủ tịch Quốc hội]ORG nhắc lại các cam kết.", ()),
    ("Vì thế [đoàn chủ tịch]ORG đề nghị các đại biểu biểu quyết.", (("chủ tịch", "ROLE"),)),
    # The chair of a sitting, with the sitting.
    ("Vì hết giờ, [chủ tọa phiên họp]ROLE không cho tranh luận tiếp.", ()),
    # An embassy's building holds no ambassador; an ambassador with a name is one.
    ("Người biểu tình tụ tập trước tòa đại sứ ở [Kiev]LOC.", (("đại sứ", "ROLE"),)),
    ("[Đại sứ Nhật Bản]ROLE [Yamada Takio]PER đến thăm.", ()),
    # Lookalikes: heads in the plural; a branch with no field; a family name; a member's post.
    (
        "Những người đứng đầu ngành y tế phải chịu trách nhiệm.",
        (("người đứng đầu ngành y tế", "ROLE"),),
    ),
    ("Ông là người đứng đầu ngành nhiều năm.", ()),
    ("Ông [Đoàn Văn Hậu]PER, [chủ tịch xã]ROLE, cho biết.", ()),
    ("Bà là [ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam]ROLE.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_branch_heads_and_presidiums(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
