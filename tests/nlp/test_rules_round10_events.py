"""Round 10 events that unseen outlets write: campaigns, offensives, sides of a
conflict, questioning sessions, congress numbers, custody and anniversaries.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A roman congress number is never a count, whatever follows it.
    ("Các đại biểu khẳng định [Đại hội XI]EVENT thành công tốt đẹp.", ()),
    ("Ông cho rằng [Đại hội X]EVENT đánh dấu bước ngoặt.", (("Đại hội", "EVENT"),)),
    ("Xã tổ chức [hội nghị]EVENT 5 bộ phận cùng dự.", (("hội nghị 5", "EVENT"),)),
    # A campaign named by a name or a place, or waged in a named place.
    ("Đỉnh cao là [chiến dịch Hồ Chí Minh]EVENT [năm 1975]DATE.", ()),
    ("Cựu binh kể về [chiến dịch Điện Biên Phủ]EVENT.", ()),
    ("Binh sĩ [Nga]LOC tham gia [chiến dịch]EVENT ở [Syria]LOC.", ()),
    # Lookalikes: campaigns of many, a campaign of another kind, a title cut in case.
    ("Họ mở các chiến dịch ở [Syria]LOC.", (("chiến dịch", "EVENT"),)),
    ("Thành đoàn mở chiến dịch tình nguyện hè ở [Huế]LOC.", (("chiến dịch", "EVENT"),)),
    ("Chiến dịch Mùa hè xanh thu hút sinh viên.", (("Chiến dịch Mùa", "EVENT"),)),
    ("Đội tuyển tập trung cho chiến dịch World Cup 2026.", (("chiến dịch World Cup", "EVENT"),)),
    # A general offensive keeps its uprising and its season or lunar year.
    ("Ký ức về [cuộc tổng tiến công và nổi dậy mùa xuân]EVENT lịch sử.", ()),
    ("Nhân chứng của [cuộc Tổng tấn công Tết Mậu Thân 1968]EVENT kể lại.", ()),
    ("Ông bàn về tổng tiến công trong lý luận quân sự.", (("tổng tiến công", "EVENT"),)),
    # A conflict named by its two sides.
    ("Giá dầu tăng sau khi [cuộc xung đột Nga - Ukraine]EVENT nổ ra.", ()),
    ("Thương vong trong [cuộc chiến Israel - Hamas]EVENT tăng.", ()),
    # A campaign or meeting held is particular, `một` before it too.
    ("Quân đội đang tiến hành một [chiến dịch quân sự]EVENT quy mô lớn.", ()),
    ("Huyện sẽ tổ chức một [hội nghị]EVENT với doanh nghiệp.", ()),
    ("Ông dự định viết một hội nghị giả tưởng.", (("hội nghị", "EVENT"),)),
    # Questioning at a session: a sitting of it, or ministers answering.
    ("Các đại biểu có [buổi chất vấn gay gắt]EVENT với [Bộ trưởng]ROLE [Lê Văn Ba]PER.", ()),
    ("Hai [bộ trưởng]ROLE [trả lời chất vấn]EVENT trong [phiên chất vấn]EVENT chiều qua.", ()),
    ("Ông cho rằng việc chất vấn tại hội trường chưa đủ.", (("chất vấn", "EVENT"),)),
    # A dismissal of someone named after his post.
    ("Quốc hội xem xét [bãi nhiệm]EVENT [đại biểu]ROLE [Trần Văn Bình]PER.", ()),
    ("Tỉnh có quyền bãi nhiệm, miễn nhiệm cán bộ.", (("bãi nhiệm", "EVENT"),)),
    # Custody as a state is no arrest; being held for a term is.
    ("Phòng xử chia chỗ cho các bị cáo tạm giam và bị cáo tại ngoại.", (("tạm giam", "EVENT"),)),
    ("Các bị cáo dù đang bị tạm giam vẫn mặc thường phục.", (("tạm giam", "EVENT"),)),
    ("Năm 1994, Tâm lại bị [tạm giam]EVENT 3 tháng.", ()),
    # Kinds of ceremony listed together are events in general; one named work is not.
    ("Hạn chế khai trương, động thổ và khánh thành công trình.", (("khánh thành", "EVENT"),)),
    ("Bớt dự lễ kỷ niệm, đại hội thi đua, khởi công, khánh thành...", (("đại hội", "EVENT"),)),
    ("Bớt dự lễ kỷ niệm, đại hội thi đua, khởi công.", (("hội thi", "EVENT"),)),
    ("Tỉnh đã khởi công và [khánh thành]EVENT cầu Rạch Miễu.", ()),
    ("Sáng nay, quận 7 [khánh thành]EVENT Nhà văn hóa.", ()),
    # An invasion after its classifier, a resistance war named by its enemy.
    ("Quân dân chống lại [cuộc xâm lược của Nga]EVENT suốt 5 ngày.", ()),
    ("Ông kể về [cuộc kháng chiến chống Mỹ]EVENT cứu nước.", ()),
    ("Tinh thần kháng chiến chống giặc còn mãi.", (("kháng chiến chống giặc", "EVENT"),)),
    ("So sánh với [cuộc tổng tiến công Mậu Thân 1968]EVENT ở miền Nam.", ()),
    # An opening or closing sitting keeps what it opens.
    ("Phát biểu trong [buổi khai mạc hội nghị]EVENT, ông nói.", (("buổi khai mạc", "EVENT"),)),
    ("[Lễ bế mạc Đại hội XIII]EVENT diễn ra [sáng nay]DATE.", ()),
    ("Ông phát biểu khai mạc [hội nghị]EVENT.", (("khai mạc hội nghị", "EVENT"),)),
    # A ceremony held or attended, named by what it does.
    ("Ông đã dự [lễ đặt tên Quảng trường Việt Nam]EVENT tại trường.", ()),
    ("Huyện tổ chức [lễ dâng hương tưởng niệm các anh hùng liệt sĩ]EVENT [sáng 27/7]DATE.", ()),
    # A listed ceremony held takes what it does; attended, it keeps its own extent.
    ("Sở long trọng tổ chức [lễ đón nhận danh hiệu Anh hùng Lao động]EVENT.", ()),
    (
        "Đại biểu dự [lễ khánh thành]EVENT nhà văn hóa xã.",
        (("lễ khánh thành nhà văn hóa xã", "EVENT"),),
    ),
    ("Tỉnh tổ chức [lễ đón]EVENT [Thủ tướng]ROLE [Lê Văn Hà]PER.", ()),
    # Lookalikes: a receptionist, a festival, a pagoda visit, a bare mention.
    ("Cô đi làm lễ tân ở khách sạn.", (("lễ tân", "EVENT"),)),
    ("Phường tổ chức lễ hội đường phố.", (("lễ hội đường phố", "EVENT"),)),
    ("Họ dùng xe công đi lễ chùa.", (("lễ chùa", "EVENT"),)),
    # A meeting of office holders named up to its number, its acronym in brackets inside.
    ("[Hội nghị Bộ trưởng Quốc phòng ASEAN lần thứ 16 (ADMM-16)]EVENT khai mạc.", ()),
    ("[Hội nghị Thượng đỉnh G7 (G7)]EVENT bàn về khí hậu.", ()),
    ("[Hội nghị]EVENT ([hôm qua]DATE) bàn nhiều việc.", ()),
    ("[Hội nghị]EVENT [Bộ trưởng]ROLE [Lê Văn Ba]PER phát biểu lần thứ hai.", ()),
    # A numbered meeting of a forum is one event with the forum.
    (
        "Sáng nay, [hội nghị lần thứ 20 Diễn đàn Nghị viện châu Á - Thái Bình Dương (APPF-20)]EVENT"
        " khai mạc.",
        (),
    ),
    ("Tại [kỳ họp thứ 5]EVENT, [Quốc hội]ORG thông qua luật.", ()),
    # A step under a condition or whenever it comes is no particular event.
    ("Bị cáo được thay thường phục khi ra tòa.", (("ra tòa", "EVENT"),)),
    ("Trại thông báo trước ngày xét xử cho gia đình.", (("xét xử", "EVENT"),)),
    ("Trước khi Tòa tuyên án, bị cáo chưa bị coi là có tội.", (("tuyên án", "EVENT"),)),
    ("Sẽ khó hơn nếu phiên tòa đó đông người.", (("phiên tòa", "EVENT"),)),
    ("Sau khi [tuyên án]EVENT, bị cáo kháng cáo.", ()),
    ("Khi [kỳ họp]EVENT bế mạc, các đại biểu về địa phương.", ()),
    ("Kể từ khi [cuộc chiến]EVENT bắt đầu, giá dầu tăng.", ()),
    # A meeting's purpose ends before the day it is held.
    ("Qua [cuộc họp kiểm điểm]EVENT [chiều 27-3]DATE, tôi thấy nhiều vấn đề.", ()),
    ("[Hội nghị bàn về công tác cán bộ]EVENT [sáng 5/3]DATE diễn ra tại [Huế]LOC.", ()),
    # An anniversary counted with `lần thứ`, a celebration with the partner it names.
    ("Cả nước [kỷ niệm lần thứ 80 năm Ngày Quốc tế Lao động]EVENT.", ()),
    ("Hai nước tổ chức [lễ kỷ niệm 30 năm thiết lập quan hệ ngoại giao với Lào]EVENT.", ()),
    ("Nhóm bạn kỷ niệm lần thứ 2 gặp nhau.", (("kỷ niệm lần thứ 2", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_the_event_is_suggested_and_its_lookalikes_are_not(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
