"""A law's country after its name is the last part of the DOC, no LOC of its own.

Blind, `Hiến pháp Nga thì …` and `Luật bầu cử Nga.` were cut before the
country and the country marked a LOC (news24); the gold keeps the place inside
(`Luật đường sắt Việt Nam`, news8, news19). Each sentence is written here, not
copied from an article; `[surface]LABEL` marks a span the rules must suggest,
`wrong` lists (surface, label) pairs they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A named law, the clause going on after the country.
    (
        "Theo các điều khoản trong [Hiến pháp Pháp]DOC thì tổng thống có quyền đó.",
        (("Pháp", "LOC"), ("Hiến pháp", "DOC")),
    ),
    (
        "Việc bổ nhiệm là hợp hiến và đúng [Luật bầu cử Nga]DOC. Ông nói thêm.",
        (("Nga", "LOC"), ("Luật bầu cử", "DOC")),
    ),
    # A city that opens the next clause stays out.
    ("[Luật điện lực]DOC [Hà Nội]LOC ban hành quy chế mới.", (("Luật điện lực Hà Nội", "DOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_laws_country_closes_its_name(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
