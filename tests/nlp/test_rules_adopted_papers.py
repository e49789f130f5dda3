"""A lowercase paper that a body adopts, ratifies, issues or annuls, with what it is about, is a DOC.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # An act right before the paper, its subject to the end of the item.
    (
        "Chính phủ vừa ban hành [nghị định về xử phạt vi phạm hành chính trong lĩnh vực"
        " đất đai]DOC.",
        (),
    ),
    (
        "Hội đồng nhân dân tỉnh đã thông qua [nghị quyết về giá đất năm 2025]DOC; sau đó"
        " nghe báo cáo.",
        (("năm 2025", "DATE"),),
    ),
    # A count between the act and the paper; the issuer; the person it concerns stays out.
    (
        "Tòa tuyên hủy 3 [quyết định của UBND quận Hải An về việc thu hồi đất]DOC của"
        " ông Lê Văn Nam.",
        (),
    ),
    # The parties of a treaty and its qualifier.
    (
        "Quốc hội phê chuẩn [hiệp định bổ sung giữa Việt Nam và Lào về quy chế biên giới]DOC.",
        (("Lào", "LOC"),),
    ),
    # A list the act opened earlier in the sentence; the next act joined by `và`.
    (
        "Quốc hội thông qua hai luật, [nghị quyết về kế hoạch năm 2026]DOC và phê chuẩn"
        " một hiệp định.",
        (),
    ),
    # Lookalikes: a paper in general, plural, without `về`, with no act before it.
    ("Ban Chấp hành cần có nghị quyết về vấn đề này.", (("nghị quyết về vấn đề này", "DOC"),)),
    (
        "Quốc hội thông qua các nghị quyết về giám sát.",
        (("nghị quyết về giám sát", "DOC"), ("các nghị quyết về giám sát", "DOC")),
    ),
    ("Quốc hội sẽ thông qua nghị quyết vào cuối kỳ họp.", (("nghị quyết", "DOC"),)),
    (
        "Người dân phản đối quyết định về việc giải tỏa chợ.",
        (("quyết định về việc giải tỏa chợ", "DOC"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_an_adopted_lowercase_paper_is_a_document(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
