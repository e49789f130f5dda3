"""Round 30: a draft's noun and a relative day stay outside a law; `Pháp lệnh`, `Pháp ngữ` name no country.

`Dự án Luật X` opening a sentence was one DOC with the draft's noun in it
(news17, blind), where every gold file keeps `dự án` and `dự thảo` outside the
law. `Pháp lệnh` (an ordinance) at the head of a sentence and `Pháp ngữ`
(French-speaking) read as the country `Pháp` (news24, news18, blind). A law
named in lowercase ran on into a day named relative to the article
(`Luật phòng chống tham nhũng hôm`), and the DATE was lost.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

DRAFTS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    (
        "Ông nói thêm. Dự án [Luật phòng chống tham nhũng]DOC đưa ra nhiều biện pháp.",
        (("Dự án Luật phòng chống tham nhũng", "DOC"),),
    ),
    (
        "Ông nói thêm. Dự án [Luật Đất đai (sửa đổi)]DOC được trình chiều nay.",
        (("Dự án Luật Đất đai (sửa đổi)", "DOC"),),
    ),
    (
        "Ông nói thêm. Dự thảo [Bộ luật Hình sự]DOC có nhiều điểm mới.",
        (("Dự thảo Bộ luật Hình sự", "DOC"),),
    ),
    # Lookalikes: a bill is one word and keeps its `Dự`; a draft of no named law.
    ("Tuần tới, [Dự luật Thực hành tiết kiệm]DOC sẽ được trình.", ()),
    ("Ông nói thêm. Dự án luật này còn nhiều điểm chưa rõ.", (("Dự án luật này", "DOC"),)),
]

COMPOUNDS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Luật có hiệu lực từ tháng Mười. Pháp lệnh này có quy định mới.", (("Pháp", "LOC"),)),
    ("Học bổng dành cho khối Pháp ngữ do [Canada]LOC tài trợ.", (("Pháp", "LOC"),)),
    # Lookalikes: the country before another word, and a named ordinance.
    ("Đoàn đã sang [Pháp]LOC ngày hôm qua.", ()),
    ("Quốc hội sửa [Pháp lệnh Thanh tra]DOC.", (("Pháp", "LOC"),)),
]

RELATIVE_DAYS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    (
        "Quốc hội bàn dự án [Luật phòng chống tham nhũng]DOC [hôm qua]DATE.",
        (("Luật phòng chống tham nhũng hôm", "DOC"),),
    ),
    (
        "Các tổ thảo luận [Luật phòng chống tham nhũng]DOC [chiều qua]DATE.",
        (("Luật phòng chống tham nhũng chiều", "DOC"),),
    ),
    # Lookalike: a law named by a listed subject ended before the day already.
    ("Các tổ thảo luận [Luật đất đai]DOC [sáng nay]DATE.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), DRAFTS)
def test_a_drafts_noun_stays_outside_the_law(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), COMPOUNDS)
def test_ordinance_and_french_speaking_name_no_country(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), RELATIVE_DAYS)
def test_a_lowercase_law_ends_before_a_relative_day(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
