"""Round 15: the steps of a deliberative body's procedure, one particular step each.

Invented sentences (other bodies, posts and outlets' styles than the gold files);
lookalikes say the same words of any such step, a right, a rule or a proposal.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

VOTES: list[Case] = [
    ("[Hội đồng Bảo an]ORG đã [bỏ phiếu]EVENT thông qua nghị quyết mới.", ()),
    (
        "Chiều mai, [Đại hội]EVENT sẽ [bỏ phiếu bầu Ban Chấp hành Trung ương khóa XIII]EVENT.",
        (),
    ),
    ("[Quốc hội]ORG vừa [bỏ phiếu]EVENT với 90% đại biểu tán thành.", ()),
    ("Ảnh: bà [Trần Thị Lan]PER [bỏ phiếu bầu]EVENT tại hội nghị.", ()),
    # Lookalikes: a right, a condition, a vote of confidence in general, no body.
    ("Công dân đủ 18 tuổi được bỏ phiếu bầu đại biểu.", (("bỏ phiếu bầu", "EVENT"),)),
    ("Phải có 20% đại biểu tán thành mới bỏ phiếu.", (("bỏ phiếu", "EVENT"),)),
    ("Việc bỏ phiếu tín nhiệm phải làm thường xuyên.", (("bỏ phiếu tín nhiệm", "EVENT"),)),
    ("Nhiều cử tri bỏ phiếu từ sáng sớm.", (("bỏ phiếu", "EVENT"),)),
]

POLLS: list[Case] = [
    ("Hội nghị nghe kết quả [lấy phiếu tín nhiệm]EVENT các ủy viên.", ()),
    ("Ngày 3: [lấy tín nhiệm]EVENT chức danh [Chủ tịch nước]ROLE.", ()),
    ("Kết quả [xin ý kiến Thường trực Tỉnh ủy]EVENT đã được gửi về.", ()),
    ("Kết quả [lấy ý kiến đại biểu Quốc hội]EVENT cho thấy đa số tán thành.", ()),
    # Lookalikes: a rule of law, a poll of no one named, a person asking advice.
    (
        "Luật quy định trình tự lấy phiếu tín nhiệm đối với Chủ tịch UBND.",
        (("lấy phiếu tín nhiệm", "EVENT"),),
    ),
    ("Kết quả lấy ý kiến nhân dân sẽ được công bố.", (("lấy ý kiến", "EVENT"),)),
    ("Ông đã xin ý kiến gia đình trước khi nhận lời.", (("xin ý kiến", "EVENT"),)),
]

READINGS: list[Case] = [
    ("Đây là [lần thảo luận đầu tiên]EVENT về dự án luật này.", ()),
    ("Dự luật sẽ được thông qua ở [lần thảo luận]EVENT sau.", ()),
    ("Kết quả [lần bỏ phiếu thứ hai]EVENT gây bất ngờ.", ()),
    ("Trong [lần đụng trận đầu tiên]EVENT, hai bên đều thiệt hại.", ()),
    # Lookalikes: every reading, many readings.
    ("Mỗi lần thảo luận đầu tiên đều kéo dài.", (("lần thảo luận đầu tiên", "EVENT"),)),
    ("Sau nhiều lần thảo luận, dự án vẫn chưa được thông qua.", (("lần thảo luận", "EVENT"),)),
]

CREDENTIALS: list[Case] = [
    ("Hai người bị [bác tư cách đại biểu]EVENT vì khai man lý lịch.", ()),
    # Lookalike: credentials in general.
    ("Hội đồng sẽ xem xét tư cách đại biểu của những người này.", (("tư cách đại biểu", "EVENT"),)),
]

QUESTIONS: list[Case] = [
    # How a minister answers stays outside the answering.
    ("Bộ trưởng [Lê Văn Sơn]PER sẽ [trả lời chất vấn]EVENT trực tiếp tại hội trường.", ()),
    ("Đoàn có [buổi chất vấn nảy lửa]EVENT với Bộ trưởng.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), VOTES + POLLS + READINGS + CREDENTIALS + QUESTIONS)
def test_a_step_of_a_deliberative_body_is_one_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
