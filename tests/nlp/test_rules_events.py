"""EVENT rules for kinds the political gold of other outlets showed: one sentence per pattern.

Each sentence is written here, not copied from an article, with names,
places and numbers the gold never saw: whose event it is (`của` + a body,
army or country), councils of every level, elections and their kinds, named
wars and massacres, signings of one paper, talks after a classifier, case
steps and counted sessions. `[surface]LABEL` marks a span the rules must
suggest; `wrong` lists (surface, label) pairs that must not be suggested.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

OWNERS = [
    (
        "Hai lính thiệt mạng trong [chiến dịch quân sự của Pháp]EVENT ở [Mali]LOC.",
        (("chiến dịch quân sự", "EVENT"), ("Pháp", "LOC")),
    ),
    (
        "Cây cầu bị sập sau [cuộc không kích của quân đội Israel]EVENT.",
        (("cuộc không kích", "EVENT"), ("quân đội Israel", "ORG")),
    ),
    ("Ông nói về [chuyến thăm]EVENT của ông [Trần Văn Ba]PER.", ()),
    (
        "Các tỉnh chuẩn bị [kỳ họp thứ nhất HĐND các cấp]EVENT.",
        (("kỳ họp thứ nhất HĐND", "EVENT"),),
    ),
    ("Thành phố tổ chức [phiên họp HĐND cấp thành phố lần đầu tiên]EVENT.", ()),
    (
        "Theo luật, kỳ họp thứ nhất của mỗi khóa do Chủ tịch triệu tập.",
        (("kỳ họp thứ nhất", "EVENT"),),
    ),
]

ELECTIONS = [
    ("Hai xã phải [bầu cử bổ sung]EVENT vào tháng sau.", ()),
    ("Huyện sẽ tổ chức [bầu lại đại biểu HĐND cấp xã]EVENT ở hai đơn vị.", ()),
    ("Sẽ [bầu cử thêm 3 đại biểu HĐND 3 cấp]EVENT ở Đà Nẵng.", (("đại biểu HĐND 3 cấp", "ROLE"),)),
    ("Hội đồng sẽ công bố kết quả bầu cử.", (("bầu cử", "EVENT"),)),
    ("Kết quả [bầu ủy viên dự khuyết]EVENT đã được công bố.", (("ủy viên dự khuyết", "ROLE"),)),
    ("Ông Minh được bầu lại làm Chủ tịch xã.", (("bầu lại", "EVENT"),)),
    ("Bà được bầu bổ sung vào Ban Chấp hành.", (("bầu bổ sung", "EVENT"),)),
    ("Các đại biểu đã bầu Chủ tịch Quốc hội.", (("bầu Chủ tịch Quốc hội", "EVENT"),)),
    (
        "Đại hội đã bầu lại Chủ tịch Hội Lê Văn Năm.",
        (("bầu lại", "EVENT"), ("bầu lại Chủ tịch Hội", "EVENT")),
    ),
    ("Xã tổ chức [lấy phiếu tín nhiệm]EVENT của các thành viên.", ()),
]

CONFLICTS = [
    ("Năm 1940 xảy ra [thảm sát Katyn]EVENT ở Nga.", ()),
    ("[Thảm sát Sơn Mỹ]EVENT vẫn được nhắc lại.", ()),
    ("Họ bị cáo buộc thảm sát dân thường.", (("thảm sát", "EVENT"),)),
    ("Châu Âu chưa từng thấy cảnh này kể từ [Thế chiến II]EVENT.", ()),
    ("Ông sinh ra sau [Chiến tranh thế giới thứ hai]EVENT.", ()),
    ("Tội ác chiến tranh không được tha thứ.", (("chiến tranh", "EVENT"),)),
    ("Nga tuyên bố [chiến dịch quân sự đặc biệt]EVENT đã xong giai đoạn một.", ()),
    ("Trong [hoạt động quân sự đặc biệt]EVENT, nhiều mục tiêu bị phá hủy.", ()),
    ("Hoạt động quân sự của hai nước diễn ra bình thường.", (("Hoạt động quân sự", "EVENT"),)),
]

SIGNINGS_AND_TALKS = [
    ("Hai công ty đã [ký kết một bản hợp đồng hợp tác]EVENT.", ()),
    ("Sau khi [ký biên bản bàn giao mặt bằng]EVENT, tỉnh giao đất.", ()),
    ("Người lao động phải ký hợp đồng lao động.", (("ký hợp đồng lao động", "EVENT"),)),
    ("Hai nước sẽ ký các hiệp định hợp tác.", (("ký các hiệp định hợp tác", "EVENT"),)),
    ("Chữ ký trên biên bản là giả.", (("ký trên biên bản", "EVENT"),)),
    ("Thiết bị thì ký hợp đồng với các hãng.", (("ký hợp đồng", "EVENT"),)),
    ("Hai bên đã [ký thỏa thuận về việc giải quyết tranh chấp]EVENT.", ()),
    (
        "Nước này đã ký hiệp định thương mại với khoảng 40 nước.",
        (("ký hiệp định thương mại", "EVENT"),),
    ),
    ("Ông [Trần Văn Hòa]PER [ký biên bản ghi nhớ]EVENT tại Paris.", ()),
    ("Ông có [cuộc trao đổi qua điện thoại]EVENT với Ngoại trưởng Ý.", ()),
    ("Ông về nước thực hiện các [cuộc tham vấn]EVENT.", ()),
    ("Ông trao đổi với phóng viên.", (("trao đổi", "EVENT"),)),
    ("Hai bộ trưởng có [cuộc thảo luận trực tiếp]EVENT về thương mại.", ()),
    ("Đại hội cổ đông sẽ [bầu bổ sung 2 thành viên HĐQT]EVENT nhiệm kỳ mới.", ()),
]

CASES_AND_COUNTS = [
    ("Bộ đã có quyết định [tước quân tịch]EVENT đối với hai binh sĩ.", ()),
    ("Quân nhân vi phạm có thể bị tước quân tịch.", (("tước quân tịch", "EVENT"),)),
    # The vote keeps its motion, as every such vote of the gold (news2, news13, news16).
    ("Quốc hội [bỏ phiếu bãi nhiệm]EVENT đối với trường hợp ông [Lê Văn Tám]PER.", ()),
    ("Công an xem xét [khởi tố hình sự]EVENT vụ việc.", (("khởi tố", "EVENT"),)),
    ("Qua 7 kỳ đại hội, hội đã lớn mạnh.", (("đại hội", "EVENT"),)),
    ("Dịp này, quận 12 [khánh thành]EVENT nhà văn hóa.", ()),
    ("Sau 3 [vòng hiệp thương]EVENT, danh sách được chốt.", ()),
    ("Sáng nay khai mạc [Đại hội thể thao Đông Nam Á]EVENT.", (("Đông Nam Á", "LOC"),)),
    ("Ông dự [Diễn đàn doanh nghiệp Việt Nam - Nhật Bản]EVENT.", ()),
    ("Đại hội tại Hà Nội có 500 đại biểu.", (("Đại hội tại Hà Nội", "EVENT"),)),
    ("Cử tri góp ý cho văn kiện [Đại hội]EVENT.", (("văn kiện Đại hội", "DOC"),)),
    ("Hội đồng họp sau 10 ngày kể từ ngày [bầu cử]EVENT 23/5.", ()),
    ("Luật quy định thời hạn kể từ ngày bầu cử.", (("bầu cử", "EVENT"),)),
    ("Hai người chết trong [vụ nổ kho đạn]EVENT ở Bulgaria.", ()),
    (
        "Quyết định này được đưa ra sau [vụ nổ kho đạn]EVENT vào [năm 2014]DATE.",
        (("Quyết định này được đưa ra sau vụ nổ kho đạn vào năm 2014", "DOC"),),
    ),
    ("Bộ đã tiến hành [kiểm tra]EVENT nguyên nhân sự cố.", ()),
    ("Kết quả [kiểm tra]EVENT được báo cáo bộ trưởng.", ()),
    ("Các cấp cần tăng cường kiểm tra, giám sát.", (("kiểm tra", "EVENT"),)),
    ("Đoàn kiểm tra của huyện đã đến xã.", (("kiểm tra", "EVENT"),)),
]


@pytest.mark.parametrize(
    ("line", "wrong"), OWNERS + ELECTIONS + CONFLICTS + SIGNINGS_AND_TALKS + CASES_AND_COUNTS
)
def test_the_event_is_suggested_and_its_lookalikes_are_not(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
