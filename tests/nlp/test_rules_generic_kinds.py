"""Event words that name a kind of act, not one act, are no EVENT.

Invented sentences (other acts, bodies and outlets' styles than the gold files:
news3, news4, news6, news9, news13, news14 at blind time); the lookalikes are
the particular events nearby, named, dated or placed, that keep their EVENT.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

KINDS: list[Case] = [
    # The act as what a noun of work, procedure, authority or cost is about.
    ("Ngân sách phục vụ công tác xét xử tăng 10%.", (("xét xử", "EVENT"),)),
    ("Thẩm quyền thi hành kỷ luật của đảng ủy được mở rộng.", (("thi hành kỷ luật", "EVENT"),)),
    ("Tòa niêm yết lịch xét xử tại trụ sở.", (("xét xử", "EVENT"),)),
    ("Luật mới rút gọn thủ tục khởi tố.", (("khởi tố", "EVENT"),)),
    # A plural with a word of kind after it, with no date.
    (
        "Các cuộc tập trận như vậy chỉ được tiến hành khi hai bên đồng ý.",
        (("cuộc tập trận", "EVENT"),),
    ),
    ("Vùng này bị tàn phá bởi các cuộc chiến tranh khác nhau.", (("cuộc chiến tranh", "EVENT"),)),
    # Ceremonies of works listed as kinds or done to an indefinite object.
    (
        "Không dùng ngân sách để tổ chức lễ khởi công, khánh thành các công trình.",
        (("lễ khởi công", "EVENT"), ("khánh thành", "EVENT")),
    ),
    ("Có nơi chi khánh thành một cây cầu tốn cả trăm triệu đồng.", (("khánh thành", "EVENT"),)),
    # Lookalikes: the particular ones keep their EVENT.
    ("[Sáng 5/3]DATE, công ty đã [khánh thành]EVENT một nhà máy mới.", ()),
    ("[Ngày 12/4]DATE, [UBND tỉnh]ORG tổ chức [lễ khởi công cầu Rạch Miễu]EVENT.", ()),
    ("Sáng qua, [quận 8]LOC đã [khánh thành]EVENT một trường học mới.", ()),
    (
        "Các [cuộc tập trận]EVENT như vậy đã diễn ra giữa [Nga]LOC và [Belarus]LOC "
        "[tháng trước]DATE.",
        (),
    ),
    ("Các [cuộc tập trận]EVENT giữa [Nga]LOC và [Belarus]LOC kéo dài một tuần.", ()),
    ("Ông tham dự [phiên tòa xét xử vụ án buôn lậu]EVENT ở Cần Thơ.", ()),
    ("Đoàn công tác [thăm]EVENT các gia đình chính sách.", ()),
    ("Có nhiều điểm mới trong công tác [bầu cử]EVENT tại [Đại hội XII]EVENT.", ()),
    ("Ông [Tâm]PER cho biết, tòa niêm yết lịch xét xử cho đương sự.", (("xét xử", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), KINDS)
def test_an_act_named_as_a_kind_is_no_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
