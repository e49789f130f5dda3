"""A Vietnamese place name marked once in an article is a LOC at its bare mentions.

Each text is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest. In the lookalikes the name is marked
where it is a place, and must be no LOC at its other mention.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked, parse_marked

CARRIED = [
    # Introduced with a unit noun, `ở` or a works noun, then written bare.
    "Dân cư xã [Tân Lộc]LOC sống bằng nghề cá.\nNhiều hộ dân [Tân Lộc]LOC chưa nhận tiền.",
    "Cuộc sống ở [Phước Hòa]LOC còn khó.\nQuy hoạch [Phước Hòa]LOC đã có từ lâu.",
    "Nhà máy đóng tàu [Vạn Phong]LOC chậm tiến độ.\nDự án [Vạn Phong]LOC đội vốn.",
    "Người dân phường [Hòa Khánh]LOC khiếu nại.\n[Hòa Khánh]LOC sẽ thành khu công nghiệp.",
    "Ranh chưa chạm phường [Bình Lộc]LOC.\nNhà dân ở [Hòa An]LOC và [Bình Lộc]LOC bị thu hồi.",
]

NOT_CARRIED = [
    # An address word or a post before it: a person.
    "Người dân xã [Tân Lộc]LOC khiếu nại.\nÔng Tân Lộc, trưởng thôn, cho biết.",
    "Người dân xã [Phước Hòa]LOC trả lời.\nChủ tịch Phước Hòa nói thêm.",
    # Part of a person's name the article gives.
    "Ông [Trần Phước Hòa]PER sống ở xã [Phước Hòa]LOC.\nPhước Hòa cho biết sẽ khiếu nại.",
    # After a body's head or name, and inside a longer capitalised name.
    "Dân xã [Đồng Xuân]LOC góp tiền.\nTrường Mầm non Đồng Xuân được xây mới.",
    "Xã [Hòa Lợi]LOC mất mùa.\nCông ty Hòa Lợi Xanh thua lỗ.",
    # One syllable is not carried (`Vân` is a given name as often as a place).
    "Người dân xã [Vân]LOC khiếu nại.\nCô Vân cho biết.",
]


@pytest.mark.parametrize("text", CARRIED)
def test_a_place_marked_once_is_suggested_at_its_bare_mentions(
    rules: RuleSuggester, text: str
) -> None:
    check_marked(rules, text, ())


@pytest.mark.parametrize("text", NOT_CARRIED)
def test_a_place_is_not_carried_where_a_person_or_body_is_named(
    rules: RuleSuggester, text: str
) -> None:
    plain, expected = parse_marked(text)
    check_marked(rules, text, ())
    marked = {(s, e) for s, e, label in expected if label == "LOC"}
    places = {plain[s:e] for s, e in marked}
    extra = [
        plain[s.start : s.end]
        for s in rules.suggest(plain)
        if s.label == "LOC" and plain[s.start : s.end] in places and (s.start, s.end) not in marked
    ]
    assert not extra, f"carried where no place is meant: {extra}"


def test_a_place_at_a_line_end_is_carried_without_running_past_it(
    rules: RuleSuggester,
) -> None:
    """A headline ending on the place: looking for a four-word name there once sliced
    past the line's end, matched the two-word place and made a span beyond the line
    (a Dân trí article's suggestions failed whole)."""
    text = "Kẹt xe trên đường vào phà Cát Lái\nXe về bến phà ở phường Cát Lái, quận 2."
    spans = [(text[s.start : s.end], s.label) for s in rules.suggest(text)]
    assert spans.count(("Cát Lái", "LOC")) == 2, spans
