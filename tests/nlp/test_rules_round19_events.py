"""Round 19 EVENT shapes that carry to unseen text: hazards that struck, and what a
body will consider.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

HAZARDS: list[Case] = [
    # A hazard counted once by `trận`, an evaluative word inside.
    ("Hàng trăm người thiệt mạng trong [trận động đất]EVENT ở Nepal.", ()),
    ("Tỉnh chịu thiệt hại nặng sau [trận lũ quét dữ dội]EVENT tuần qua.", ()),
    # A storm named by its name or number, then referred back to.
    ("[Cơn bão số 9]EVENT đổ bộ vào miền Trung. Sau [bão]EVENT, tỉnh khắc phục hậu quả.", ()),
    (
        "Tiền được gửi cho nạn nhân [siêu bão Haiyan]EVENT. [Cơn bão]EVENT làm hàng nghìn "
        "người chết. Chính phủ bị chỉ trích vì ứng phó chậm với [Haiyan]EVENT.",
        (),
    ),
    # Lookalikes: several hazards, a season, the fight against them, a body's name.
    ("Vùng này có thể hứng chịu những trận động đất lớn hơn.", (("trận động đất", "EVENT"),)),
    ("Thủ tướng chỉ đạo phòng chống lụt bão trong mùa bão lũ.", (("bão", "EVENT"),)),
    ("Trước mùa mưa, tỉnh tăng cường phòng chống bão.", (("bão", "EVENT"),)),
    (
        "Quỹ cứu trợ nạn nhân bão Katrina cảm ơn Việt Nam.",
        (("bão Katrina", "EVENT"), ("Katrina", "EVENT")),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), HAZARDS)
def test_a_hazard_that_struck_is_an_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


INTERVIEWS: list[Case] = [
    # A talk given to a newspaper named before it in the clause is an interview: none.
    (
        "Ông khẳng định như vậy với Tuổi Trẻ trong cuộc trao đổi sáng nay.",
        (("cuộc trao đổi", "EVENT"),),
    ),
    ("Bà nói với phóng viên trong cuộc trao đổi hôm qua.", (("cuộc trao đổi", "EVENT"),)),
    # Lookalike: a talk between officials stays an EVENT.
    ("Hai bộ trưởng có [cuộc trao đổi]EVENT với nhau về hợp tác kinh tế.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), INTERVIEWS)
def test_a_talk_given_to_a_paper_is_an_interview(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


CONSIDERED: list[Case] = [
    # A body about to consider withdrawing a named deputy's credentials: the step is an EVENT.
    (
        "Cuối kỳ họp, Quốc hội sẽ xem xét việc [bãi nhiệm tư cách đại biểu]EVENT của ông "
        "[Trần Văn Bình]PER.",
        (),
    ),
    # Lookalike: citizens proposing it, no body acting.
    (
        "Cử tri đề nghị xem xét việc miễn nhiệm tư cách đại biểu của ông Trần Văn Bình.",
        (("miễn nhiệm tư cách đại biểu", "EVENT"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), CONSIDERED)
def test_a_body_considering_a_deputys_credentials(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


PURPOSES: list[Case] = [
    # A bare sitting in a clause of purpose is any sitting: none.
    ("Bộ trưởng trả lời không phải để cho cuộc họp chóng kết thúc.", (("cuộc họp", "EVENT"),)),
    ("Đừng trả lời để cho qua buổi họp rồi ra về.", (("buổi họp", "EVENT"),)),
    # Lookalikes: a sitting prepared for, a sitting named by its number.
    ("Ủy ban chuẩn bị cho [cuộc họp]EVENT [ngày mai]DATE.", ()),
    ("Các bộ phối hợp để cho [kỳ họp thứ 6]EVENT thành công.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), PURPOSES)
def test_a_sitting_as_a_purpose_is_any_sitting(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


RETURNS: list[Case] = [
    # A trip back to a country is one trip, as a visit is; the place stays its own LOC.
    ("Trong [chuyến trở lại]EVENT [Nhật Bản]LOC mới đây, ông đã gặp nhiều doanh nghiệp.", ()),
    # Lookalike: trips home in the plural.
    ("Các chuyến trở về quê của công nhân đều kín chỗ.", (("chuyến trở về", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), RETURNS)
def test_a_trip_back_is_one_trip(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


WARS_OVER: list[Case] = [
    # A war told as over, by what came after it or by what it is now, is one war.
    ("Nhiều cựu binh trở lại Việt Nam 25 năm sau [chiến tranh]EVENT.", ()),
    ('"[Chiến tranh]EVENT đã lùi xa, chúng ta phải nhìn về tương lai", ông nói.', ()),
    (
        "[Chiến tranh]EVENT là quá khứ. Trong [chiến tranh]EVENT có nhiều gia đình ly tán.",
        (),
    ),
    # Lookalikes: a war that may come, war crimes, a kind of war after `sau`.
    ("Luật quy định khi có chiến tranh thì báo chí phải tuân thủ.", (("chiến tranh", "EVENT"),)),
    ("Họ bị cáo buộc phạm tội ác chiến tranh.", (("chiến tranh", "EVENT"),)),
    ("Nền kinh tế phục hồi sau chiến tranh thương mại.", (("chiến tranh", "EVENT"),)),
    (
        "Tây Nguyên anh hùng trong chiến tranh, tươi đẹp trong hòa bình.",
        (("chiến tranh", "EVENT"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), WARS_OVER)
def test_a_war_told_as_over_is_one_war(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
