"""Bodies, titles and names as unseen outlets write them: one sentence per pattern.

Written here, not copied from an article: a body's abbreviation in brackets
and its later uses, investigating bodies in lowercase with their parent, the
press named after `Đài`/`Báo`, levels and terms after a post, ranks and
deputies before a name, hyphenated Lao and Korean names, given names that are
also places, laws whose name joins two parts, and names the source glued to
the next word. `[surface]LABEL` marks a span the rules must
suggest; `wrong` lists surfaces that must not be suggested with that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Theo [Cơ quan Năng lượng Tái tạo Quốc tế (IRENA)]ORG, giá điện giảm.", (("IRENA", "ORG"),)),
    ("Nước này sắp gia nhập [Tổ chức Hợp tác Thượng Hải (SCO)]ORG.", ()),
    (
        "Chúc mừng [Đảng]ORG ([NLĐ]ORG)- Sáng qua, đoàn đến thăm.",
        (("Đảng (NLĐ)", "ORG"),),
    ),
    (
        "Danh sách:1. Ông Trần Văn Bình2. Bà Lê Thị Hoa3. Ông [Phạm Minh Đức]PER",
        (("Trần Văn Bình2", "PER"), ("Lê Thị Hoa3", "PER")),
    ),
    ("Nhiều người thiệt mạng. Thu HàTheo AP", (("Thu HàTheo", "PER"),)),
    (
        "[Chủ tịch nước CHDCND Lào]ROLE [Bun-nhăng Vo-ra-chít]PER đón đoàn.",
        (("CHDCND Lào Bun", "PER"), ("Bun", "PER")),
    ),
    ("Cổ phần của cố [Chủ tịch]ROLE [Lee Myung-bak]PER được chia.", (("Lee Myung", "PER"),)),
    ("Đoạn đường Hà Nội - Hải Phòng dài 100 km.", (("Hà Nội - Hải Phòng", "PER"),)),
    ("[BCH Tỉnh Đảng bộ Quảng Trị]ORG họp phiên bất thường.", ()),
    ("Ông làm [phó giám đốc BQL dự án Nhật Tân]ROLE từ năm ngoái.", (("Nhật Tân", "LOC"),)),
    ("Xe bị [Khu quản lý đường bộ 4]ORG giữ lại.", ()),
    (
        "Theo [người phát ngôn Bộ Quốc phòng Pháp]ROLE [Tướng]ROLE [Pierre Dubois]PER, quân đã rút.",
        (("Tướng Pierre Dubois", "PER"),),
    ),
    (
        "Bà [Hoa]PER là [Phó chủ tịch tỉnh]ROLE phụ trách mảng văn hóa.",
        (("Phó chủ tịch tỉnh phụ trách", "ROLE"),),
    ),
    ("Ông [Bình]PER, [Phó Giám đốc phụ trách]ROLE, cho biết thêm.", ()),
    (
        "Bị can [Trần Quang Vinh]PER bị bắt. Hai bị can [Vinh]PER, Lộc bị tạm giam. "
        "Ông [Vinh]PER khai tại [Vinh]LOC.",
        (),
    ),
    ("Sau đó [cơ quan công an huyện Tân Kỳ]ORG đã vào cuộc.", ()),
    ("[Cơ quan điều tra hình sự Bộ Quốc phòng]ORG đã khởi tố.", ()),
    ("[Cơ quan Cảnh sát điều tra - Bộ Công an]ORG đề nghị truy tố.", ()),
    (
        "Vụ việc đã được báo với cơ quan công an. Tại cơ quan điều tra, Dũng khai.",
        (("cơ quan công an", "ORG"), ("cơ quan điều tra", "ORG")),
    ),
    ("[Sở Nội vụ]ORG - [Bộ Nội vụ]ORG cùng dự.", (("Sở Nội vụ - Bộ Nội vụ", "ORG"),)),
    ("Đài [BBC]ORG và Báo [Washington Post]ORG đưa tin.", (("Đài BBC", "ORG"),)),
    ("[Báo Người Lao Động]ORG và [Đài Loan]LOC.", (("Người Lao Động", "ORG"),)),
    ("[Bộ Công thương]ORG và [EVN]ORG đã trả lời.", ()),
    ("Ông là [phó tổng giám đốc Vinaconex 2]ROLE.", ()),
    ("[Viettel]ORG 5 năm qua tăng trưởng.", (("Viettel 5", "ORG"),)),
    ("Dự kiến, nếu 2/3 ủy viên đồng ý thì đề nghị được thông qua.", (("2/3", "DATE"),)),
    ("[Sáng 2/3]DATE, các ủy viên họp.", ()),
    (
        "Theo tờ [Daily Mirror (DM)]ORG, hai bên đã ký. [DM]ORG dẫn nguồn tin khác.",
        (("Daily Mirror", "ORG"),),
    ),
    ("Trụ sở [Cơ quan Năng lượng Tái tạo Quốc tế (IRENA)]ORG.\nBáo cáo của [IRENA]ORG.", ()),
    ("Báo cáo của IRENA cho thấy giá giảm.", (("IRENA", "ORG"),)),
    ("[Lê Văn An]PER, [UV T.Ư Đảng]ROLE, phát biểu.", ()),
    ("Có 250 UV dự họp.", (("UV", "ROLE"),)),
    ("Sẽ kỷ luật [người đứng đầu UBND huyện Tân Uyên]ROLE.", ()),
    ("Người đứng đầu phải chịu trách nhiệm.", (("Người đứng đầu", "ROLE"),)),
    (
        "[Giám đốc Sở Ngoại vụ]ROLE tới [Lào]LOC hôm qua.",
        (("Giám đốc Sở Ngoại vụ tới Lào", "ROLE"),),
    ),
    ("Ông là [chỉ huy lữ đoàn 155 của Ukraine]ROLE.", ()),
    ("[Ban chấp hành nhiệm kỳ IV]ORG có 15 người.", ()),
    ("Nhóm [Ban Chỉ đạo]ORG [nhiệm kỳ 2021-2026]DATE họp.", ()),
    ("[Thu Trang]PER (Theo [AP]ORG/[AFP]ORG/[Reuters]ORG)", (("Theo AP", "PER"),)),
    ("[Đại biểu]ROLE [Trần Thị Mai]PER đề nghị khoán xe công.", ()),
    ("Có 250 đại biểu dự họp, các đại biểu nữ phát biểu.", (("đại biểu", "ROLE"),)),
    ("[Công tố viên Pháp]ROLE cho biết đã mở điều tra.", ()),
    (
        "[Cục Lãnh sự]ORG chấn chỉnh công tác lãnh sự và lệ phí lãnh sự.",
        (("lãnh sự", "ROLE"),),
    ),
    ("[Tổng lãnh sự]ROLE [Lê Minh]PER đón đoàn.", ()),
    ("Chị Trang nói rằng [Bloomberg]ORG đưa tin.", (("Trang", "ORG"),)),
    ("Theo trang [Politico]ORG, hai bên đã gặp nhau.", ()),
    ("Theo [Luật tổ chức HĐND và UBND]DOC, kỳ họp được triệu tập.", ()),
    ("[Luật phòng chống tham nhũng và tiêu cực]DOC được thông qua.", ()),
    ("[Luật Đất đai]DOC và [Luật Nhà ở]DOC có hiệu lực.", (("Luật Đất đai và Luật Nhà ở", "DOC"),)),
    ("Theo [Luật đất đai]DOC và các văn bản hướng dẫn.", (("Luật đất đai và các", "DOC"),)),
    ("[Bộ Ngoại giao Đức]ORG triệu tập [Đại sứ Nga ở Berlin]ROLE.", ()),
    (
        "[Trưởng ban Tổ chức]ROLE tại [Hà Nội]LOC phát biểu.",
        (("Trưởng ban Tổ chức tại Hà Nội", "ROLE"),),
    ),
    ("Thủ tướng yêu cầu lãnh đạo các Bộ, ngành báo cáo.", (("Bộ", "ORG"),)),
    ("Đoàn gồm lãnh đạo 5 Bộ: Ngoại giao, Y tế.", (("Bộ", "ORG"),)),
    ("Văn bản đã gửi. Theo [Bộ]ORG, việc này đúng luật.", ()),
    ("[Thanh tra Bộ GTVT]ORG đã kết luận.", ()),
    ("[Sở Tài nguyên &amp; Môi trường]ORG bị kiểm điểm.", ()),
    ("[Hội Văn học &amp; Nghệ thuật]ORG và [Bộ Tài chính]ORG cùng dự.", ()),
    ("Trả lời [Tiền Phong]ORG, ông cho biết.", ()),
    ("Tuổi trẻ Việt Nam luôn đi đầu.", (("Tuổi trẻ", "ORG"),)),
    ("Người lao động được tăng lương.", (("Người lao động", "ORG"),)),
    ("[Ban chấp hành Trung ương (BCHT.Ư)]ORG đã giới thiệu.", (("BCHT.Ư", "ORG"),)),
    ("Sai phạm tại [PMU 5]ORG đã được làm rõ.", ()),
    (
        "Binh sĩ [Cộng hòa Nhân dân Luhansk]LOC tự xưng ([LPR]LOC) tiến lên. [LPR]LOC cho biết.",
        (),
    ),
    ("Theo [Đài Truyền hình Việt Nam]ORG ([NLĐ]ORG)- Sáng nay.", ()),
    ("Đề án được trình Quốc hội [hôm nay]DATE, chiều [ngày mai]DATE biểu quyết.", ()),
    (
        "Họ cố thủ vài ngày qua; học sinh ngày nay khác.",
        (("ngày qua", "DATE"), ("ngày nay", "DATE")),
    ),
    ("Vào [16 giờ 30 hôm qua]DATE, tại Hội trường.", ()),
    ("Trong 24 giờ 30 người bị thương.", (("24 giờ 30", "DATE"),)),
    ("Ông là [phó chủ tịch]ROLE kiêm [trưởng Công an xã Tân Lập]ROLE.", ()),
    ("[Lê Văn Hội]PER - [trưởng thôn]ROLE cùng ký.", ()),
    ("Nguyên [trưởng phòng cảnh sát kinh tế Công an tỉnh Nam Định]ROLE bị bắt.", ()),
    (
        "Tăng trưởng kinh tế đạt 8%; thủ trưởng đơn vị ký; cây đã trưởng thành.",
        (("trưởng thành", "ROLE"),),
    ),
    ("[Tổng giám đốc Petro VN]ROLE ký, lãnh đạo [PetroVN]ORG đồng ý.", ()),
    (
        "Ông gặp trưởng đặc khu hành chính [Hong Kong]LOC Tăng Âm Quyền.",
        (("Hong Kong Tăng Âm", "LOC"),),
    ),
    ("Dự án ở khu [Tây Nam Hà Nội]LOC và xã [Tân Phú Trung]LOC.", ()),
    ("Quan hệ các nước [Đông Bắc Á]LOC đang căng thẳng.", ()),
    ("Quy định có hiệu lực từ [1-7-2006]DATE; tỉ số 2-1 nghiêng về đội nhà.", (("2-1", "DATE"),)),
    ("Từ [24/3]DATE đến [3/4]DATE, quân đội đã rút.", ()),
    ("Tỷ lệ tăng từ 1/3 đến 1/2 số phiếu.", (("1/3", "DATE"), ("1/2", "DATE"))),
    ("Ông là [Tham mưu trưởng Tỉnh đội Long An]ROLE từ năm ngoái.", ()),
    ("Đội thi công thuộc [Vinaconex 3]ORG của [Bộ Xây dựng]ORG.", ()),
    ("Sai phạm tại Ban quản lý các dự án 5 được làm rõ.", (("Ban", "ORG"),)),
    ("Bà [Van der Berg]PER thừa nhận; bà [Lê]PER la cà ở chợ.", (("Lê la", "PER"),)),
    ("[Thống đốc bang Texas]ROLE [Greg Abbott]PER đã ký.", (("Texas Greg Abbott", "LOC"),)),
    ("[Tỉnh trưởng tỉnh Savannakhet]ROLE [Santiphab Phomvihane]PER tiếp đoàn.", ()),
    ("Đoàn đi dọc đại lộ [Champs-Elysees]LOC.", ()),
    ("Trong hai ngày [24]DATE và [25-4]DATE, các đại biểu thảo luận.", ()),
    ("Cảnh sát phun vòi rồng. Ảnh: [Christophe Ena]PER.", (("Christophe Ena", "ORG"),)),
    ("Ảnh vệ tinh. Ảnh: [Maxar Technologies]ORG", (("Maxar Technologies", "PER"),)),
    ("[Trưởng ban dân nguyện]ROLE [Lê Quang Bình]PER cho biết.", ()),
    ("[Trưởng ban]ROLE cho biết sẽ trả lời.", (("Trưởng ban cho", "ROLE"),)),
    ("[Tổng Giám đốc Tổng Công ty]ROLE [Trần Văn Bình]PER đề nghị.", ()),
    ("[Giám đốc Công ty TNHH Lê Văn Hùng]ROLE cho biết.", ()),
    ("Bà [Lan]PER, [Giám đốc Xí nghiệp Đầu máy Sài Gòn]ROLE, cũng bị phê bình.", (("Xí", "PER"),)),
    ("[Cục Đường bộ]ORG khẩn trương thực hiện.", (("Cục Đường bộ khẩn trương", "ORG"),)),
    ("Ông [Quyền]PER, [Phó Cục trưởng Đường bộ]ROLE, cho biết.", ()),
    ("[Ủy ban An toàn giao thông quốc gia]ORG yêu cầu rà soát.", ()),
    ("[Nhạc sĩ]ROLE [Phạm Tuyên]PER và [đạo diễn]ROLE [Đặng Nhật Minh]PER dự lễ.", ()),
    ("Có 3 ca sĩ và các đạo diễn trẻ tham gia.", (("ca sĩ", "ROLE"), ("đạo diễn", "ROLE"))),
    ("Ông sống ở [Thunder Bay]LOC, cách [Ottawa]LOC 600 km.", (("Thunder Bay", "PER"),)),
    ("Lượng án bằng 1/5 của toàn quốc.", (("1/5", "DATE"),)),
    ("Buổi họp do [Tổng thư ký hội]ROLE [Lê Văn Tâm]PER chủ trì.", ()),
    (
        "[Bí thư Đảng ủy công ty]ROLE cho biết; [Chủ tịch]ROLE dự [hội nghị]EVENT.",
        (("Chủ tịch hội nghị", "ROLE"),),
    ),
    ("Ông là [Chủ tịch hội đồng quản trị]ROLE.", ()),
    ("Có 12 [đại biểu HĐND cấp thành phố khóa VIII]ROLE tái cử.", ()),
    ("Còn thiếu 2 [đại biểu HĐND cấp phường, xã]ROLE ở [Cần Thơ]LOC.", ()),
    (
        "[Chủ tịch HĐND cấp tỉnh]ROLE, huyện [Bảo Lâm]LOC đã họp.",
        (("Chủ tịch HĐND cấp tỉnh, huyện", "ROLE"),),
    ),
    ("Có 150 [ủy viên trung ương chính thức khóa XII]ROLE dự họp.", ()),
    ("Theo [người phát ngôn chính thức của Bộ Ngoại giao Pháp]ROLE, hai bên đã gặp.", ()),
    ("[Thủ tướng]ROLE chính thức ký quyết định.", (("Thủ tướng chính thức", "ROLE"),)),
    (
        "Bị cáo [Lê Văn Thiều]PER nhận tội. Từ năm 2001, [Thiều]PER đã nhập lậu hàng.",
        (),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_the_pattern_is_suggested_and_its_lookalikes_are_not(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
