"""Round 16: kinds of EVENT missed at blind time in three or more once-blind sets.

Invented sentences (other bodies, posts and outlets' styles than the gold files);
each kind has lookalikes where the rule must not fire.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

# A deliberative body's vote on a named post, on credentials, or of confidence in one
# office holder; credentials withdrawn by a body; a sitting by its point in the term.
ASSEMBLY_STEPS: list[Case] = [
    ("Chương trình chiều nay: [bỏ phiếu bầu Chánh án Tòa án nhân dân tối cao]EVENT.", ()),
    ("HĐND dành buổi chiều cho nhân sự: [bỏ phiếu bầu phó chủ tịch UBND tỉnh]EVENT.", ()),
    ("Kỳ họp sẽ xem xét, [bỏ phiếu bãi nhiệm tư cách đại biểu HĐND]EVENT của ông Tư.", ()),
    ("[HĐND tỉnh]ORG đã [bãi nhiệm tư cách đại biểu]EVENT của bà [Lê Thị Hoa]PER.", ()),
    ("Ông từng đề nghị [bỏ phiếu tín nhiệm]EVENT đối với chủ tịch tỉnh này.", ()),
    (
        "Nhiều đại biểu muốn [bỏ phiếu tín nhiệm]EVENT đối với [Bộ trưởng Bộ Y tế]ROLE.",
        (),
    ),
    ("Ý kiến này được nêu từ [kỳ họp cuối nhiệm kỳ]EVENT trước.", ()),
    ("Sáng nay đại hội tiến hành [phiên họp trù bị]EVENT.", ()),
    # Lookalikes: a right, a rule for every post, a hypothetical, a vote in general.
    ("Cử tri có quyền bỏ phiếu bãi nhiệm tư cách đại biểu.", (("bỏ phiếu bãi nhiệm", "EVENT"),)),
    (
        "Đại biểu có thể bị bãi nhiệm tư cách đại biểu nếu vi phạm.",
        (("bãi nhiệm tư cách đại biểu", "EVENT"),),
    ),
    (
        "Luật quy định bỏ phiếu tín nhiệm đối với các chức danh do Quốc hội bầu.",
        (("bỏ phiếu tín nhiệm", "EVENT"),),
    ),
    ("Nên bỏ phiếu tín nhiệm định kỳ hai năm một lần.", (("bỏ phiếu tín nhiệm", "EVENT"),)),
    (
        "Công dân đủ 18 tuổi được bỏ phiếu bầu đại biểu.",
        (("bỏ phiếu bầu đại biểu", "EVENT"), ("bỏ phiếu bầu", "EVENT")),
    ),
    ("Đầu nhiệm kỳ, ông hứa nhiều điều.", (("Đầu nhiệm kỳ", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), ASSEMBLY_STEPS)
def test_a_step_or_sitting_of_a_deliberative_body_is_one_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# Talks keep their topic; the sides after `giữa` and a class of bodies joined stay out.
TALKS: list[Case] = [
    ("Các [cuộc đàm phán hạt nhân]EVENT giữa [Iran]LOC và phương Tây bị đình trệ.", ()),
    ("Hai nước nhất trí nối lại [đàm phán thương mại tự do]EVENT vào năm tới.", ()),
    ("[Cuộc hòa đàm ngừng bắn]EVENT tại Doha kết thúc không có kết quả.", ()),
    ("Lào hy vọng sớm hoàn tất [đàm phán gia nhập WTO]EVENT.", ()),
    ("Hai bên mở lại [cuộc đàm phán trao đổi tù binh]EVENT hôm qua.", ()),
    # Lookalikes: a class of bodies joined, sides after `giữa`, a topic word as a verb.
    (
        "Việt Nam đang đàm phán gia nhập các tổ chức quốc tế.",
        (("đàm phán gia nhập", "EVENT"), ("đàm phán gia nhập các tổ chức quốc tế", "EVENT")),
    ),
    (
        "[Cuộc đàm phán hòa bình]EVENT giữa hai nước bế tắc.",
        (("Cuộc đàm phán hòa bình giữa hai nước", "EVENT"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), TALKS)
def test_talks_keep_their_topic(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# A meal taken with a titled guest is an official act; with anyone else it is none.
MEALS: list[Case] = [
    ("Thủ tướng Nhật Bản [ăn trưa]EVENT với Tổng thống Hàn Quốc tại Seoul.", ()),
    ("Hai nhà lãnh đạo [dùng bữa tối]EVENT cùng Quốc vương Thái Lan.", ()),
    ("Sau hội đàm, bà [ăn tối]EVENT với Thủ tướng Australia.", ()),
    # Lookalikes: family, workers, a friend named without a title.
    ("Tôi thường ăn trưa với gia đình vào cuối tuần.", (("ăn trưa", "EVENT"),)),
    ("Công nhân ăn trưa ngay tại công trường.", (("ăn trưa", "EVENT"),)),
    ("Chúng tôi ăn tối với ông Nam hôm qua.", (("ăn tối", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), MEALS)
def test_a_meal_with_a_titled_guest_is_an_official_act(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# An armed action held (`tiến hành`, `tổ chức`, `mở`) is named by its kind alone.
HELD_ACTIONS: list[Case] = [
    ("Hai nước sẽ tiến hành [diễn tập quân sự chung]EVENT vào tháng tới.", ()),
    ("Hải quân hai nước đã tổ chức [tập trận hải quân]EVENT ở vùng biển phía nam.", ()),
    ("Quân đội nước này vừa mở [chiến dịch quân sự quy mô lớn]EVENT.", ()),
    # Lookalikes: not held (limited, refused), or held with no kind.
    ("Kiev cam kết hạn chế tập trận chung với nước ngoài.", (("tập trận chung", "EVENT"),)),
    ("Họ tuyên bố không tiến hành tập trận.", (("tập trận", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), HELD_ACTIONS)
def test_an_armed_action_held_is_named_by_its_kind(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# A listed forum with its session's number glued by a hyphen is that session.
SESSIONS: list[Case] = [
    ("Thủ tướng dự [ASEM-12]EVENT tại Brussels.", ()),
    ("Đoàn Quốc hội tham dự [AIPA-41]EVENT theo hình thức trực tuyến.", ()),
    # Lookalikes: the forum alone, a count after a space, an aircraft's model.
    ("APEC 21 nền kinh tế thành viên đã nhất trí.", (("APEC 21", "EVENT"),)),
    ("Máy bay Su-30 rơi khi huấn luyện.", (("Su-30", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), SESSIONS)
def test_a_forum_with_its_session_number_is_that_session(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
