"""Round 31 EVENT kinds counted over the once-blind sets' blind-time errors.

Sentences written here in the style of the news, not copied from an article.
- A contract of private business signed (`ký hợp đồng mua`, `làm ăn`, `dịch
  vụ`) is no EVENT: false alarms in four once-blind sets, 17 of the gold's 19
  contract signings unmarked; a contract named otherwise stays.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked


def _events(rules: RuleSuggester, text: str) -> set[str]:
    return {text[s.start : s.end] for s in rules.suggest(text) if s.label == "EVENT"}


@pytest.mark.parametrize(
    ("text", "signing"),
    [
        (
            "Tháng 5/2004, Công ty Minh Phát đã ký hợp đồng mua 300 tấn thép của Công ty Hòa Bình.",
            "ký hợp đồng mua",
        ),
        (
            "Sau đó, ông Lê Văn Tâm vừa ký hợp đồng làm ăn với Công ty Thành Công ở Cần Thơ.",
            "ký hợp đồng làm ăn",
        ),
        (
            "Tháng 3/2005, bà Nguyễn Thị Lan đã ký hợp đồng dịch vụ pháp lý với luật sư Hùng.",
            "ký hợp đồng dịch vụ pháp lý",
        ),
    ],
)
def test_a_contract_of_private_business_is_no_event(
    rules: RuleSuggester, text: str, signing: str
) -> None:
    assert signing not in _events(rules, text)


def test_a_contract_named_otherwise_stays_an_event(rules: RuleSuggester) -> None:
    check_marked(
        rules,
        "Hai tổng công ty đã [ký kết một bản hợp đồng liên danh]EVENT để thi công cầu.",
        (),
    )


def test_a_trial_held_stays_an_event(rules: RuleSuggester) -> None:
    check_marked(rules, "Hôm qua, TAND tỉnh Bình Dương đã [xét xử]EVENT bị cáo Trần Văn Nam.", ())


@pytest.mark.parametrize(
    "line",
    [
        "Cơ quan điều tra đã trả hồ sơ để điều tra bổ sung [vụ tiêu cực]EVENT tại Công ty Hòa Phát.",
        "Ông Trần Văn Minh là người thứ tư bị bắt trong [vụ tham ô]EVENT (năm 2005) ở Hà Nội.",
        "[Vụ tham nhũng]EVENT tại dự án cải tạo kênh Nhiêu Lộc đã được đưa ra ánh sáng.",
    ],
)
def test_one_affair_named_by_its_misdeed_is_an_event(rules: RuleSuggester, line: str) -> None:
    check_marked(rules, line, ())


@pytest.mark.parametrize(
    ("text", "affair"),
    [
        ("Năm qua, ngành thanh tra đã phát hiện các vụ tham nhũng ở nhiều tỉnh.", "vụ tham nhũng"),
        ("Sau vụ tiêu cực này, Bộ đã rà soát lại toàn bộ quy trình cấp phép.", "vụ tiêu cực"),
        ("Tòa đã xét xử 3 vụ lừa đảo trong tháng trước.", "vụ lừa đảo"),
    ],
)
def test_misdeeds_counted_or_pointed_back_are_no_one_affair(
    rules: RuleSuggester, text: str, affair: str
) -> None:
    assert affair not in _events(rules, text)


def test_a_misdeed_placed_with_o_is_left_to_the_reader(rules: RuleSuggester) -> None:
    """Before a place after `ở` the gold marks one such affair in three: no EVENT."""
    text = "Một số người trong vụ tham ô ở Công ty Dệt Hà Tây đã được đặc xá."
    assert "vụ tham ô" not in _events(rules, text)


@pytest.mark.parametrize(
    "line",
    [
        "Vì sao Trần Văn Hải chỉ bị [xử phạt cảnh cáo]EVENT?",
        "Bị cáo Trần Văn Hải bị [xử phạt]EVENT theo khoản 2 Điều 165 Bộ luật Hình sự.",
        "Trùm ma túy Nguyễn Văn Tư (tức Tư Lùn) bị [xử]EVENT tù chung thân năm 2001.",
    ],
)
def test_a_sentence_passed_in_the_passive_is_an_event(rules: RuleSuggester, line: str) -> None:
    check_marked(rules, line, ())


def test_a_sentence_to_come_is_none(rules: RuleSuggester) -> None:
    text = "Người vi phạm sẽ bị xử phạt theo quy định của pháp luật."
    assert "xử phạt" not in _events(rules, text)


def test_a_fine_told_bare_is_none(rules: RuleSuggester) -> None:
    text = "Các cơ sở sản xuất gây ô nhiễm ở Bình Dương đã bị xử phạt."
    assert "xử phạt" not in _events(rules, text)
