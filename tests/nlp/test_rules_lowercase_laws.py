"""A law cited with `luật` in lowercase by a listed subject is one DOC.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A listed subject after a lowercase `luật`: the name runs on as after `Luật`.
    ("Cơ quan này phải thực thi [luật kiểm toán]DOC từ đầu năm sau.", ()),
    ("Tỉnh đề nghị sửa [luật đất đai]DOC và [luật thuế]DOC cho phù hợp.", ()),
    ("Hợp đồng ấy trái với [luật đầu tư nước ngoài năm 1996]DOC theo cơ quan thuế.", ()),
    # A misplaced tone mark still reads as `luật`.
    ("Cần sớm ban hành [lụât đấu thầu]DOC cho các công trình.", ()),
    # `và các …` after the name opens another noun, no second part of the name.
    (
        "Họ góp ý cho [luật doanh nghiệp]DOC và các văn bản hướng dẫn.",
        (("luật doanh nghiệp và các văn bản hướng dẫn", "DOC"),),
    ),
    (
        "Cần có [luật đấu thầu]DOC và một loạt quy định khác.",
        (("luật đấu thầu và một loạt quy định", "DOC"),),
    ),
    # Lookalikes: the law in general, a branch of law, a lawyer, other documents' `luật`.
    ("Ông học luật hình sự rồi làm luật sư cho một công ty.", (("luật hình sự", "DOC"),)),
    ("Mọi việc phải theo pháp luật đất đai hiện hành.", (("luật đất đai hiện hành", "DOC"),)),
    ("Nghị quyết ấy tuân theo luật của nước sở tại.", (("luật của nước sở tại", "DOC"),)),
    # What a rule is about: the field of law, no one law.
    ("Công ty vi phạm quy định về luật đất đai nhiều lần.", (("luật đất đai", "DOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_lowercase_laws(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
