"""Institutions of one kind listed after a colon by their names alone: one sentence per shape.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with that
label. Each listed case fails with `listed_institutions` switched off.
"""

from __future__ import annotations

import pytest

import annotator.nlp.rules as rules_module
from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

LISTS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    (
        "Thí sinh giả hồ sơ để thi vào các ĐH: [Thương mại]ORG, [Ngoại thương]ORG, "
        "[Mỏ - Địa chất]ORG và [Bách khoa Đà Nẵng]ORG.",
        (("Đà Nẵng", "LOC"),),
    ),
    (
        "Năm nay tuyển sinh ở ba học viện: [Quân y]ORG, [Hậu cần]ORG (hệ dân sự), [Biên phòng]ORG.",
        (),
    ),
    (
        "Hai ngân hàng: [Sacombank]ORG và [Eximbank]ORG vừa công bố lãi suất mới.",
        (("Eximbank vừa công bố", "ORG"),),
    ),
    (
        "Bài viết được đăng cùng lúc trên các báo: [Lao Động]ORG, [Tiền Phong]ORG, [Nhân Dân]ORG.",
        (),
    ),
]

LOOKALIKES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A kind word inside a longer noun is no kind.
    ("Xem xét các trường hợp: Hà Nội, Hải Phòng và Đà Nẵng.", (("Hải Phòng", "ORG"),)),
    ("Ông đọc các báo cáo: Tài chính, Nhân sự, Kế hoạch.", (("Nhân sự", "ORG"),)),
    # A singular kind names one institution, not a list.
    ("Trường: Lê Quý Đôn, Hà Nội.", (("Lê Quý Đôn", "ORG"),)),
    # One item alone is no list; a clause after the colon is no item.
    (
        "Các ngân hàng: Vietcombank cho biết sẽ giảm lãi suất cho vay từ tháng sau.",
        (("Vietcombank cho biết", "ORG"),),
    ),
]


@pytest.fixture(scope="module")
def rules() -> RuleSuggester:
    return RuleSuggester()


@pytest.mark.parametrize(("line", "wrong"), LISTS + LOOKALIKES)
def test_listed_institutions_and_their_lookalikes(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), LISTS)
def test_each_list_needs_the_pass(
    monkeypatch: pytest.MonkeyPatch,
    rules: RuleSuggester,
    line: str,
    wrong: tuple[tuple[str, str], ...],
) -> None:
    monkeypatch.setattr(rules_module, "listed_institutions", lambda line, spans: spans)
    with pytest.raises(AssertionError):
        check_marked(rules, line, wrong)
