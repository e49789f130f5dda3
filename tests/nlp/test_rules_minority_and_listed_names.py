"""Family names of the ethnic minorities, and short names listed or joined by `và`, are PER.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A minority family name after a post: the name is no part of the post.
    (
        "[Phó Chủ tịch Hội đồng Dân tộc]ROLE [Sùng A Hồ]PER phát biểu.",
        (("Phó Chủ tịch Hội đồng Dân tộc Sùng A Hồ", "ROLE"),),
    ),
    ("[Chủ tịch Hội đồng Dân tộc]ROLE [Tráng A Tủa]PER đề nghị như vậy.", ()),
    ("Ông [Chảo Văn Lâm]PER, [Bí thư Huyện ủy]ROLE, cho biết.", ()),
    # Two short names joined by `và`, each with a family name.
    ("Hai cán bộ là [Ma Văn]PER và [Lường Thoan]PER bị kỷ luật.", ()),
    ("Đình chỉ bị can [Nguyễn Văn Hùng]PER, [Vừ Dính]PER và [Lê Nam]PER.", ()),
    # A full name with a family name right after a place it would be read into.
    ("Ba cán bộ xã [Tân Hiệp]LOC [Trần Văn Lợi]PER (nguyên chủ tịch UBND) bị bắt.", ()),
    # Lookalikes: places joined by `và`; the Pentagon; a common word at a sentence start.
    ("Đoàn đã đến [Hà Giang]LOC và [Cao Bằng]LOC.", (("Hà Giang", "PER"),)),
    ("[Lầu Năm Góc]ORG cho biết như vậy.", (("Lầu Năm Góc", "PER"),)),
    ("Ma túy đá đang lan rộng.", (("Ma", "PER"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_minority_and_listed_names_are_people(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
