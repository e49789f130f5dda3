"""An abbreviated post (`ĐB`, `UV`) is a ROLE next to a name or a body only.

After a comma or a bracket a capitalised occupation reads as a title
(`Bác sĩ`), but an abbreviation is written in capitals whoever it means, so
deputies in general (`tất cả đại biểu (ĐB)`, `, ĐB phải biết`) stay bare.
Each sentence is written here; `[surface]LABEL` marks a span the rules must
suggest, `wrong` lists (surface, label) pairs they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # Deputies in general, spelled out once in brackets or after a comma.
    ("Trước đây, tất cả đại biểu (ĐB) đều hỏi về giá điện.", (("ĐB", "ROLE"),)),
    ("Để chất vấn sâu, ĐB rất cần chuẩn bị số liệu.", (("ĐB", "ROLE"),)),
    ("Muốn hỏi trúng, ĐB phải biết rõ ngành.", (("ĐB", "ROLE"),)),
    ("Theo quy chế, UV phải dự đủ các phiên.", (("UV", "ROLE"),)),
    # Lookalikes: next to a name or a body, and a spelled-out title after a comma.
    ("Tại hội trường, [ĐB]ROLE [Nguyễn Văn An]PER nói.", ()),
    ("Theo đó, [ĐB Hà Nội]ROLE đề nghị sửa luật.", ()),
    ("Khi khám xong, [Bác sĩ]ROLE dặn dò gia đình.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_an_abbreviated_post_is_a_role_next_to_a_name_or_body_only(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
