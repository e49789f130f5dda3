"""Bare `cuối năm` / `đầu năm` and `năm sau` name a year next to the article's: a DATE.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A part of this year with nothing after it.
    ("Tại kỳ họp [cuối năm]DATE, Chính phủ sẽ báo cáo về giá điện.", ()),
    ("Trong buổi giao ban [đầu năm]DATE, ông Hải đã nhận khuyết điểm.", ()),
    ("Dự án được khởi công [giữa năm]DATE và sẽ xong trước Tết.", ()),
    # The year after the article's.
    ("Luật sẽ có hiệu lực vào [năm sau]DATE, theo Bộ Tư pháp.", ()),
    ("Kế hoạch [năm sau]DATE được trình Hội đồng nhân dân.", ()),
    # Lookalikes: another year, a school year, a longer date, a count of years.
    ("Cuối năm đó, ông được điều về Hà Nội.", (("Cuối năm", "DATE"),)),
    ("Đầu năm học mới, trường tuyển thêm giáo viên.", (("Đầu năm", "DATE"),)),
    ("[6 tháng đầu năm]DATE, tỉnh thu ngân sách vượt kế hoạch.", (("đầu năm", "DATE"),)),
    ("[Cuối năm 2003]DATE, ông bị khởi tố.", (("Cuối năm", "DATE"),)),
    ("Chỉ hai năm sau, ông lại bị bắt.", (("năm sau", "DATE"),)),
    ("Một năm sau đó, ông được bầu làm chủ tịch.", (("năm sau", "DATE"),)),
    ("Hậu quả kéo dài đến hàng năm sau mới khắc phục được.", (("năm sau", "DATE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_year_next_to_the_articles_is_a_date(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


GLUED: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A bracketed date glued to the day before it dates a linked headline: two DATEs.
    ("Bộ Công an sẽ xem xét lại trong [tuần này]DATE([08/03/2006]DATE) Xem tiếp", ()),
    ("Hà Nội bắt đầu thu phí từ [tháng tới]DATE([15/01/2006]DATE)", ()),
    # Lookalike: a spaced bracket is the day's own date, inside one DATE.
    ("[Chiều nay (30/4)]DATE, Quốc hội họp phiên bế mạc.", (("30/4", "DATE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), GLUED)
def test_a_glued_bracket_is_a_date_of_its_own(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


PAIRED: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A bare day opening a bracket after a day word, paired with a later day and month.
    ("Trong hai ngày họp cuối ([14]DATE và [15-6]DATE), Quốc hội biểu quyết.", ()),
    ("Ba ngày làm việc còn lại ([8]DATE và [10/12]DATE) dành cho chất vấn.", ()),
    # Lookalikes: a score, a count of people.
    ("Sau hai ngày thi đấu (3 và 2-1), đội bóng dẫn đầu.", (("3", "DATE"),)),
    ("Trong ngày hôm đó (3 và 4 người) đã bị thương.", (("3", "DATE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), PAIRED)
def test_a_bare_day_paired_with_a_date_is_a_date(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
