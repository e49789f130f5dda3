"""A law named by a capitalised field keeps its version in brackets (`(sửa đổi)`, `(lần 2)`).

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    (
        "Quốc hội đang bàn tới [Luật Hàng hải (sửa đổi)]DOC thì mới có ý kiến này.",
        (("Luật Hàng hải", "DOC"),),
    ),
    ("Đại biểu góp ý vào [Luật Thủy sản (sửa đổi)]DOC chiều nay.", (("Luật Thủy sản", "DOC"),)),
    ("[Luật Giao thông (lần 2)]DOC được trình lại.", (("Luật Giao thông", "DOC"),)),
    # Lookalikes: a bracket that says something else, a count with no number.
    (
        "[Luật Giao thông]DOC (theo đề xuất của Chính phủ) được trình.",
        (("Luật Giao thông (theo đề xuất của Chính phủ)", "DOC"),),
    ),
    ("[Luật Hàng hải]DOC (lần này) được sửa nhiều.", (("Luật Hàng hải (lần này)", "DOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_law_keeps_its_version(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


CONGRESS_PAPERS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A resolution named after a congress, in lowercase too.
    (
        "Điều quan trọng là [nghị quyết đại hội]DOC đi vào cuộc sống ra sao.",
        (("đại hội", "EVENT"),),
    ),
    ("Cần sớm đưa [nghị quyết Đại hội]DOC vào cuộc sống.", ()),
    # Lookalike: a general assembly's resolution is no congress's.
    (
        "Theo nghị quyết đại hội đồng cổ đông, công ty sẽ chia cổ tức.",
        (("nghị quyết đại hội", "DOC"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), CONGRESS_PAPERS)
def test_a_congress_resolution_in_lowercase(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
