"""Round 29 rules: EVENT extents that recur cut short on once-blind sets.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists (surface, label) pairs they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

AWARD_CEREMONIES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    (
        "Đảng ủy phường tổ chức [lễ trao tặng huy hiệu 60 năm tuổi Đảng]EVENT cho cụ Tám.",
        (("lễ trao tặng huy hiệu", "EVENT"),),
    ),
    (
        "Cụ bà xúc động tại [buổi lễ nhận Huy hiệu 55 năm tuổi Đảng]EVENT sáng qua.",
        (("buổi lễ", "EVENT"),),
    ),
    (
        "Hội báo xuân khép lại bằng [lễ trao giải thưởng báo chí quốc gia năm 2006]EVENT.",
        (("lễ trao giải", "EVENT"),),
    ),
    (
        "Huyện chi 500 triệu đồng cho [lễ đón huân chương lao động hạng Ba]EVENT.",
        (),
    ),
    # Whom an award is given to is no part of its name.
    (
        "Nhân dịp này, tỉnh trao bằng khen các tập thể xuất sắc năm 2006.",
        (("bằng khen các tập thể xuất sắc năm 2006", "EVENT"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), AWARD_CEREMONIES)
def test_an_award_ceremony_keeps_what_names_the_award(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


ARRESTS_BY_POST_OR_NAME: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Công an tỉnh đã [bắt]EVENT được phó Chi cục Thuế huyện Lục Ngạn.", ()),
    ("Thời điểm [bắt giữ]EVENT ông Khải được coi là khá bất ngờ.", ()),
    ("Quân đội đã [bắt]EVENT được Đại tá Ba Lan Kowalski ở nhà máy.", ()),
    # A catch of things, people counted, or someone forced to act: no arrest.
    ("Ngư dân bắt được cá ngừ lớn ở Khánh Hòa.", (("bắt", "EVENT"),)),
    ("Ở Nghệ An cũng đã bắt một số cán bộ xã.", (("bắt", "EVENT"),)),
    ("Họ bắt ông Tư phải ký giấy bán đất.", (("bắt", "EVENT"),)),
    # A warrant served, and the arrest as an affair, are their nouns' own.
    ("Công an đã tống đạt lệnh bắt giữ Mueller Peter chiều qua.", (("bắt giữ", "EVENT"),)),
    ("Tổng thống chúc mừng Croatia về vụ bắt Gotovina.", (("bắt", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), ARRESTS_BY_POST_OR_NAME)
def test_an_arrest_of_someone_named_by_post_or_given_name(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


PLURAL_MEETINGS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Tuần tới, bà sẽ có các [cuộc gặp]EVENT với giới chức nước sở tại.", ()),
    ("Hai bên hy vọng các [cuộc gặp]EVENT đó sẽ mở ra hợp tác mới.", ()),
    ("Bàn về các [cuộc hội đàm]EVENT sắp tới, Bộ trưởng cho biết như vậy.", ()),
    # Meetings in general say no which.
    ("Hai nước cần duy trì các cuộc gặp gỡ cấp cao thường xuyên.", (("cuộc gặp gỡ", "EVENT"),)),
    ("Các cuộc gặp thường kéo dài đến trưa.", (("cuộc gặp", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), PLURAL_MEETINGS)
def test_plural_meetings_said_which_are_events(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
