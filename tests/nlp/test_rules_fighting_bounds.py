"""Round 16: a bare noun of war or fighting whose start, end, length or setting is told.

Invented sentences (other wars, states and outlets' styles than the gold files);
lookalikes are the same nouns in general, counted, or with a kind or name after
them, and a campaign that no state or force launches.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

BOUNDED: list[Case] = [
    ("Phe nổi dậy cho biết họ sẵn sàng chấm dứt [xung đột]EVENT.", ()),
    ("Israel tuyên bố sẽ không kết thúc [chiến sự]EVENT trước tháng sau.", ()),
    ("Từ khi [Azerbaijan]LOC phát động [chiến dịch]EVENT, hàng nghìn người đã rời nhà.", ()),
    ("Hôm qua [quân đội Israel]ORG đã bắt đầu [chiến dịch]EVENT ở phía bắc.", ()),
    ("Đã 40 năm kể từ khi [chiến tranh]EVENT kết thúc ở biên giới phía bắc.", ()),
    ("Ngay sau khi [xung đột]EVENT nổ ra, giá dầu tăng mạnh.", ()),
    ("Sau hơn hai tuần [giao tranh]EVENT, thành phố đã bị cô lập.", ()),
    ("Sau 10 ngày rưỡi [giao tranh]EVENT, hai bên ký thỏa thuận ngừng bắn.", ()),
    ("Trong bối cảnh [chiến sự]EVENT còn căng thẳng, các nhà ngoại giao đã rời đi.", ()),
    ("Hai nước đều muốn khép lại [chiến tranh]EVENT và mở ra trang mới.", ()),
    ("Sau 12 tháng [chiến sự]EVENT, nền kinh tế bị tàn phá.", ()),
]
BARE_ONLY: list[Case] = [
    # Lookalikes: in general, counted, with a kind, or a campaign of a firm.
    ("Chiến tranh là điều không ai muốn.", (("Chiến tranh", "EVENT"),)),
    ("Hậu quả chiến tranh vẫn còn nặng nề.", (("chiến tranh", "EVENT"),)),
    ("Họ bị cáo buộc phạm tội ác chiến tranh.", (("chiến tranh", "EVENT"),)),
    ("Công ty bắt đầu chiến dịch từ tháng 5.", (("chiến dịch", "EVENT"),)),
    ("Bộ Y tế phát động chiến dịch tiêm chủng.", (("chiến dịch", "EVENT"),)),
    ("Hai nước muốn kết thúc chiến tranh thương mại.", (("chiến tranh", "EVENT"),)),
    ("Đội bóng đã trải qua 3 tháng chiến dịch chuyển nhượng.", (("chiến dịch", "EVENT"),)),
    ("Họ sống trong chiến tranh suốt tuổi thơ.", (("chiến tranh", "EVENT"),)),
]
CLASSIFIED: list[Case] = [
    # A war after its classifier keeps its second syllable.
    ("Ký ức về [cuộc chiến tranh]EVENT vẫn còn trong nhiều gia đình.", (("cuộc chiến", "EVENT"),)),
    ("Hai nước từng trải qua [cuộc chiến tranh]EVENT kéo dài.", (("cuộc chiến", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), BOUNDED + BARE_ONLY + CLASSIFIED)
def test_a_bare_war_noun_with_its_bounds_is_one_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
