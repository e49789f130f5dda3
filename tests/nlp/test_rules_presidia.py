"""A presidium, secretariat or standing office is one ORG with the body it runs.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A presidium in lowercase, alone or with its body: no post inside.
    ("Cuối phiên, [đoàn chủ tịch]ORG đề nghị các đại biểu biểu quyết.", (("chủ tịch", "ROLE"),)),
    (
        "Sau giờ nghỉ, [đoàn chủ tịch Hội đồng nhân dân]ORG công bố kết quả.",
        (("chủ tịch Hội đồng nhân dân", "ROLE"),),
    ),
    ("Ý kiến được [đoàn thư ký]ORG tổng hợp gửi các tổ.", ()),
    # Members of a presidium in general: the body, no post.
    (
        "Có mặt các vị ủy viên [Đoàn Chủ tịch Hội Nông dân Việt Nam]ORG.",
        (("ủy viên Đoàn Chủ tịch Hội Nông dân Việt Nam", "ROLE"),),
    ),
    # A standing office before a body no list names.
    ("Đại hội nghe [thường trực Ủy ban Pháp luật]ORG báo cáo.", (("Ủy ban Pháp luật", "ORG"),)),
    # Lookalikes: a post that holds a standing office, a member named, an adjective.
    (
        "[Thường trực Ban Bí thư]ROLE [Trần Văn An]PER chủ trì.",
        (("Thường trực Ban Bí thư", "ORG"),),
    ),
    ("Bà Lý, [Phó Bí thư Thường trực Tỉnh ủy Nam Định]ROLE, phát biểu.", ()),
    ("Ông từng là [thứ trưởng thường trực Bộ Tài chính]ROLE nhiều năm.", ()),
    ("Nguy cơ thường trực mất khả năng chi trả vẫn còn.", (("thường trực", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_presidium_or_standing_office_is_one_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
