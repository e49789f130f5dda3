"""Round 11 events, by kind of construction: steps of a criminal case, events
denied or defined, forms of party discipline, acts of a named person, extents.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

STEPS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # Every step of a case, stopping one included, is an event; a sentence passed too.
    ("Sau đó [vụ án]EVENT được [đình chỉ điều tra]EVENT.", ()),
    ("[VKSND]ORG đã [đình chỉ điều tra bị can]EVENT đối với [Trần Văn Hai]PER.", ()),
    ("Cơ quan điều tra ra quyết định [tạm đình chỉ điều tra]EVENT.", ()),
    ("[TAND tỉnh Nam Định]ORG đã [tuyên phạt]EVENT [Lê Văn Bốn]PER 3 năm tù.", ()),
    ("Tòa [tuyên phạt]EVENT bị cáo 2 năm tù treo.", ()),
    ("Tỉnh [đình chỉ vụ án]EVENT vì hết thời hiệu.", ()),
    ("Năm 1995, [Lê Văn Năm]PER bị [kết án]EVENT 3 năm tù.", ()),
    ("Tòa phúc thẩm [tuyên y án]EVENT đối với bị cáo.", ()),
    ("Ông [Trần Văn Hai]PER bị [tạm giữ hình sự]EVENT để điều tra.", ()),
    # A case that went through a step is the case reported; a first mention classifies.
    ("Năm đó [vụ án]EVENT đã bị [khởi tố]EVENT.", ()),
    ("Một vụ án đã bị [khởi tố]EVENT năm ấy.", (("vụ án", "EVENT"),)),
    ("Đó là vụ án được dư luận quan tâm.", (("vụ án", "EVENT"),)),
    # Lookalikes: a suspension from work is no step of a case, nor is a bare reason.
    ("Lý do đình chỉ: hành vi có tính chất cơ hội.", (("đình chỉ", "EVENT"),)),
    ("Sở đình chỉ hoạt động của cơ sở karaoke.", (("đình chỉ", "EVENT"),)),
    # The time a step takes is no step.
    ("Quyền lợi bị tạm dừng trong thời gian khởi tố.", (("khởi tố", "EVENT"),)),
    ("Tòa hoãn phiên tòa, thời gian xét xử sẽ thông báo sau.", (("xét xử", "EVENT"),)),
    ("Thời hạn truy tố đã hết.", (("truy tố", "EVENT"),)),
    ("Năm 2005, ông bị [khởi tố]EVENT về tội tham ô.", ()),
    ("Không có sự cố nào trong suốt thời gian [bầu cử HĐND]EVENT.", ()),
    # Counts joined after a step are terms of prison, no number of the step.
    ("Hai bị cáo bị [tuyên phạt]EVENT 4 và 6 năm tù.", (("tuyên phạt 4", "EVENT"),)),
    ("Tại [kỳ họp thứ 4]EVENT và 5, đại biểu bàn luật.", ()),
]

GENERAL: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # An event denied, defined, a part of others or a means is no particular one.
    ("Các kỳ trước đều có phần đại hội trù bị.", (("đại hội", "EVENT"),)),
    ("Lần này không có đại hội trù bị.", (("đại hội", "EVENT"),)),
    ("Nó còn gọi là hội nghị nội bộ.", (("hội nghị", "EVENT"),)),
    ("Tỉnh chưa có cuộc họp nào bàn việc này.", (("cuộc họp", "EVENT"),)),
    ("Đủ số đại biểu thì không cần tiến hành bầu thêm.", (("bầu thêm", "EVENT"),)),
    ("Đây không phải cuộc họp của tỉnh.", (("cuộc họp", "EVENT"),)),
    ("Lính được huấn luyện thông qua các cuộc tập trận.", (("cuộc tập trận", "EVENT"),)),
    ("Số tiền được coi là tiền phúng viếng.", (("viếng", "EVENT"),)),
    # Plural events kept up or cut as a policy are kinds, not particular ones.
    ("Hai nước cần duy trì các cuộc gặp gỡ cấp cao.", (("cuộc gặp gỡ cấp cao", "EVENT"),)),
    ("Hai nước tăng cường các cuộc tập trận chung.", (("cuộc tập trận chung", "EVENT"),)),
    # Plural events held inside one event are particular; in a period they are not.
    ("Ông nói về các [cuộc gặp gỡ]EVENT trong [chuyến công du]EVENT.", ()),
    ("[Thủ tướng]ROLE có các [cuộc gặp]EVENT bên lề [hội nghị]EVENT.", ()),
    ("Các cuộc họp trong năm qua quá dài.", (("cuộc họp", "EVENT"),)),
    # Plural events someone takes part in are particular; refused they are not.
    ("Lãnh đạo sở phải tham gia đầy đủ các [buổi họp]EVENT.", ()),
    ("Ông [Ba]PER tham dự các [cuộc họp]EVENT.", ()),
    ("Ông không tham gia các cuộc họp.", (("cuộc họp", "EVENT"),)),
    ("Họ từ chối tham gia các buổi họp.", (("buổi họp", "EVENT"),)),
    ("Hạn chế tham dự các lễ kỷ niệm, đại hội thi đua.", (("lễ kỷ niệm", "EVENT"),)),
    ("Người dân hỏi thông qua các [cuộc giao lưu trực tuyến]EVENT đó.", ()),
    ("Ai sẽ làm cái gọi là [cuộc điều tra]EVENT độc lập?", ()),
    # Lookalikes: an event that took place, its existence said positively.
    ("[Sáng nay]DATE, tỉnh đã có [cuộc họp]EVENT với doanh nghiệp.", ()),
    ("Hai bên tiến hành [cuộc tập trận chung]EVENT ở [Biển Đen]LOC.", ()),
    ("Đoàn đã đến [viếng]EVENT [Lăng Chủ tịch Hồ Chí Minh]LOC.", ()),
    # Defendants in custody are in a state, no arrest; a named one held for a term is.
    ("Tại [TP HCM]LOC, bị cáo bị tạm giam không phải mặc áo tù.", (("tạm giam", "EVENT"),)),
    ("Bị can [Lê Văn Tám]PER bị [tạm giam]EVENT 4 tháng.", ()),
    # A lowercase event in a sentence that says how often it happens is a habit.
    ("Hằng tuần, văn phòng bố trí họp giao ban lãnh đạo.", (("giao ban", "EVENT"),)),
    ("Các sở tiến hành giao ban điều hành hằng tuần.", (("giao ban", "EVENT"),)),
    ("Mỗi năm huyện tổ chức hội nghị tổng kết một lần.", (("hội nghị tổng kết", "EVENT"),)),
    ("Trong [cuộc chiến Nga - Ukraine]EVENT này, hằng ngày họ đều nã pháo.", ()),
    ("[Tháng 10/2019]DATE, trường tổ chức [hội nghị]EVENT với doanh nghiệp mỗi năm.", ()),
    # Lookalikes: an event that opens its sentence, an event anchored by its day,
    # a habit said in another sentence.
    ("[Cuộc thi]EVENT được tổ chức chấm, trao giải định kỳ hằng năm.", ()),
    ("[Sáng 5/3]DATE, tỉnh tổ chức [hội nghị tổng kết]EVENT. Hằng năm tỉnh đều làm vậy.", ()),
]

DISCIPLINE: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # Every form of discipline someone receives is the event, `nhận` outside.
    ("Phó bí thư nhận hình thức [cảnh cáo]EVENT.", ()),
    ("Năm đồng chí nhận [khiển trách]EVENT, một nhận [phê bình]EVENT.", ()),
    ("Ông Ba nhận hình thức [kỷ luật khiển trách]EVENT.", ()),
    ("Hai cán bộ nhận hình thức [cách chức]EVENT.", ()),
    # A review held is an event.
    ("[Đảng ủy Sở Xây dựng]ORG đã tổ chức [kiểm điểm]EVENT 5 chi bộ.", ()),
    ("Chi bộ tiến hành [kiểm điểm]EVENT tập thể lãnh đạo.", ()),
    # Lookalikes: criticism taken in, a review asked for, a critic.
    ("Ông tiếp nhận phê bình của cử tri.", (("phê bình", "EVENT"),)),
    ("Tôi đề nghị các đồng chí có kiểm điểm nghiêm túc.", (("kiểm điểm", "EVENT"),)),
    ("Thủ tướng yêu cầu kiểm điểm để rút kinh nghiệm.", (("kiểm điểm", "EVENT"),)),
    ("Họ ghi nhận cảnh cáo của giới chuyên môn.", (("cảnh cáo", "EVENT"),)),
    # An action on a number of people is particular; on people in general it is not.
    ("Nhiệm kỳ qua, [Đảng bộ]ORG đã [xử lý kỷ luật]EVENT 1.200 đảng viên.", ()),
    ("Huyện [cách chức]EVENT 3 cán bộ xã.", ()),
    ("Cần xử lý kỷ luật các cá nhân vi phạm.", (("xử lý kỷ luật", "EVENT"),)),
    ("Tỉnh luân chuyển 5 năm một lần.", (("luân chuyển", "EVENT"),)),
    ("Tổ chức phê bình văn học ra mắt sách.", (("phê bình", "EVENT"),)),
]

ACTS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A named person resigns; an office holder addressed resigns.
    ("Trước việc ông [Lê Văn Tám]PER [từ chức]EVENT, dư luận chú ý.", ()),
    ("Cử tri bàn về việc [từ chức]EVENT của [Bộ trưởng]ROLE [Trần Văn Hai]PER.", ()),
    ("Họ bàn về việc [từ chức]EVENT của ông [Hai]PER.", ()),
    ("Ông [Nguyễn Văn Ba]PER đã [từ nhiệm]EVENT [hôm qua]DATE.", ()),
    ("“Đồng chí [giám đốc]ROLE [từ chức]EVENT, cả sở buồn”, ông nói.", ()),
    # Lookalikes: resignation in general, asked for, a letter of it.
    ("[Bộ trưởng]ROLE từ chức ở nước ta rất hiếm.", (("từ chức", "EVENT"),)),
    ("Đại biểu có thể xin từ chức.", (("từ chức", "EVENT"),)),
    ("Tôi đã nhận đơn từ chức của ông.", (("từ chức", "EVENT"),)),
    ("Nhiều người từ chức vì áp lực.", (("từ chức", "EVENT"),)),
    # An office holder visits a named place or institution.
    ("[Thủ tướng]ROLE [Lê Văn Hà]PER [thăm]EVENT [Nhật Bản]LOC.", ()),
    ("[Chủ tịch nước]ROLE sẽ sang [thăm]EVENT [Lào]LOC.", ()),
    ("[Tổng thống Pháp]ROLE [thăm]EVENT [Hà Nội]LOC.", ()),
    ("[Bộ trưởng]ROLE [Trần Hà]PER [thăm]EVENT [Đại học Huế]ORG.", ()),
    # A delegation's visit, whatever it visits (gold news3 0018, news7 0101 mark it).
    ("Đoàn đại biểu [Việt Nam]LOC [thăm]EVENT Vườn Hoa.", ()),
    # Lookalikes: a private visit, workshops visited by a post alone, a person
    # named without a post travelling.
    ("Bà [Lan]PER về thăm thân nhân ở [Huế]LOC.", (("thăm", "EVENT"),)),
    ("[Giám đốc]ROLE đi thăm các phân xưởng.", (("thăm", "EVENT"),)),
    ("Ông [Lê Văn Hà]PER thăm [Nhật Bản]LOC khi còn trẻ.", (("thăm", "EVENT"),)),
    # An office holder's working session on a stated day.
    ("[Thủ tướng]ROLE [Lê Văn Hà]PER [làm việc]EVENT với [Bộ Y tế]ORG [sáng 3-5]DATE.", ()),
    ("[Bí thư Tỉnh ủy]ROLE [làm việc]EVENT với huyện vào [ngày 12/3]DATE.", ()),
    # Lookalikes: staff at work, a session with no day, no title.
    ("Công chức làm việc tại [UBND quận]ORG.", (("làm việc", "EVENT"),)),
    ("Lãnh đạo thành phố đang làm việc với các bộ, ngành.", (("làm việc", "EVENT"),)),
    (
        "Khi ông [Hùng]PER làm việc với công ty [ngày 3/4]DATE, ông vay tiền.",
        (("làm việc", "EVENT"),),
    ),
    # A named body meets.
    ("[Ban Thường vụ Tỉnh ủy]ORG đã [họp]EVENT và thống nhất.", ()),
    ("[Bộ Chính trị]ORG vừa [họp]EVENT bàn về nhân sự.", ()),
    # Lookalikes: a meeting named after the verb, meetings in general.
    ("[Ban Chấp hành Trung ương]ORG đã họp [Hội nghị lần thứ 15]EVENT.", (("họp", "EVENT"),)),
    ("[Đại hội]EVENT họp [phiên bế mạc]EVENT.", (("họp", "EVENT"),)),
    ("Văn phòng bố trí họp giao ban hằng tuần.", (("họp", "EVENT"),)),
    ("Thành phố tổ chức nhiều cuộc họp.", (("họp", "EVENT"),)),
    (
        "[Hội nghị lần thứ I Ban Chấp hành Trung ương]EVENT họp ở [Hương Cảng]LOC.",
        (("họp", "EVENT"),),
    ),
    ("Sau [hội nghị]EVENT, [Ban Thường vụ Tỉnh ủy]ORG đã [họp]EVENT ngay.", ()),
    # A briefing held is an event; a body reporting is the verb.
    ("[Thành ủy]ORG tổ chức [báo cáo nhanh]EVENT kết quả [Đại hội XIII]EVENT.", ()),
    ("[Ban Tuyên giáo]ORG tổ chức [báo cáo chuyên đề]EVENT cho cán bộ.", ()),
    ("[Ban Tuyên giáo]ORG báo cáo nhanh kết quả [Đại hội]EVENT.", (("báo cáo nhanh", "EVENT"),)),
    # A named body's review keeps the work it reviews and the period.
    ("[Ủy ban MTTQ tỉnh]ORG đã [họp kiểm điểm công tác năm 2005]EVENT, đề ra kế hoạch.", ()),
    ("[Hội đồng bầu cử thành phố]ORG sẽ [tổng kết công tác bầu cử]EVENT và bế mạc.", ()),
    ("[Sở Tư pháp]ORG [sơ kết công tác 6 tháng đầu năm 2021]EVENT.", ()),
    # Lookalikes: a review directed or needed, no body holding it.
    ("Đề án đã được chỉ đạo tổng kết nghiêm túc.", (("tổng kết", "EVENT"),)),
    ("Chúng ta cần tổng kết công tác cán bộ.", (("tổng kết công tác cán bộ", "EVENT"),)),
]

EXTENTS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # How a meeting was held, or what history makes of it, is inside.
    ("[Bộ trưởng]ROLE có [cuộc họp đột xuất]EVENT với [Sở Y tế]ORG.", ()),
    ("[Cuộc hội đàm lịch sử]EVENT tại [Nhà Trắng]ORG thu hút sự chú ý.", ()),
    ("Hai bên có [cuộc gặp song phương]EVENT bên lề hội nghị.", ()),
    ("Đảng ủy tổ chức [cuộc họp kín]EVENT [chiều 3/4]DATE.", ()),
    ("[Việt Nam]LOC phải hoàn thành [cuộc đàm phán đa phương]EVENT tại [Geneva]LOC.", ()),
    # Lookalikes: how events are held says nothing of one event in general.
    ("Hai nước hợp tác tại các diễn đàn đa phương.", (("diễn đàn đa phương", "EVENT"),)),
    ("Tôi thấy đối thoại trực tiếp sẽ làm rõ vấn đề.", (("đối thoại trực tiếp", "EVENT"),)),
    ("Nhân dịp [Đại hội X]EVENT và 136 năm ngày sinh của Bác.", ()),
    # A campaign launched for an aim is one campaign; one named in lowercase after it
    # or of many is left.
    ('Ông quyết định mở [chiến dịch]EVENT để "phi quân sự hóa" vùng này.', ()),
    ("Thành đoàn mở chiến dịch tình nguyện hè.", (("chiến dịch", "EVENT"),)),
    ("Họ mở các chiến dịch để gây quỹ.", (("chiến dịch", "EVENT"),)),
    # The fighting in a named place is an event; fighting in general is not.
    ("Bản đồ cập nhật [chiến sự]EVENT ở [Mariupol]LOC [hôm qua]DATE.", ()),
    ("Tình hình chiến sự diễn biến phức tạp.", (("chiến sự", "EVENT"),)),
    ("Hai bên giao tranh ở [Donetsk]LOC.", (("giao tranh", "EVENT"),)),
    # A lawsuit keeps the place it is known by and its claim; its parties stay out.
    ("Nga ủng hộ [Trung Quốc]LOC trong [vụ kiện Biển Đông]EVENT.", ()),
    (
        "Ông bàn về [vụ kiện Biển Đông]EVENT giữa [Philippines]LOC và [Trung Quốc]LOC.",
        (("vụ kiện Biển Đông giữa", "EVENT"),),
    ),
    ("Tòa xử [vụ kiện đòi bồi thường oan sai đầu tiên]EVENT.", ()),
    ("Bà tham gia [vụ kiện]EVENT từ đầu.", ()),
    # A trial keeps the affair it tries, named by what was done and where.
    (
        "[TAND quận 5]ORG đưa ra [xét xử vụ gây rối tại trụ sở Thanh tra Nhà nước TP HCM]EVENT.",
        (),
    ),
    ("Tại [phiên tòa xét xử vụ buôn lậu tại Công ty Tây Nam]EVENT, bị cáo khai.", ()),
    ("Tòa sẽ [xét xử vụ cướp tài sản]EVENT vào tuần tới.", ()),
    # A forum keeps the states of the region it gathers, and its acronym.
    (
        "[Diễn đàn Nghị viện các nước châu Á - Thái Bình Dương (APPF)]EVENT họp ở [Hà Nội]LOC.",
        (),
    ),
    ("[Đại hội]EVENT các nước tham gia rất đông.", (("Đại hội các nước", "EVENT"),)),
    # A signing ceremony keeps what is signed and the places that name it.
    (
        "[Sáng 7-6]DATE, [lễ ký kết hợp tác phát triển kinh tế – xã hội Huế – Đà Nẵng]EVENT"
        " đã diễn ra.",
        (),
    ),
    ("Đoàn dự [lễ ký kết thỏa thuận hợp tác về giáo dục]EVENT.", ()),
    # Lookalikes: a signing ceremony alone, the parties after `giữa` outside.
    ("Tại [lễ ký kết]EVENT, ông phát biểu.", ()),
    ("Sau [lễ ký kết biên bản ghi nhớ]EVENT giữa hai trường, họ họp.", ()),
    # Lookalikes: a trial whose next word is no affair, a place of the trial itself.
    ("Tòa [xét xử]EVENT tại [Hà Nội]LOC.", (("xét xử tại Hà Nội", "EVENT"),)),
    ("Tòa [xét xử]EVENT vụ án vào tuần sau.", (("xét xử vụ án", "EVENT"),)),
]

ARRESTS_AND_VOTES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # Suspects of the case arrested, counted or not; a body arresting a named person.
    ("Theo công an, bốn đối tượng bị [bắt]EVENT vì nhận hối lộ.", ()),
    ("Hai bị can bị [bắt]EVENT tại nhà riêng.", ()),
    ("[Công an huyện Đông Anh]ORG [bắt]EVENT luôn [Trần Văn Tứ]PER.", ()),
    ("Công an [bắt]EVENT ngay [Lê Thị Hoa]PER tại chỗ.", ()),
    # Lookalikes: people counted in general, forcing someone, a handshake.
    ("Ba người bị bắt vào tù.", (("bắt", "EVENT"),)),
    ("Họ bắt [Nguyễn Văn An]PER phải xin lỗi.", (("bắt", "EVENT"),)),
    ("[Tổng thống]ROLE bắt tay [Lê Văn Hà]PER.", (("bắt", "EVENT"),)),
    # A vote held at a named meeting or place, or at a clock time, is one vote.
    ("Theo kết quả [hiệp thương]EVENT tại [hội nghị]EVENT, ông [Tuấn]PER được cử.", ()),
    ("Tỉnh đã kết thúc [bỏ phiếu]EVENT lúc [12h]DATE.", ()),
    ("Ông được cử đi học ĐH ở [Liên Xô]LOC.", (("ĐH", "EVENT"),)),
    ("Hủy kết quả [bầu cử]EVENT ở [Thanh Hóa]LOC.", ()),
    # Lookalikes: voting in general, in a country in general.
    ("Luật quy định bầu cử ở nước ta theo nguyên tắc phổ thông.", (("bầu cử", "EVENT"),)),
    ("Cử tri chờ công bố kết quả bầu cử.", (("bầu cử", "EVENT"),)),
    ("Các cuộc bỏ phiếu lúc 7 giờ thường vắng.", (("bỏ phiếu", "EVENT"),)),
]

ANNIVERSARIES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # The day a holiday falls on, written right after it without a year, names it too.
    ("Quận tổ chức [mít tinh kỷ niệm 120 năm ngày Quốc tế lao động 1-5]EVENT.", ()),
    ("Trường tổ chức [lễ kỷ niệm 40 năm Ngày Nhà giáo Việt Nam 20-11]EVENT.", ()),
    # Lookalike: a dated day in brackets after it is a DATE of its own.
    (
        "Dịp [Kỷ niệm 47 năm Ngày Giải phóng miền Nam]EVENT ([30/4/2022]DATE).",
        (("Kỷ niệm 47 năm Ngày Giải phóng miền Nam (30/4/2022", "EVENT"),),
    ),
]


@pytest.mark.parametrize(
    ("line", "wrong"),
    STEPS + GENERAL + DISCIPLINE + ACTS + EXTENTS + ARRESTS_AND_VOTES + ANNIVERSARIES,
)
def test_the_event_is_suggested_and_its_lookalikes_are_not(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
