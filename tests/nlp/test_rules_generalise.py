"""Rules for kinds of spans that unseen outlets write: one sentence per pattern.

Each sentence is written here, not copied from an article: the patterns
(incidents after a classifier, cases named by defendant, a state's army or
government, a given name alone, bylines with an aside, photo credits, lunar
days, receptions, title-cased building names, rooms named after an
event, anniversaries of relations) must hold for names and places
the gold never saw. `[surface]LABEL` marks a span the rules must suggest;
`wrong` lists surfaces that must not be suggested with that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Hai người bị thương trong [vụ tai nạn]EVENT trên quốc lộ 1.", ()),
    ("[Cuộc không kích]EVENT đêm qua làm sập một cây cầu.", ()),
    ("Nguyên nhân [vụ tai nạn tàu SE7]EVENT đang được làm rõ.", ()),
    ("Ông từng tham gia [cuộc chiến Afghanistan lần thứ hai]EVENT khi còn trẻ.", ()),
    ("Quân ly khai nói [trận giao tranh bằng súng máy]EVENT kéo dài ba giờ.", ()),
    ("Lực lượng này tấn công vào thị trấn.", (("tấn công", "EVENT"),)),
    ("Cơ quan chức năng chưa xem xét xử lý vi phạm.", (("xét xử", "EVENT"),)),
    ("Các bị cáo trong [vụ án Phạm Công Danh]EVENT kháng cáo.", ()),
    ("Ông được điều về Vụ Tổ chức cán bộ.", (("Vụ Tổ chức", "EVENT"),)),
    ("Hôm qua, [chính phủ Pháp]ORG đã bác bỏ tin này.", ()),
    ("Theo [quân đội Israel]ORG, hai binh sĩ bị thương.", (("Israel", "LOC"),)),
    ("Các thành viên [tiểu đoàn Aidar]ORG rút khỏi làng.", ()),
    ("Hai tiểu đoàn Việt Nam tham gia diễn tập.", (("tiểu đoàn Việt Nam", "ORG"),)),
    (
        "Bị cáo [Quan Văn Hải]PER nhận tội. Tòa tuyên phạt [Hải]PER 5 năm tù.",
        (),
    ),
    (
        "Ông [Đoàn Xuân Bộ]PER phát biểu. Cựu chiến binh giữ hình ảnh Bộ đội Cụ Hồ.",
        (("Bộ", "PER"),),
    ),
    ("[Ngọc Anh]PER (Theo [Reuters]ORG, [Bloomberg]ORG)", ()),
    ("Hiện trường vụ nổ. Ảnh: [Getty Images]ORG", (("Getty Images", "PER"),)),
    ("Chủ tịch tỉnh thăm bà con. Ảnh: [Nguyễn Văn Hải]PER", (("Nguyễn Văn Hải", "ORG"),)),
    ("Chợ hoa mở cửa đến [mùng 3 Tết]DATE, doanh thu [Tết 2024]DATE tăng.", ()),
    ("Tính đến lúc [9 giờ]DATE, đã có 40 người bỏ phiếu.", ()),
    ("Hội chợ diễn ra từ [3-2]DATE đến [5-2]DATE tại quận 1.", ()),
    ("Từ [ngày 9]DATE đến [11-6]DATE, đoàn làm việc tại tỉnh.", ()),
    ("Hội nghị họp từ [ngày 3]DATE đến [5/12/2005]DATE ở Huế.", ()),
    ("Giá tăng từ 26 đến 28-11 là do thiếu hàng.", (("26 đến 28-11", "DATE"),)),
    ("[Sáng nay, 12-5]DATE, đoàn đã lên đường.", ()),
    ("Dự kiến ngay [hôm nay 5-4]DATE, văn phòng sẽ ra công văn.", ()),
    ("Hãng tin này [hôm nay (13/4)]DATE dẫn lời bộ trưởng.", ()),
    ("Ông nói [hôm nay]DATE trời sẽ mưa; học sinh ngày nay khác xưa.", (("ngày nay", "DATE"),)),
    ("Thủ tướng đã [tiếp]EVENT Đại sứ Nhật Bản tại Hà Nội.", ()),
    ("Bộ sẽ tiếp tục trực tiếp Chủ tịch tỉnh báo cáo.", (("tiếp", "EVENT"),)),
    ("Lễ dâng hương tại [Nhà Truyền thống Chiến khu Tây Ninh]LOC.", ()),
    ("Đoàn thăm [Khu liên hợp thể thao Quốc gia]LOC hôm qua.", ()),
    ("Họ gặp nhau ở khách sạn [Kim Liên]LOC rồi sang quán cà phê [Phúc Long]LOC.", ()),
    ("Hội nghị tổ chức tại [Khách sạn Metropole]LOC.", ()),
    ("Dự án khu đô thị mới [Thủ Thiêm]LOC được duyệt.", ()),
    ("Lũ cuốn trôi nhà ở hai xã [Tân Phú]LOC và [Tân Hòa]LOC.", ()),
    ("Phía Ukraine nói [tướng]ROLE Mark Milley đã gọi điện.", ()),
    ("Cán bộ [Công an phường 7]ORG đã có mặt.", (("Công an phường", "ORG"),)),
    ("Họ kéo đến [Phòng tiếp dân Thanh tra Chính phủ]ORG sáng qua.", ()),
    ("Hai người bị đưa về trại tạm giam của tỉnh.", (("tạm giam", "EVENT"),)),
    ("Hai đoàn có [cuộc gặp gỡ]EVENT với báo chí.", (("cuộc gặp", "EVENT"),)),
    ("Hai nước bàn về một [cuộc gặp]EVENT giữa Thủ tướng Lào và Thái Lan.", ()),
    ("Những cuộc gặp giữa Việt Nam và Lào rất thường xuyên.", (("cuộc gặp", "EVENT"),)),
    ("Một cuộc họp đã diễn ra.", (("cuộc họp", "EVENT"),)),
    ("Đoàn đã viếng thăm nhà lưu niệm của tỉnh.", (("viếng", "EVENT"),)),
    ("Đoàn vào [viếng]EVENT Nghĩa trang liệt sĩ Đường 9.", ()),
    ("Bà là [Phó Chánh tòa hình sự TAND tỉnh Long An]ROLE từ năm ngoái.", ()),
    ("Ông Chánh nói với phóng viên.", (("Chánh", "ROLE"),)),
    ("Bà [Lê Thị Hòa]PER, [Tham tán Thương mại Việt Nam tại Nhật Bản]ROLE, cho biết.", ()),
    ("[Tham tán Công sứ Đại sứ quán Mỹ]ROLE [John Smith]PER phát biểu.", ()),
    ("Họ tham gia tại Hà Nội.", (("tham gia", "ROLE"),)),
    (
        "[Giám đốc Sở Tư pháp thành phố Cần Thơ]ROLE [Đoàn Minh Tâm]PER phát biểu.",
        (("Giám đốc Sở Tư pháp thành phố Cần Thơ Đoàn Minh Tâm", "ROLE"),),
    ),
    (
        "Phiên tòa diễn ra dưới sự chủ tọa của [thẩm phán]ROLE [Lê Văn Bảy]PER.",
        (("chủ tọa", "ROLE"),),
    ),
    ("Hội nghị lấy phiếu về nhân sự [Chủ tịch nước]ROLE.", ()),
    ("Hai bị can bị [khởi tố bổ sung]EVENT về tội đưa hối lộ.", ()),
    (
        # A vote on a deputy's credentials keeps them (news13 0248, 0113; round 16).
        "Hội đồng [bỏ phiếu bãi nhiệm tư cách đại biểu HĐND tỉnh]EVENT của ông [Trần Văn Tư]PER.",
        (("bãi nhiệm", "EVENT"),),
    ),
    ("Quốc hội xem xét [miễn nhiệm]EVENT [Bộ trưởng Bộ Xây dựng]ROLE [Lê Văn Năm]PER.", ()),
    ("Việc miễn nhiệm Bộ trưởng do Quốc hội quyết định.", (("miễn nhiệm", "EVENT"),)),
    ("Hội đồng có quyền bãi nhiệm đại biểu.", (("bãi nhiệm", "EVENT"),)),
    ("Năm cán bộ xã đã bị [kiểm điểm]EVENT vì buông lỏng quản lý.", ()),
    ("Các cán bộ sai phạm sẽ phải kiểm điểm trách nhiệm.", (("kiểm điểm", "EVENT"),)),
    ("Hội nghị bổ sung nhân sự cho ban.", (("Hội nghị bổ sung", "EVENT"),)),
    ("Sáng nay khai mạc [phiên tòa xử vụ án Công ty Hưng Long]EVENT.", ()),
    ("Tòa mở [phiên tòa lưu động]EVENT tại xã.", ()),
    ("Vi phạm chưa đến mức xử lý kỷ luật.", (("xử lý kỷ luật", "EVENT"),)),
    ("Bị can bị [bắt tạm giam]EVENT để điều tra.", ()),
    ("Khách được mời vào phòng hội đàm của Phủ Chủ tịch.", (("hội đàm", "EVENT"),)),
    ("Hội thảo diễn ra tại Trung tâm hội nghị quốc tế.", (("hội nghị quốc tế", "EVENT"),)),
    ("Trong [cuộc họp báo]EVENT hôm nay, ông trả lời.", (("cuộc họp báo hôm nay", "EVENT"),)),
    (
        "Trong [buổi bỏ phiếu lấy ý kiến]EVENT sáng qua, nhiều ủy viên phát biểu.",
        (("buổi bỏ phiếu lấy ý kiến sáng qua", "EVENT"),),
    ),
    ("Đoàn sang dự [kỷ niệm 30 năm thiết lập quan hệ ngoại giao Việt - Úc]EVENT.", ()),
    (
        "Họ gặp nhau nhân [kỷ niệm 20 năm thiết lập quan hệ đối tác với Hàn Quốc]EVENT.",
        (),
    ),
    (
        "Đến năm 2030, kỷ niệm 100 năm thành lập tỉnh, thu nhập sẽ tăng.",
        (("kỷ niệm 100 năm thành lập tỉnh", "EVENT"),),
    ),
    (
        "Ông dự [lễ kỷ niệm 15 năm quan hệ hai nước]EVENT và gặp nhiều bạn cũ.",
        (("lễ kỷ niệm 15 năm quan hệ hai nước và gặp nhiều bạn cũ", "EVENT"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_the_pattern_is_suggested_and_its_lookalikes_are_not(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
