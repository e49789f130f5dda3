"""Round 17: EVENT heads the blind-time rules never proposed anything over.

Invented sentences (other bodies, posts and outlets' styles than the gold files);
lookalikes say the same words where no particular event is meant.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

# A poll a body holds, written `lấy phiếu …` / `lấy biểu quyết` (`polls.py`).
POLLS: list[Case] = [
    ("Đại hội (ĐH) đã khai mạc. ĐH đã [lấy biểu quyết]EVENT bằng cách giơ tay.", ()),
    ("[Quốc hội]ORG đã [lấy phiếu tín nhiệm]EVENT đối với 44 chức danh.", ()),
    ("[Hội đồng nhân dân tỉnh]ORG sẽ [lấy phiếu bất tín nhiệm]EVENT trong phiên chiều.", ()),
    ("Buổi chiều, đại hội sẽ [lấy phiếu giới thiệu]EVENT của đại biểu về nhân sự.", ()),
    ("Dự thảo được hội nghị [lấy phiếu biểu quyết]EVENT thông qua ngay tại hội trường.", ()),
    ("Sau phần thảo luận, kỳ họp tiếp tục [lấy phiếu thăm dò]EVENT về hai phương án.", ()),
    ("Ban tổ chức công bố kết quả [lấy phiếu đề cử]EVENT vào chiều nay.", ()),
    ("Tỉnh ủy đã tổ chức [lấy phiếu giới thiệu]EVENT cán bộ quy hoạch.", ()),
    # Lookalikes: a rule of law, a right, a proposal, no body; consulting is no vote.
    (
        "Luật quy định trình tự lấy phiếu biểu quyết đối với các dự án luật.",
        (("lấy phiếu biểu quyết", "EVENT"),),
    ),
    ("Quốc hội nên lấy phiếu tín nhiệm định kỳ.", (("lấy phiếu tín nhiệm", "EVENT"),)),
    ("Việc lấy biểu quyết cần công khai, minh bạch.", (("lấy biểu quyết", "EVENT"),)),
    ("Ban tổ chức đại hội sẽ lấy ý kiến các đại biểu.", (("lấy ý kiến", "EVENT"),)),
    ("Các trường đại học sẽ lấy phiếu khảo sát sinh viên.", (("lấy phiếu", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), POLLS)
def test_a_poll_a_body_holds_is_one_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


NOT_POLLS = [
    "Người được lấy phiếu tín nhiệm có quá nửa số phiếu thì được giữ chức.",
    "Nhiều nơi chưa lấy phiếu thăm dò ý kiến của cử tri.",
]


@pytest.mark.parametrize("line", NOT_POLLS)
def test_a_poll_of_no_body_is_no_event(rules: RuleSuggester, line: str) -> None:
    assert not [s for s in rules.suggest(line) if s.label == "EVENT"]


# A bare `ĐH` in an article that named a party congress in full (`congress_words.py`).
CONGRESS: list[Case] = [
    (
        "Chiều nay [Đại hội Đảng lần thứ XIII]EVENT bế mạc. [ĐH]EVENT nhất trí thông qua nghị quyết.",
        (),
    ),
    ("[Đại hội XII]EVENT đã làm việc cả ngày. Sáng mai [ĐH]EVENT sẽ nghe báo cáo.", ()),
    # Lookalikes: schooling and a university in the same article; no party congress named.
    (
        "[Đại hội Đảng lần thứ XIII]EVENT bế mạc. Đa số đại biểu có trình độ ĐH trở lên.",
        (("ĐH", "EVENT"),),
    ),
    ("Em đã đỗ ĐH năm nay. Đại hội Thể thao toàn quốc sắp khai mạc.", (("ĐH", "EVENT"),)),
    ("Sau khi tốt nghiệp ĐH, anh về quê lập nghiệp.", (("ĐH", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CONGRESS)
def test_a_bare_congress_abbreviation_is_the_congress_named(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# A campaign with its purpose: an election, sanctions, an armed operation (`campaigns.py`).
CAMPAIGNS: list[Case] = [
    ("Ngay từ [chiến dịch tranh cử]EVENT [năm 2016]DATE, ông đã dùng mạng xã hội.", ()),
    ("Đây là một phần của [chiến dịch cấm vận mới nhất của phương Tây]EVENT.", ()),
    ("Không quân mở [chiến dịch không kích]EVENT vào các căn cứ phiến quân.", ()),
    ("[Chiến dịch vận động tranh cử]EVENT của bà [Lê Thị Hoa]PER kết thúc tối qua.", ()),
    # Lookalikes: many campaigns, drives and propaganda.
    ("Các chiến dịch tranh cử thường rất tốn kém.", (("chiến dịch tranh cử", "EVENT"),)),
    ("Sở Y tế phát động chiến dịch tiêm chủng mở rộng.", (("chiến dịch tiêm chủng", "EVENT"),)),
    ("Họ gọi đây là chiến dịch thông tin sai lệch.", (("chiến dịch thông tin", "EVENT"),)),
    ("Nhiều chiến dịch trừng phạt đã không hiệu quả.", (("chiến dịch trừng phạt", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CAMPAIGNS)
def test_a_campaign_with_its_purpose_is_one_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
