"""Places and names the once-blind sets news21–news30 showed the rules misreading: a
sea or strait named after a place, a company's short name after `tại`, and rarer
family names.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs they
must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

SEAS: list[Case] = [
    ("Tàu tuần tra qua [eo biển Đài Loan]LOC hôm qua.", (("Đài Loan", "LOC"),)),
    ("Hải quân sẽ đưa tàu khu trục tới [biển Nhật Bản]LOC.", (("Nhật Bản", "LOC"),)),
    # The waters or the coast of a state keep the state alone.
    ("Tàu cá xâm phạm vùng biển [Việt Nam]LOC.", (("biển Việt Nam", "LOC"),)),
    ("Sóng lớn đánh vào bờ biển [Nhật Bản]LOC.", (("biển Nhật Bản", "LOC"),)),
    ("Tàu ngầm gặp nạn trên biển [Thái Bình Dương]LOC.", (("biển Thái Bình Dương", "LOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), SEAS)
def test_a_sea_named_after_a_place_keeps_its_noun(rules: RuleSuggester, line, wrong) -> None:
    check_marked(rules, line, wrong)


COMPANIES: list[Case] = [
    (
        "Ông Hà ([phó tổng giám đốc Liên doanh dầu khí Petrovietco]ROLE) bị bắt. Thất"
        " thoát 54 tỷ đồng ở [Petrovietco]ORG.",
        (("Petrovietco", "LOC"),),
    ),
    (
        "Ông Hà (nguyên [phó tổng giám đốc phụ trách thương mại Petrovietco]ROLE) bị bắt."
        " Vụ tiêu cực ở [Petrovietco]ORG được điều tra.",
        (("Petrovietco", "LOC"),),
    ),
    # A town's authority names no company; a foreign word after `ở` stays a place.
    (
        "[Chính quyền Vasylkiv]ORG cho biết tên lửa rơi xuống thành phố [Vasylkiv]LOC.",
        (("Vasylkiv", "ORG"),),
    ),
    ("Ông từng sống ở [Vladivostok]LOC nhiều năm.", (("Vladivostok", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), COMPANIES)
def test_a_word_a_body_is_named_by_is_no_place(rules: RuleSuggester, line, wrong) -> None:
    check_marked(rules, line, wrong)


FAMILY_NAMES: list[Case] = [
    ("Hai ông phó ban là [Bì Văn Tư]PER và [Đậu Hồng Lam]PER.", ()),
    ("Giám đốc [Lầu Chí Minh]PER đã nhập lậu nhiều lần.", ()),
    # The same syllables in lowercase are words: `đậu` (a bean), `lầu` (a storey).
    ("Nông dân trồng đậu Hồng Lam trên lầu Văn Tư.", (("đậu Hồng Lam", "PER"),)),
]


@pytest.mark.parametrize(("line", "wrong"), FAMILY_NAMES)
def test_rarer_family_names_open_a_name(rules: RuleSuggester, line, wrong) -> None:
    check_marked(rules, line, wrong)
