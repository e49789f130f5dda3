"""Posts the once-blind sets news21–news30 showed the rules cutting: a post runs on
through `phụ trách` and its duty up to the holder's name.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs they
must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

DUTIES: list[Case] = [
    (
        "Sau đó [phó giám đốc phụ trách kỹ thuật]ROLE [Nguyễn Văn Bình]PER bị đình chỉ.",
        (("phó giám đốc", "ROLE"),),
    ),
    (
        "Tiếp đón có [Bộ trưởng phụ trách các vấn đề người Syria ở nước ngoài]ROLE"
        " [Buthaina Shaaban]PER.",
        (("Syria", "LOC"),),
    ),
    ("Dự có [Bộ trưởng phụ trách Hoàng cung]ROLE cùng các quan chức.", ()),
    # A duty running on into a clause, or no duty at all, leaves the post alone.
    (
        "Mấy năm nay [bộ trưởng]ROLE phụ trách chuẩn bị đầu tư, ký giao cho cấp dưới.",
        (("bộ trưởng phụ trách chuẩn bị đầu tư", "ROLE"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), DUTIES)
def test_a_post_keeps_the_duty_it_is_charged_with(rules: RuleSuggester, line: str, wrong) -> None:
    check_marked(rules, line, wrong)


SHORT_FORMS: list[Case] = [
    (
        "Hôm qua các [đại biểu Quốc hội (ĐBQH)]ROLE [Nguyễn Minh Triết]PER đã họp; đoàn ĐBQH"
        " TP cũng họp.",
        (("ĐBQH", "ROLE"), ("đại biểu Quốc hội", "ROLE")),
    ),
    ("Đại hội bầu [ủy viên Ban Chấp hành T.Ư (BCH T.Ư) khóa X]ROLE; sau đó bế mạc.", ()),
    # The short form names the post again, bare, later in the article.
    (
        "Kỷ luật ông [Lê Văn Tâm]PER, nguyên [Ủy viên Thường vụ (UVTV)]ROLE, [Phó Bí thư Tỉnh"
        " ủy]ROLE; ông [Trần Văn Lộc]PER, nguyên [UVTV]ROLE, [Phó Chủ tịch UBND tỉnh]ROLE.",
        (),
    ),
    # A place or an outlet's credit in brackets is no short form of the post.
    ("Ông là [Giám đốc Công ty Dầu khí]ROLE ([TP HCM]LOC) từ năm ngoái.", ()),
    ("Tiếp [Chủ tịch Quốc hội Hàn Quốc]ROLE ([NLĐ]ORG)- Ngày 16-1, tại Hà Nội.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), SHORT_FORMS)
def test_a_post_keeps_its_bracketed_short_form(rules: RuleSuggester, line: str, wrong) -> None:
    check_marked(rules, line, wrong)


BARE_MEMBERS: list[Case] = [
    ("Phiên họp phải có mặt ít nhất 2/3 ủy viên, thay vì quá bán.", (("ủy viên", "ROLE"),)),
    ("Đại hội bầu ban chấp hành mới với 11 ủy viên, bầu 14 đại biểu.", (("ủy viên", "ROLE"),)),
    # A member's status or holder makes it a post.
    ("Danh sách gồm 160 [ủy viên chính thức]ROLE và 25 [ủy viên dự khuyết]ROLE.", ()),
    ("Phát biểu có [ủy viên]ROLE [Nguyễn Văn An]PER.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), BARE_MEMBERS)
def test_a_bare_member_word_is_no_post(rules: RuleSuggester, line: str, wrong) -> None:
    check_marked(rules, line, wrong)
