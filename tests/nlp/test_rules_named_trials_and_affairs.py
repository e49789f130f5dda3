"""Trials named by the defendants or goods they try, affairs by their place or after
the words that point at one, rallies by the founding they mark, and a wave of
protests, a festival day named in capitals, a dismissal of a foreign holder of a
post, an appeal by a party: one EVENT each.

Each sentence is written here, not copied from an article, with names, places
and numbers the gold never saw; `[surface]LABEL` marks a span the rules must
suggest, `wrong` lists (surface, label) pairs they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A first-instance sitting named by its defendants counted, and the affair after `trong`.
    (
        "Hôm nay, tòa mở [phiên tòa sơ thẩm xét xử 12 bị cáo]EVENT trong đường dây làm giả giấy tờ.",
        (("phiên tòa sơ thẩm", "EVENT"), ("xét xử", "EVENT")),
    ),
    (
        "Tòa mở [phiên sơ thẩm xét xử 9 bị cáo trong vụ buôn lậu tại Móng Cái]EVENT.",
        (("phiên sơ thẩm", "EVENT"),),
    ),
    # Defendants not counted stay outside the sitting.
    ("Tòa mở [phiên tòa sơ thẩm]EVENT sau khi [xét xử]EVENT xong vụ khác.", ()),
    # A trial keeps the goods and size of what was done, and a company after `tại`.
    ("[Xét xử vụ vận chuyển hơn 40 kg thuốc phiện]EVENT", (("Xét xử vụ vận chuyển", "EVENT"),)),
    (
        "Sáng mai tòa tỉnh [xét xử vụ tham ô tại Vinapetro]EVENT.",
        (("xét xử vụ tham ô", "EVENT"),),
    ),
    # An affair named by a crime and the place it is known by, without a cue before it.
    ("Cán bộ bao che [vụ buôn lậu Tân Thanh]EVENT bị kỷ luật.", ()),
    ("Các vụ buôn lậu Tân Thanh đã được xử lý.", (("vụ buôn lậu Tân Thanh", "EVENT"),)),
    ("Một số người trong vụ tham ô ở Công ty Sông Hồng được giảm án.", ()),
    # An affair given as an example, charged, or whose suspects or damages are told.
    ("Có những sai phạm lớn như [vụ cao su]EVENT vừa qua.", ()),
    ("Công an tỉnh [khởi tố]EVENT [vụ phá rừng phòng hộ]EVENT.", ()),
    ("Tòa kê biên tài sản các bị can [vụ nước giả]EVENT.", ()),
    ("Tỉnh lo bồi thường [vụ đê vỡ]EVENT cho dân.", ()),
    ("Ở nhiều nơi như vụ việc ở xã bên, dân đã khiếu nại.", (("vụ việc", "EVENT"),)),
    # A rally keeps the founding it marks; a bare anniversary of one in a plan does not.
    (
        "Sáng nay, tại [lễ mít tinh kỷ niệm 70 năm thành lập ngành kiểm sát nhân dân]EVENT, "
        "ông phát biểu.",
        (("lễ mít tinh", "EVENT"),),
    ),
    (
        "Đến dịp kỷ niệm 100 năm thành lập nước, tỉnh phấn đấu có thu nhập cao.",
        (("kỷ niệm 100 năm thành lập nước", "EVENT"),),
    ),
    # A sitting of questioning with its classifier; bare questioning is a step in general.
    ("Hôm ấy, trong [phiên hỏi cung cuối cùng]EVENT, bị can khai nhận.", ()),
    ("Trong một lần hỏi cung, điều tra viên đã gợi ý.", (("hỏi cung", "EVENT"),)),
    # Going before the court is one act.
    ("Ông sẽ là bộ trưởng đầu tiên [ra hầu tòa]EVENT, báo chí cho biết.", (("hầu tòa", "EVENT"),)),
    # Negotiations by their other word, with the classifier; bare, a means in general.
    ("Ngày đầu của [cuộc thương thuyết Anh - Pháp]EVENT đã kết thúc.", ()),
    ("Hai nước muốn giải quyết tranh chấp qua thương thuyết.", (("thương thuyết", "EVENT"),)),
    # A warrant for an arrest or a search leaves `lệnh` outside the step.
    (
        "Sau đó, lệnh [khám xét]EVENT nơi ở của ông đã được thực hiện.",
        (("lệnh khám xét", "EVENT"),),
    ),
    ("Viện kiểm sát phê chuẩn lệnh [bắt giam]EVENT ông [Ba]PER.", (("lệnh bắt giam", "EVENT"),)),
    # An appeal by a party addressed by one name, or named by its role in the case.
    ("Tòa xử sơ thẩm nhưng bà [Lụa]PER [kháng cáo]EVENT.", ()),
    ("Gia đình người bị hại [kháng cáo]EVENT, tòa trên thụ lý.", ()),
    ("Bị cáo kháng cáo trong thời hạn 15 ngày theo luật.", (("kháng cáo", "EVENT"),)),
    # A dismissal of a foreign holder of a post, named after it.
    ("Tổng thống giải thích việc [cách chức]EVENT [Thủ tướng]ROLE [Petrovic]PER.", ()),
    ("Luật quy định quyền cách chức Thủ tướng Chính phủ.", (("cách chức", "EVENT"),)),
    # A festival day named in capitals; said in lowercase, a figure of speech.
    ("Tháng 9 có [ngày hội Văn hóa các dân tộc Tây Bắc]EVENT ở [Sơn La]LOC.", ()),
    ("Ngày bỏ phiếu là ngày hội của toàn dân.", (("ngày hội", "EVENT"),)),
    # A wave of protests is one event.
    (
        "Chính phủ phải lùi bước trước [làn sóng biểu tình]EVENT của sinh viên.",
        (("biểu tình", "EVENT"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_named_trials_affairs_and_rallies(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
