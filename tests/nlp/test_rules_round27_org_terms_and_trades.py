"""Round 27 ORG rules: the Central Committee by its bare term, foreign companies by their trade.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CENTRAL_TERMS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # The term written bare after the committee belongs to it, in every short form.
    ("Danh sách do [BCH T.Ư VIII]ORG giới thiệu gồm 150 người.", (("BCH T.Ư", "ORG"),)),
    ("Sáng nay [BCH TƯ XI]ORG họp phiên đầu tiên.", (("BCH TƯ", "ORG"),)),
    (
        "Có 20 người do [Ban Chấp hành Trung ương VIII]ORG đề cử.",
        (("Ban Chấp hành Trung ương", "ORG"),),
    ),
    # The committee named by its term alone, in either case.
    ("Số ủy viên do [Trung ương XI]ORG giới thiệu là 170 người.", ()),
    ("Kết quả sẽ được báo cáo để [trung ương XII]ORG xem xét.", ()),
    # Lookalikes: a plenum's number is no term; the centre as a level is no body.
    ("Các bộ, ngành trung ương đã nhận Nghị quyết Trung ương 4.", (("Trung ương 4", "ORG"),)),
    ("Cán bộ từ trung ương đến địa phương đều tham gia.", (("trung ương", "ORG"),)),
]

TRADE_COMPANIES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A foreign-shaped name after a lowercase business word and the trades that describe it:
    # the name alone is the ORG.
    (
        "Đoàn đã thăm công ty bảo hiểm [Prudentix]ORG và công ty khai thác dầu khí [Norvanta]ORG.",
        (("công ty bảo hiểm Prudentix", "ORG"), ("khai thác dầu khí Norvanta", "ORG")),
    ),
    ("Hợp đồng được ký với công ty viễn thông [Telvero]ORG.", ()),
    # A name glued on by a hyphen is one name.
    ("Ông từng làm cho công ty dịch vụ cơ khí [ABX-Hollander]ORG nhiều năm.", (("ABX", "ORG"),)),
    ("Động cơ do hãng [Rolls-Royce]ORG cung cấp.", (("Rolls", "ORG"),)),
    # Lookalikes: a Vietnamese name or a country after the trades names no foreign company.
    ("Công nhân công ty xây dựng Hòa Bình nghỉ Tết.", (("Hòa Bình", "ORG"),)),
    ("Tập đoàn dầu khí Nga đã tăng giá.", (("Nga", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CENTRAL_TERMS)
def test_the_central_committee_keeps_its_bare_term(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), TRADE_COMPANIES)
def test_a_foreign_company_is_named_after_its_trade(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
