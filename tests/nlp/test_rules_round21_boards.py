"""Round 21 rules: a board's head noun alone before its lowercase function is no ORG.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A kind of board by its function: neither the head nor the whole.
    ("Mỗi phường lập một Ban thanh tra nhân dân để giám sát.", (("Ban", "ORG"),)),
    ("Ở cơ sở, Thanh tra nhân dân hoạt động theo luật.", (("Thanh tra", "ORG"),)),
    ("Báo cáo của Ủy ban lâm thời về vụ việc chưa xong.", (("Ủy ban", "ORG"),)),
    ("Các thành viên Hội đồng thi đua đã bỏ phiếu.", (("Hội đồng", "ORG"),)),
    # The standing boards named by their function: the whole is one body.
    ("Đơn thư được gửi tới [Ban dân nguyện]ORG để xử lý.", (("Ban", "ORG"),)),
    ("Việc này đã được bàn trong [ban cán sự]ORG tuần trước.", ()),
    ("Ý kiến đó là của riêng [Ban thường trực]ORG tại buổi làm việc.", (("Ban", "ORG"),)),
    # Lookalikes: the head before a verb is the body referred back to; a named board.
    ("Sau cuộc kiểm tra, [Thanh tra]ORG đề xuất xử lý trách nhiệm.", ()),
    ("Ông đề nghị [Ban Tuyên giáo Trung ương]ORG vào cuộc.", ()),
    ("Tại kỳ họp, [Ban Dân nguyện]ORG sẽ theo dõi các lời hứa.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_board_head_before_its_function_is_no_body_alone(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
