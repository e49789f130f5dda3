"""Round 19 DOC shapes that carry to unseen text: laws amending two laws, treaties
between two parties, reports and bills as the Assembly's agenda names them.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

AMENDING: list[Case] = [
    # A law that names the two laws it amends is one DOC over both.
    (
        "Quốc hội thông qua [Luật sửa đổi, bổ sung Luật thuế thu nhập doanh nghiệp và "
        "Luật thuế tài nguyên]DOC; [Luật thanh niên]DOC.",
        (("Luật thuế tài nguyên", "DOC"),),
    ),
    # Lookalike: articles of one law amended, then the next law of the list.
    (
        "Chính phủ trình hai dự án: [Luật sửa đổi, bổ sung một số điều của Luật đất đai]DOC "
        "và [Luật nhà ở]DOC.",
        (),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), AMENDING)
def test_a_law_amending_two_laws_is_one_document(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


TREATIES: list[Case] = [
    # A treaty between two parties with what it amends or is about is one DOC.
    (
        "Quốc hội phê chuẩn [Hiệp định giữa Việt Nam và Lào bổ sung Hiệp định về quy chế "
        "biên giới năm 1990]DOC.",
        (("Lào", "LOC"), ("Việt Nam", "LOC")),
    ),
    ("Hai nước ký [Hiệp ước giữa Việt Nam và Campuchia về dẫn độ]DOC.", ()),
    # Lookalike: a treaty between two countries named by no title.
    ("Hai bên bàn về hiệp định giữa hai nước trong năm tới.", (("hiệp định", "DOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), TREATIES)
def test_a_treaty_between_two_parties_is_one_document(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


REPORTS_AND_BILLS: list[Case] = [
    # An assembly's monitoring report heard or debated, in lowercase, by its subject.
    (
        "Quốc hội nghe và thảo luận [báo cáo giám sát về việc thực hiện chính sách "
        "thuế thu nhập cá nhân]DOC.",
        (),
    ),
    # Two bills counted, then their two subjects: two DOCs, the second by subject alone.
    (
        "Mặt trận lấy ý kiến vào hai [dự luật thi đua khen thưởng]DOC và "
        "[bảo hiểm xã hội]DOC trong tháng này.",
        (),
    ),
    # Lookalikes: a body reports (the verb), a report in general, two bills pointed back to.
    ("Ủy ban sẽ báo cáo giám sát về vấn đề này.", (("báo cáo giám sát về vấn đề này", "DOC"),)),
    (
        "Quốc hội nghe báo cáo về tình hình Tây Nguyên.",
        (("báo cáo về tình hình Tây Nguyên", "DOC"),),
    ),
    (
        "Nếu thông qua được hai dự luật này, Quốc hội đã làm xong việc lớn.",
        (("dự luật này", "DOC"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), REPORTS_AND_BILLS)
def test_heard_reports_and_counted_bills_are_documents(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
