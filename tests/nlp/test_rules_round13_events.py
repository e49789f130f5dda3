"""Kinds of EVENT error that recurred across blind sets (news3 … news10) at blind time.

Each sentence is written here, not copied from an article (other names,
bodies and places); `[surface]LABEL` marks a span the rules must suggest,
`wrong` lists (surface, label) pairs they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

REVIEWS: list[Case] = [
    # A self-criticism a named body must or will hold (news4, news7, news10).
    ("Huyện ủy Đức Phổ phải [kiểm điểm]EVENT trách nhiệm người đứng đầu.", ()),
    ("Lãnh đạo [Bộ Tài chính]ORG phải tiếp tục [kiểm điểm]EVENT nghiêm túc.", ()),
    ("Dư luận chờ xem [Sở Xây dựng]ORG sẽ [kiểm điểm]EVENT ai.", ()),
    ("Đảng ủy Tổng công ty gồm chín người cũng phải [kiểm điểm]EVENT, hai người bị phạt.", ()),
    # Lookalikes: owed by people in general, by unnamed bodies, or denied.
    (
        "Những người sai phạm còn phải kiểm điểm đối với các cá nhân liên quan.",
        (("kiểm điểm", "EVENT"),),
    ),
    ("Theo [Bộ Nội vụ]ORG, cán bộ vi phạm đều phải bị kiểm điểm.", (("kiểm điểm", "EVENT"),)),
    ("[Sở Y tế]ORG yêu cầu các bệnh viện phải kiểm điểm.", (("kiểm điểm", "EVENT"),)),
    ("[Sở Công thương]ORG không phải kiểm điểm vì đã làm đúng.", (("kiểm điểm", "EVENT"),)),
    ("Cần phải kiểm điểm rút kinh nghiệm.", (("kiểm điểm", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), REVIEWS)
def test_a_review_a_named_body_must_hold_is_an_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


MEASURES: list[Case] = [
    # A search keeps the premises searched; the owner after `của` stays outside.
    ("Công an đã [khám xét nơi làm việc]EVENT của ông [Trần Văn Tư]PER.", ()),
    ("Tổ công tác tiến hành [cuộc khám xét nơi ở và nơi làm việc]EVENT của bị can.", ()),
    ("[Cuộc khám xét nhà riêng]EVENT của ông [Lê Bình]PER kéo dài hai giờ.", ()),
    ("[Khám nhà]EVENT nguyên giám đốc [Phạm Hùng]PER", ()),
    # Steps of a case on named suspects, and measures imposed on them.
    ("Viện kiểm sát ra quyết định [đình chỉ bị can]EVENT đối với ông Đỗ Minh.", ()),
    ("Ông [Vũ Hòa]PER được tại ngoại, bị áp dụng lệnh [cấm đi khỏi nơi cư trú]EVENT.", ()),
    ("Tòa cấp phúc thẩm đã [tuyên hủy]EVENT bản án và yêu cầu [xét xử lại]EVENT.", ()),
    (
        "Tòa phúc thẩm [tuyên hủy]EVENT án sơ thẩm của [TAND quận 7]ORG.",
        (("tuyên hủy án", "EVENT"),),
    ),
    # An arrest with `ông`/`bà` before the name, a headline's first word too.
    ("[Bắt]EVENT ông [Phan Quốc Bảo]PER, nguyên giám đốc sở", ()),
    ("Công an tỉnh đã [bắt]EVENT bà [Đinh Thị Mai]PER tại nhà riêng.", ()),
    ("Bắt ông [Lê Văn Ba]PER phải bồi thường là vô lý.", (("Bắt", "EVENT"),)),
    ("Bắt đầu từ năm nay, ông [Ngô Văn An]PER nghỉ hưu.", (("Bắt", "EVENT"),)),
    # Officers or collectives taken off duty or disciplined, counted.
    ("Thanh tra đề nghị [kỷ luật]EVENT 7 tập thể và 12 cá nhân.", ()),
    ("Ông yêu cầu xử lý kỷ luật các cá nhân sai phạm.", (("kỷ luật", "EVENT"),)),
    ("Công an tỉnh đã [tạm ngưng công tác]EVENT 12 CSGT vi phạm.", ()),
    ("Ban giám đốc [tạm ngưng công tác]EVENT 3 chiến sĩ có liên quan.", ()),
    # Lookalikes: a factory stops work, a search warrant is a document's type.
    ("Nhà máy tạm ngưng công tác sản xuất trong 3 ngày.", (("tạm ngưng công tác", "EVENT"),)),
    ("Nhân viên được khám sức khỏe tại nhà riêng.", (("khám xét nhà riêng", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), MEASURES)
def test_a_case_step_or_measure_keeps_what_it_names(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


WARS: list[Case] = [
    # A war or conflict named by its place or its two sides.
    ("Cha ông hy sinh trong [chiến tranh Triều Tiên]EVENT.", ()),
    ("Nhiều nước kêu gọi chấm dứt [cuộc xung đột Israel - Hamas]EVENT.", ()),
    ("Bức ảnh cũ không liên quan đến [xung đột Syria]EVENT hiện nay.", ()),
    ("Đơn vị được lập sau [cuộc xung đột quân sự Armenia-Azerbaijan]EVENT.", ()),
    # A stand-off, a siege, peace talks after their classifier.
    ("Diễn biến của [cuộc đối đầu]EVENT khiến thị trường lo ngại.", ()),
    ("Đó là [cuộc bao vây chiến lược của quân đội Syria]EVENT.", ()),
    ("Hai bên nối lại các [cuộc hòa đàm]EVENT tại Doha.", ()),
    # A military campaign against an armed enemy, called important, or referred back.
    ("Quân đội mở rộng [chiến dịch chống phiến quân]EVENT ở miền bắc.", ()),
    ("Báo chí đưa tin về 3 [chiến dịch quan trọng]EVENT đang diễn ra.", ()),
    ("Họ đã di chuyển vũ khí trước [chiến dịch]EVENT. Sau đó, quân đội rút.", ()),
    # Lookalikes: wars of a kind or a crime, a title in sentence case, a siege as a
    # verb, a drive against litter, many campaigns, a vaccination drive.
    ("Máy bay dùng khi xảy ra chiến tranh hạt nhân.", (("chiến tranh", "EVENT"),)),
    ("Tội ác chiến tranh bị lên án.", (("Tội ác chiến tranh", "EVENT"),)),
    ("Ông từng tham gia chiến tranh Biên giới phía Bắc.", (("chiến tranh Biên", "EVENT"),)),
    ("Thường dân chết trong xung đột vũ trang.", (("xung đột vũ trang", "EVENT"),)),
    ("Thành phố đã bị bao vây trong nhiều tuần.", (("bao vây", "EVENT"),)),
    (
        "Tỉnh phát động chiến dịch chống rác thải nhựa.",
        (("chiến dịch chống rác thải nhựa", "EVENT"),),
    ),
    ("Nhiều chiến dịch quan trọng đã được phát động.", (("chiến dịch quan trọng", "EVENT"),)),
    ("Trước chiến dịch tiêm chủng, bệnh viện đã chuẩn bị.", (("chiến dịch", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), WARS)
def test_a_war_siege_talks_or_campaign_named_or_referred_back_is_an_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


SUMMITS: list[Case] = [
    # A summit keeps the bloc widened by its partners, or the forum named by its
    # field and region, and its ordinal.
    ("Thủ tướng dự [Hội nghị cấp cao ASEAN + 6 lần thứ 2]EVENT tại [Manila]LOC.", ()),
    ("Phó Thủ tướng phát biểu tại [Hội nghị ASEAN + 3]EVENT.", ()),
    ("[Hội nghị thượng đỉnh Diễn đàn hợp tác châu Á Thái Bình Dương]EVENT đã bế mạc.", ()),
    ("Ông mong đợi [cuộc họp thượng đỉnh APEC]EVENT sắp tới.", ()),
    # Lookalikes: a bloc after a summit with no partners counted stays as it was read;
    # a forum with no region is not swallowed by the summit before it.
    ("Ông dự [Hội nghị cấp cao ASEAN lần thứ 40]EVENT.", ()),
    (
        "[Hội nghị]EVENT Diễn đàn kinh tế mở đã kết thúc.",
        (("Hội nghị Diễn đàn kinh tế mở", "EVENT"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), SUMMITS)
def test_a_summit_keeps_the_bloc_or_forum_that_holds_it(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


AFFAIRS: list[Case] = [
    # An affair named by what happened, after a word that points at one affair.
    ("Cử tri chất vấn về [vụ nước nhiễm mặn]EVENT. Về vụ này, ông đã trả lời.", ()),
    ("Nhiều người lên tiếng [vụ chặt hạ cây xanh]EVENT ở [Hà Nội]LOC.", ()),
    ("Bộ trưởng báo cáo về [vụ việc đồng hồ nước điện tử]EVENT ở [Đà Nẵng]LOC.", ()),
    ("Công an tiếp tục bóc gỡ [vụ tiêu cực cấp phép khai thác cát]EVENT.", ()),
    ("Điển hình là [vụ chạy chỉ tiêu biên chế]EVENT ở [Sở Nội vụ]ORG.", ()),
    ("Cơ quan điều tra [vụ sai phạm đấu thầu thuốc tại tỉnh Cà Mau]EVENT đã kết luận.", ()),
    ("Bà là nhân chứng trong [vụ trường mầm non Kherson trúng pháo]EVENT, đã được cứu.", ()),
    # A case named by the person it is about.
    ("Bộ Tài chính đã trả lời về [vụ ông Trần Văn Lợi]EVENT.", ()),
    ("Tòa tuyên án 5 bị cáo trong [vụ tham ô Nguyễn Thị Hồng Vân]EVENT.", ()),
    # Lookalikes: a crime by its kind, counted or quantified affairs, a bare or
    # deictic affair, one named by its place only, a clause whose end is unknown.
    ("Một số người trong vụ tham ô ở Công ty Dệt Hà Nam được tha.", (("vụ tham ô", "EVENT"),)),
    (
        "Tòa xét xử vụ lừa đảo chiếm đoạt tiền thuế.",
        (("vụ lừa đảo chiếm đoạt tiền thuế", "EVENT"),),
    ),
    (
        "Thành phố phát hiện 12 vụ tham nhũng liên quan đến 30 cán bộ.",
        (("vụ tham nhũng", "EVENT"),),
    ),
    ("Ông yêu cầu xử lý các vụ tiêu cực kéo dài.", (("vụ tiêu cực kéo dài", "EVENT"),)),
    ("Ngoài vụ chạy tội trên, ông còn khai thêm.", (("vụ chạy tội trên", "EVENT"),)),
    ("Nga đề nghị điều tra về vụ việc ở thị trấn [Irpin]LOC.", (("vụ việc", "EVENT"),)),
    ("Cảnh sát đang điều tra vụ xe khách lao vào chợ.", (("vụ xe khách lao", "EVENT"),)),
    ("Ông nhận nhiệm vụ bảo vệ cử tri ở xã.", (("vụ bảo vệ cử tri", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), AFFAIRS)
def test_an_affair_named_by_what_happened_or_its_person_is_an_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


VISITS: list[Case] = [
    # A delegation's visit, of a place, a body or a workshop.
    ("Sau khi đi [thăm]EVENT các lớp học, đoàn đã tặng quà cho học sinh.", ()),
    ("Bộ trưởng và đoàn công tác [thăm]EVENT Khu công nghệ cao.", ()),
    # A visit paid `ở` a named place, whoever leads it.
    ("Phái đoàn do ông [Kim Dae Jung]PER dẫn đầu đang ở [thăm]EVENT [Việt Nam]LOC.", ()),
    # Lookalikes: greetings, private visits, a post alone touring workshops, a
    # named person with no post travelling, a youth union (a body, no delegation).
    ("Ông chuyển lời thăm hỏi tới nhân dân.", (("thăm", "EVENT"),)),
    ("Anh [Trần Văn Nam]PER về quê thăm mẹ.", (("thăm", "EVENT"),)),
    ("[Giám đốc]ROLE đi thăm các kho hàng.", (("thăm", "EVENT"),)),
    ("Ông [Lê Minh]PER thăm [Pháp]LOC khi còn là sinh viên.", (("thăm", "EVENT"),)),
    ("[Đoàn Thanh niên]ORG đến thăm nhà văn hóa.", (("thăm", "EVENT"),)),
    ("Người dân đoàn kết đến thăm nhà văn hóa mới.", (("thăm", "EVENT"),)),
    ("Các đoàn viên đến thăm nhà văn hóa mới.", (("thăm", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), VISITS)
def test_a_delegation_visit_or_a_visit_paid_in_a_place_is_an_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


SESSIONS: list[Case] = [
    # A named body's working session with another named body, no day needed.
    ("[UBND huyện Cần Giờ]ORG sẽ [làm việc]EVENT với [Sở Tài chính]ORG về dự án.", ()),
    # A delegation's work where it went, the clause ending there.
    ("Tuần tới, đoàn công tác của [Chính phủ]ORG xuống [Cà Mau]LOC [làm việc]EVENT.", ()),
    # A reception with the talk that goes with it, the guest after `với`.
    ("Chủ tịch nước đã [tiếp và hội đàm]EVENT với [Tổng thống Chile]ROLE.", ()),
    ("Thủ tướng [tiếp và nói chuyện thân mật]EVENT với đoàn đại biểu [Cuba]LOC.", ()),
    ("Bí thư tiếp và nói chuyện với cử tri quận 3.", (("tiếp và nói chuyện", "EVENT"),)),
    # Lookalikes: a person with no post and a company, a customer and a bank, a
    # hearing going on, staff at work somewhere.
    (
        "Khi ông [Hùng]PER làm việc với [Công ty Sao Mai]ORG, ông vay tiền.",
        (("làm việc", "EVENT"),),
    ),
    ("Khách hàng có thể làm việc với ngân hàng.", (("làm việc", "EVENT"),)),
    ("Phiên tòa tiếp tục làm việc với phần tranh luận.", (("làm việc", "EVENT"),)),
    ("Anh ra [Hà Nội]LOC làm việc từ năm ngoái.", (("làm việc", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), SESSIONS)
def test_a_working_session_of_bodies_or_of_a_delegation_is_an_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


HANDLED: list[Case] = [
    # Incidents of a kind dealt with, coped with or denied in general: no EVENT.
    (
        "Cảnh sát không được tự giải quyết các vụ tai nạn giao thông.",
        (("vụ tai nạn giao thông", "EVENT"),),
    ),
    (
        "Quân đội tuyên bố không thực hiện các cuộc không kích vào khu dân cư.",
        (("cuộc không kích", "EVENT"),),
    ),
    ("Họ lập chốt để đối phó với các cuộc tấn công liên tục.", (("cuộc tấn công", "EVENT"),)),
    ("Đội phải xử lý dân sự các vụ cháy nhỏ.", (("vụ cháy", "EVENT"),)),
    # Particular ones just reported or pointed at keep their EVENT.
    ("Công an phải giải quyết các [vụ tai nạn]EVENT này trước thứ Hai.", ()),
    ("Hai người chết trong các [vụ tấn công]EVENT trên.", ()),
    ("Các [cuộc giao tranh]EVENT tại khu vực này kéo dài nhiều ngày.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), HANDLED)
def test_incidents_dealt_with_or_denied_in_general_are_no_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
