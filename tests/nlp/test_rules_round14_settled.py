"""Round 14: constructions the conventions of round 14 settled (decisions 2, 3, 10, 11).

Each is written as its construction with invented names and bodies; lookalikes
(private meetings, reviews owed by no one named, results as a rule of law,
fighting in general) sit beside them.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

MEETINGS: list[Case] = [
    # A titled person or a named body meets or receives a titled person, a body, a delegation.
    ("Thủ tướng Lê Văn Ba [gặp]EVENT Tổng thống Pháp tại Paris.", ()),
    ("Bộ trưởng Bộ Công Thương [gặp gỡ]EVENT đoàn doanh nghiệp Nhật Bản.", ()),
    ("[Tỉnh ủy Bình Dương]ORG [đón tiếp]EVENT đoàn công tác của Trung ương.", ()),
    ("Hôm nay, ông Morrison [gặp]EVENT Phó Chủ tịch Quốc hội.", ()),
    ("[Bộ Chính trị]ORG đã vui mừng [đón tiếp]EVENT đoàn đại biểu các dân tộc.", ()),
    ("[Ban Bí thư]ORG đã [tiếp]EVENT các đoàn đại biểu nhân dân.", ()),
    ("Thủ tướng Lê Văn Ba [gặp]EVENT chính giới, doanh nghiệp Úc.", ()),
    # Private or criminal meetings, `gặp` in another sense.
    ("Ngày 10/5, Hưng gặp bà Lan yêu cầu sửa bản vẽ.", (("gặp", "EVENT"),)),
    ("Người dân đòi gặp lãnh đạo nhưng không được.", (("gặp", "EVENT"),)),
    ("Thủ tướng gặp nhiều khó khăn trong điều hành.", (("gặp", "EVENT"),)),
    ("Tàu chở Chủ tịch tỉnh gặp nạn do chạy sai luồng.", (("gặp", "EVENT"),)),
]

REVIEWS: list[Case] = [
    # A review of a named affair, or asked of a named body.
    ("[Kiểm điểm]EVENT vụ Vinashin và báo cáo Quốc hội", ()),
    ("Qua [kiểm điểm]EVENT vụ PMU18, cần làm rõ trách nhiệm.", ()),
    ("Vụ này cần được Trung ương khóa X [kiểm điểm]EVENT một bước.", ()),
    # Reviews owed by no one named.
    ("Các đồng chí còn phải kiểm điểm.", (("kiểm điểm", "EVENT"),)),
    ("Thủ tướng yêu cầu kiểm điểm trách nhiệm.", (("kiểm điểm", "EVENT"),)),
]

ELECTIONS: list[Case] = [
    ("Kết quả [bầu cử]EVENT có gì đáng chú ý?", ()),
    ("Ba đơn vị bị huỷ kết quả [bầu cử]EVENT ở cấp xã.", ()),
    ("Các ứng viên chờ cho tới khi công bố kết quả bầu cử.", (("bầu cử", "EVENT"),)),
    ("Luật quy định thời hạn công bố kết quả bầu cử.", (("bầu cử", "EVENT"),)),
]

FIGHTING: list[Case] = [
    ("Sau hai tuần [xung đột quân sự]EVENT nổ ra ở [Sudan]LOC, giá lương thực tăng.", ()),
    ("Từ khi xảy ra [chiến sự]EVENT, nhiều người đã rời đi.", ()),
    ("[Giao tranh]EVENT lúc này đang diễn ra ác liệt trên nhiều hướng.", ()),
    ("Giao tranh là điều không tránh khỏi.", (("Giao tranh", "EVENT"),)),
    ("Quân đội Syria vẫn đang [giao tranh]EVENT ở ngoại ô.", ()),
    ("Nhiều lính bị thương trong khi [giao tranh]EVENT bảo vệ thị trấn.", ()),
    ("Các bên đang giao tranh cần ngừng bắn.", (("giao tranh", "EVENT"),)),
    ("Cần ngăn chặn xung đột giữa các cường quốc.", (("xung đột", "EVENT"),)),
    ("Luật quy định việc xử lý khi xung đột vũ trang xảy ra.", (("xung đột vũ trang", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), MEETINGS + REVIEWS + ELECTIONS + FIGHTING)
def test_a_settled_construction_is_suggested_and_its_lookalikes_are_not(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


SIGNINGS: list[Case] = [
    # What a signed agreement covers, after `về`, is inside (decision 1); parties and time outside.
    ("Hai nước đã [ký thỏa thuận về hợp tác nghề cá]EVENT hôm 5/3.", ()),
    ("Hai trường đã [ký kết hợp tác về đào tạo - nghiên cứu]EVENT giữa hai bên.", ()),
    ("Phe nổi dậy và chính phủ đã [ký thỏa thuận về việc ngừng bắn]EVENT.", ()),
    # A topic that runs on past its limit has no known end: the paper alone.
    (
        "Ông đã [ký hợp đồng]EVENT về việc mua sắm thiết bị cho bệnh viện và nhiều hạng mục"
        " khác của dự án lớn nhất tỉnh trong năm nay.",
        (),
    ),
    # A signing decided on is one; a rule about signing is none.
    ("Theo hãng tin, quyết định [ký thỏa thuận]EVENT đã được thông qua.", ()),
    ("Ông quy định ký hợp đồng trước khi làm.", (("ký hợp đồng", "EVENT"),)),
    # A cooperation said in general is no signing.
    ("Hai bên cần đẩy mạnh hợp tác về giáo dục.", (("hợp tác về giáo dục", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), SIGNINGS)
def test_a_signing_keeps_what_the_agreement_covers(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
