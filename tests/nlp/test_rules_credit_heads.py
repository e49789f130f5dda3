"""Credits under a video or a chart name their author or source as a photo credit does.

Each line is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A Vietnamese author after `Video:`, `Clip:`, `Đồ họa:`; a foreign-shaped service.
    ("Người dân dựng lều bên sông.\nVideo: [Minh Khôi]PER\nNước lên nhanh.", ()),
    ("Xe cứu hỏa đến hiện trường. Clip: [Hoàng Lan]PER.", ()),
    ("Vị trí các làng ven biển. Đồ họa: [Openmaps]ORG.", ()),
    ("Cảnh đường phố sau mưa. Video: [Dailymotion]ORG.", ()),
    # The photo credit as before.
    ("Căn nhà giữa bãi lau. Ảnh: [Sơn Hà]PER.", ()),
    # Lookalikes: `video` in running text before a colon opens no credit.
    ("Ông đăng một đoạn video: Minh Khôi hát trên sân khấu.", (("Minh Khôi", "PER"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_the_name_after_a_credit_word_is_suggested(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
