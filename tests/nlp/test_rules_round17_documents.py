"""Round 17 DOC kinds seen on unseen text in three or more once-blind sets.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

ISSUED: list[Case] = [
    # The year of issue between the number and the issuer with its subject is inside.
    ("Tỉnh đã thực hiện [Chỉ thị 12 năm 2004 của Thủ tướng về chống buôn lậu]DOC.", ()),
    (
        "UBND huyện ban hành [Quyết định 25 năm 2005 của UBND tỉnh về việc thu hồi đất]DOC.",
        (("năm 2005", "DATE"),),
    ),
    # Lookalike: with no issuer and subject after it the year stays a date of its own.
    ("[Nghị quyết 16]DOC [năm 2003]DATE đã được sửa đổi.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), ISSUED)
def test_the_year_of_issue_before_the_issuer_is_inside(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


LOWERCASE_PAPERS: list[Case] = [
    # A lowercase paper carried out, or named with its issuer, and its subject: one DOC.
    ("Khó khăn lớn là việc triển khai [nghị quyết của Quốc hội về phổ cập giáo dục]DOC.", ()),
    ("Các tỉnh đã quán triệt [chỉ thị của Ban Bí thư về chống tham nhũng]DOC.", ()),
    ("Theo [quyết định của UBND thành phố về giá đất năm 2006]DOC, dân được bồi thường.", ()),
    ("Tỉnh đang thực hiện [nghị quyết về phát triển kinh tế biển]DOC, ông Hải cho biết.", ()),
    # Lookalikes: papers in general, in the plural, or a subject that points back.
    ("Trung ương cần có nghị quyết về vấn đề này.", (("nghị quyết về vấn đề này", "DOC"),)),
    (
        "Không có quyết định của UBND tỉnh về việc này.",
        (("quyết định của UBND tỉnh về việc này", "DOC"),),
    ),
    (
        "Các quyết định của Bộ Quốc phòng về điều động cán bộ đã có hiệu lực.",
        (("quyết định của Bộ Quốc phòng về điều động cán bộ", "DOC"),),
    ),
    ("Ủy ban sẽ quyết định về công tác nhân sự.", (("quyết định về công tác nhân sự", "DOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), LOWERCASE_PAPERS)
def test_a_lowercase_paper_with_its_issuer_or_carried_out_is_a_document(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


LAW_VERBS: list[Case] = [
    # A law's lowercase name ends before what the law does.
    ("Sáu năm thực hiện [Pháp lệnh chống bán phá giá]DOC đưa ra nhiều bài học.", ()),
    ("[Luật phòng chống tham nhũng]DOC nêu rõ trách nhiệm người đứng đầu.", ()),
    ("[Luật đất đai]DOC cho phép người dân chuyển nhượng quyền sử dụng đất.", ()),
    ("[Pháp lệnh thực hành tiết kiệm, chống lãng phí]DOC đặt ra nhiều yêu cầu mới.", ()),
    # Lookalike: a verb inside the name itself stays inside.
    ("Quốc hội thông qua [Luật ban hành văn bản quy phạm pháp luật]DOC.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), LAW_VERBS)
def test_a_laws_name_ends_before_what_it_does(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


PROGRAMMES: list[Case] = [
    # The assembly's yearly programmes in lowercase, named by their year.
    ("Ủy ban thảo luận dự kiến [chương trình xây dựng luật, pháp lệnh 2008]DOC.", ()),
    ("Đại biểu góp ý [chương trình giám sát năm 2007 của Quốc hội]DOC tại tổ.", ()),
    ("Theo tờ trình, [chương trình hoạt động giám sát năm 2006]DOC gồm ba chuyên đề.", ()),
    # Lookalikes: no year, or another programme with a year.
    ("Quốc hội cần có chương trình giám sát riêng.", (("chương trình giám sát", "DOC"),)),
    (
        "Hội nghị đề ra chương trình hành động năm 2007.",
        (("chương trình hành động năm 2007", "DOC"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), PROGRAMMES)
def test_the_assemblys_yearly_programmes_are_documents(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
