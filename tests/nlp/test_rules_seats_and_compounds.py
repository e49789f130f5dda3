"""Seats that belong to a name, envoys' ranks, country syllables inside common words, `TT`.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists (surface, label) pairs they must not suggest.
Each case pairs the construction with a lookalike it must leave alone.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # An appeal court named by its seat keeps the seat; another court's `tại` is a place.
    (
        "Năm 2004, [Tòa phúc thẩm TAND tối cao tại Đà Nẵng]ORG xử y án sơ thẩm.",
        (("Đà Nẵng", "LOC"), ("Tòa phúc thẩm TAND tối cao", "ORG")),
    ),
    (
        "Vụ án được [TAND tỉnh Quảng Nam]ORG đưa ra xét xử tại [Tam Kỳ]LOC.",
        (("TAND tỉnh Quảng Nam đưa ra xét xử tại Tam Kỳ", "ORG"),),
    ),
    # A body's representative in a country is a post; speaking for a body is none.
    (
        "Bà Lan, [đại diện UNICEF tại Lào]ROLE, cho biết thêm.",
        (("UNICEF", "ORG"), ("Lào", "LOC")),
    ),
    ("Sau đó, đại diện [VKS]ORG đã công bố bản luận tội.", (("đại diện VKS", "ROLE"),)),
    (
        "Các đại diện [Bộ Ngoại giao]ORG tại [Hà Nội]LOC dự lễ.",
        (("đại diện Bộ Ngoại giao tại Hà Nội", "ROLE"),),
    ),
    # An envoy keeps the seat with or without the state, and an envoy's rank.
    ("Nhật quyết định triệu hồi [đại sứ tại Bắc Kinh]ROLE để tham vấn.", (("Bắc Kinh", "LOC"),)),
    (
        "Ông gặp [Đại biện lâm thời của Pháp ở Hà Nội]ROLE hôm qua.",
        (("Đại biện", "ROLE"), ("Pháp", "LOC")),
    ),
    ("Họ cho rút [đại sứ]ROLE của mình tại [Libya]LOC.", (("đại sứ của mình tại Libya", "ROLE"),)),
    (
        "Trực thăng đậu trên nóc toà đại sứ ở [Sài Gòn]LOC.",
        (("đại sứ ở Sài Gòn", "ROLE"),),
    ),
    # A country syllable opening a common word is no place; as the subject of a verb it is.
    ("Cuốn “Nhật ký trong tù” được tái bản.", (("Nhật", "LOC"),)),
    ("Nhật báo Le Monde bình luận: “Đây là bước ngoặt”.", (("Nhật", "LOC"),)),
    ("Mỹ thuật đương đại có nhiều tìm tòi.", (("Mỹ", "LOC"),)),
    ("Hôm qua, [Nhật]LOC báo cáo với Hội đồng Bảo an.", ()),
    ("[Nhật]LOC ký kết hiệp định với [Ấn Độ]LOC.", ()),
    # `TT` before a name is the head of state's title; before anything else another word.
    ("Ngoài sự ủng hộ của [TT]ROLE [Obama]PER, dự luật còn cần phiếu.", ()),
    ("Ông từng là cố vấn của cựu [TT]ROLE [Lê Đức Anh]PER.", ()),
    ("Bệnh nhân được đưa tới TT Y tế huyện [Củ Chi]LOC.", (("TT", "ROLE"), ("Y", "PER"))),
    ("Hồ sơ được chuyển sang [Sở TT-TT Hà Nội]ORG xử lý.", (("TT", "ROLE"),)),
    (
        "Hôm qua [Tổng thống (TT) Pháp]ROLE [Jacques Chirac]PER tuyên bố.",
        (("Tổng thống", "ROLE"), ("Pháp", "LOC")),
    ),
    ("Hội thảo diễn ra ở [Trung tâm (TT)]ORG Hội nghị.", (("Trung tâm (TT)", "ROLE"),)),
    # A city's chief architect is a post with the city; an architect alone is a trade.
    (
        "Bản vẽ có dấu của [Kiến trúc sư trưởng TP HCM]ROLE lúc bấy giờ.",
        (("TP HCM", "LOC"), ("Kiến trúc sư", "ROLE")),
    ),
    ("Ông là kiến trúc sư, từng thiết kế nhiều công trình.", (("kiến trúc sư", "ROLE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_the_construction_is_suggested_and_its_lookalike_is_not(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


def test_bare_tt_is_the_title_only_after_the_article_wrote_it_out(rules: RuleSuggester) -> None:
    introduced = (
        "Hôm qua Tổng thống (TT) Pháp Jacques Chirac tuyên bố.\n"
        "Quyết định thuộc quyền của TT, theo hiến pháp.\n"
        "Cuộc bầu cử TT sẽ diễn ra năm sau."
    )
    bare = "Quyết định thuộc quyền của TT, theo hiến pháp."
    roles = [introduced[s.start : s.end] for s in rules.suggest(introduced) if s.label == "ROLE"]
    assert roles == ["Tổng thống (TT) Pháp", "TT"]
    assert not [s for s in rules.suggest(bare) if s.label == "ROLE"]
