"""Round 20: event constructions that recur across the once-blind sets.

Invented sentences (other wars, talks, anniversaries and outlets than the gold
files): a sitting or round of talks with its place in a series, or held by both
sides together (`chung`); a war named
by the enemy it is fought against; an anniversary of a day told in lower
case; questions and their answers as one pair; an event already known with its
size (`lớn`, `nhỏ`). Each has lookalikes that must
stay as they were: a time still to come, a drive against an ill, `kỷ niệm`
as a verb of purpose, an event brought in by `một` or a size said of a name.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

SERIES: list[Case] = [
    ("Hai đoàn đã kết thúc [phiên đàm phán thứ ba]EVENT mà không đạt thỏa thuận.", ()),
    ("[Phiên đàm phán đầu tiên]EVENT kéo dài gần năm giờ.", ()),
    ("[Vòng đàm phán kế tiếp]EVENT sẽ được tổ chức tại Geneva.", (("Vòng đàm phán", "EVENT"),)),
    ("Các bên chờ [vòng đàm phán tiếp theo]EVENT.", (("vòng đàm phán", "EVENT"),)),
    # Held by both sides together.
    ("Sau hội đàm, hai thủ tướng dự [cuộc họp báo chung]EVENT.", (("cuộc họp báo", "EVENT"),)),
    # Lookalikes: a time still to come stays out; `tiếp theo` after no event is nothing.
    ("Đề án sẽ được trình tại [kỳ họp]EVENT tới.", (("kỳ họp tới", "EVENT"),)),
    ("Chưa ai biết điều gì sẽ xảy ra tiếp theo.", (("xảy ra tiếp theo", "EVENT"),)),
    # The table talks are held at is no event; the talks held there are.
    ("Hai phe đã ngồi vào bàn đàm phán sau ba tháng.", (("đàm phán", "EVENT"),)),
    ("Hai phe kết thúc [cuộc đàm phán]EVENT tại bàn tròn.", ()),
]
ENEMIES: list[Case] = [
    ("Ông từng tham gia [cuộc kháng chiến chống phát xít Nhật]EVENT.", ()),
    ("Quân khu đã lập nhiều chiến công trong [cuộc kháng chiến chống thực dân Pháp]EVENT.", ()),
    ("Họ là những người lính của [cuộc chiến tranh chống đế quốc Mỹ và phát xít Nhật]EVENT.", ()),
    ("Hai nước hợp tác trong [cuộc chiến chống khủng bố]EVENT ở Trung Đông.", ()),
    # Lookalikes: a fight against an ill or a habit is a drive, no war.
    ("Bộ Công an đi đầu trong cuộc chiến chống buôn lậu.", (("cuộc chiến", "EVENT"),)),
    ("Thành phố phát động cuộc chiến chống rác thải nhựa.", (("cuộc chiến", "EVENT"),)),
]
ANNIVERSARIES: list[Case] = [
    ("Lễ hội diễn ra nhân [kỷ niệm 70 năm ngày Bác Hồ về thăm tỉnh Quảng Ninh]EVENT.", ()),
    (
        "Trường tổ chức [lễ mít tinh trọng thể kỷ niệm 50 năm ngày thành lập trường]EVENT.",
        (("lễ mít tinh", "EVENT"),),
    ),
    ("Tỉnh đoàn chào mừng [kỷ niệm 90 năm ngày thành lập Đoàn]EVENT tại nhà văn hóa.", ()),
    # Lookalikes: `kỷ niệm` as a verb of purpose, alone or joined to one by `và`.
    (
        "Cây được trồng để kỷ niệm 30 năm ngày hai tỉnh kết nghĩa.",
        (("kỷ niệm 30 năm ngày hai tỉnh kết nghĩa", "EVENT"),),
    ),
    (
        "Họ về làng để kỷ niệm 20 năm thành lập hội và kỷ niệm 10 năm ngày ông bà cưới nhau.",
        (("kỷ niệm 10 năm ngày ông bà cưới nhau", "EVENT"),),
    ),
]
QUESTIONS: list[Case] = [
    ("Hội đồng nhân dân dành một ngày cho [phiên chất vấn và trả lời chất vấn]EVENT.", ()),
    (
        "Tại kỳ họp này, phần [chất vấn và trả lời chất vấn]EVENT của đại biểu diễn ra sôi nổi.",
        (("trả lời chất vấn", "EVENT"),),
    ),
    # Lookalike: the pair said in general is none.
    (
        "Ông cho rằng chất lượng chất vấn và trả lời chất vấn ở các kỳ họp đã khá hơn.",
        (("chất vấn và trả lời chất vấn", "EVENT"), ("trả lời chất vấn", "EVENT")),
    ),
]
SIZES: list[Case] = [
    ("Dân làng phải rời nhà sau [cuộc giao tranh lớn]EVENT hôm qua.", ()),
    ("Thủ đô tan hoang sau [cuộc bạo loạn lớn nhất]EVENT trong nhiều năm.", ()),
    ("Quân đội cho biết chỉ còn các [trận chiến nhỏ]EVENT ở vùng núi phía tây.", ()),
    # Lookalikes: brought in by `một`, after a name, or compared.
    ("Quân đội chuẩn bị cho một [cuộc tấn công]EVENT lớn.", (("cuộc tấn công lớn", "EVENT"),)),
    (
        "Nga tiến hành một [chiến dịch quân sự]EVENT quy mô lớn.",
        (("chiến dịch quân sự quy mô lớn", "EVENT"),),
    ),
    ("[Cuộc biểu tình]EVENT lớn hơn dự kiến.", (("Cuộc biểu tình lớn", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), SERIES + ENEMIES + ANNIVERSARIES + QUESTIONS + SIZES)
def test_round20_event_constructions(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
