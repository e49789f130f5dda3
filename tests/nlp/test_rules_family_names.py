"""After a post, the family name of a person the article names in full is that person.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

FAMILY: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A Chinese leader by his family name, which is also a lake.
    (
        "[Chủ tịch Trung Quốc]ROLE [Hồ Cẩm Đào]PER tới Brasília. "
        "[Chủ tịch]ROLE [Hồ]PER sẽ gặp các doanh nhân.",
        (),
    ),
    # A listed family name, read in Sino-Vietnamese.
    (
        "[Thủ tướng]ROLE [Ôn Gia Bảo]PER hội kiến đoàn Việt Nam. "
        "[Thủ tướng]ROLE [Ôn]PER khẳng định hai nước sẽ hợp tác.",
        (),
    ),
    # The full name read on after the post is no lone family name.
    ("[Chủ tịch]ROLE [Hồ Chí Minh]PER đã gửi thư chúc mừng.", (("Hồ", "PER"),)),
    # Without the full name in the article, the lake stays a lake.
    ("[Chủ tịch]ROLE Hồ sẽ gặp các doanh nhân.", (("Hồ", "PER"),)),
]


@pytest.mark.parametrize(("line", "wrong"), FAMILY)
def test_a_family_name_after_a_post(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
