"""Round 15: EVENT kinds that recurred at blind time, written as constructions.

Invented sentences (other states, bodies and outlets' styles than the gold
files), each kind with lookalikes where the rule must not fire.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

# A war's kind and evaluation between its head and what names it (sides, agent).
WAR_KINDS: list[Case] = [
    ("Họ lo ngại [cuộc chiến tranh xâm lược Iraq]EVENT sẽ kéo dài.", ()),
    ("Liên Hợp Quốc kêu gọi chấm dứt [cuộc xung đột nội bộ Syria]EVENT.", ()),
    ("Báo chí nói về [cuộc xâm lược không thể tránh khỏi của Mỹ]EVENT vào Iraq.", ()),
    ("Thế giới chứng kiến [cuộc tấn công dữ dội của quân đội Israel]EVENT.", ()),
    # Lookalikes: the invaders, a war's kind with nothing naming it, a party's inner life.
    ("Quân xâm lược đã phải rút lui.", (("xâm lược", "EVENT"),)),
    ("Chiến tranh xâm lược luôn bị lên án.", (("Chiến tranh xâm lược", "EVENT"),)),
    ("Đảng giữ vững đoàn kết nội bộ.", (("nội bộ", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), WAR_KINDS)
def test_a_war_keeps_its_kind_and_evaluation(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# Violence named with `vụ` and its victims or weapon; a bare case the article reports.
AFFAIRS: list[Case] = [
    ('Báo chí gọi đó là "[vụ thảm sát]EVENT" ở [Quảng Ngãi]LOC.', ()),
    ("Nhân chứng kể lại [vụ xả súng]EVENT tại trường học.", ()),
    ("Báo cáo nêu những [vụ giết dân thường]EVENT ở [Aleppo]LOC.", ()),
    ("Họ bị cáo buộc thực hiện [vụ tấn công bằng vũ khí sinh học]EVENT năm đó.", ()),
    ("Qua [vụ án]EVENT, ngành kiểm sát rút ra nhiều bài học.", ()),
    ("Có 12 bị can của [vụ án]EVENT, trong đó có ba giám đốc.", ()),
    # Lookalikes: a crime by its kind, many killings anywhere, a case only classified.
    ("Cảnh sát đang điều tra một vụ giết người.", (("vụ giết người", "EVENT"),)),
    ("Mỗi vụ giết dân thường đều bị lên án.", (("vụ giết dân thường", "EVENT"),)),
    ("Đây là vụ án.", (("vụ án", "EVENT"),)),
    ("Ông kể về một vụ án.", (("vụ án", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), AFFAIRS)
def test_violence_and_a_case_referred_to_are_events(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


def test_a_bare_dh_is_the_congress_an_article_named_with_it(rules: RuleSuggester) -> None:
    check_marked(
        rules,
        "Các đại biểu dự [ĐH XII]EVENT đã đến. Đoàn chủ tịch đề nghị [ĐH]EVENT giao "
        "việc này cho Trung ương. Văn kiện [ĐH]EVENT được thông qua.",
        (),
    )


@pytest.mark.parametrize(
    "line",
    [
        # No congress named with ĐH: a university, schooling.
        "Ông tốt nghiệp ĐH năm 1990. ĐH sẽ khai giảng vào tháng 9.",
        # The congress named, but ĐH of a school or of a whole level.
        "Các đại biểu dự [ĐH XII]EVENT đã đến. Con ông học ĐH Bách khoa.",
    ],
)
def test_a_bare_dh_elsewhere_is_no_congress(rules: RuleSuggester, line: str) -> None:
    check_marked(rules, line, (("ĐH", "EVENT"),))


@pytest.mark.parametrize(
    "line",
    [
        "Chủ trương Đại hội Đảng bộ xã, phường bầu trực tiếp bí thư được mở rộng.",
        "Đại hội Đảng bộ các tỉnh đều đã hoàn thành.",
    ],
)
def test_congresses_of_a_whole_level_are_no_event(rules: RuleSuggester, line: str) -> None:
    check_marked(rules, line, (("Đại hội Đảng bộ xã", "EVENT"), ("Đại hội Đảng bộ", "EVENT")))


def test_one_provincial_congress_stays_an_event(rules: RuleSuggester) -> None:
    check_marked(rules, "[Đại hội Đảng bộ tỉnh Nghệ An lần thứ XIX]EVENT đã bế mạc.", ())


# Official acts of foreign affairs: a banquet held, a state recognised, a counterpart met.
OFFICIAL_ACTS: list[Case] = [
    ("[Chủ tịch nước]ROLE tổ chức [chiêu đãi]EVENT trọng thể [Quốc vương Campuchia]ROLE.", ()),
    ("Phát biểu tại [tiệc chiêu đãi]EVENT, ông cảm ơn nước chủ nhà.", ()),
    ("Quốc hội nước này đề nghị [công nhận]EVENT [Kosovo]LOC.", ()),
    ("Nhiều nước đã [công nhận]EVENT hai nước cộng hòa ly khai.", ()),
    ("[Thủ tướng Nhật Bản]ROLE [Kishida]PER [gặp]EVENT người đồng cấp Hàn Quốc.", ()),
    # Lookalikes: a dish served, credentials or a title recognised.
    ("Gia đình chiêu đãi khách món bánh chưng.", (("chiêu đãi", "EVENT"),)),
    ("Hội đồng chưa công nhận tư cách đại biểu của ông.", (("công nhận", "EVENT"),)),
    ("Bà được công nhận là Nghệ nhân Nhân dân.", (("công nhận", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), OFFICIAL_ACTS)
def test_an_act_of_foreign_affairs_is_an_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


TITLED: list[Case] = [
    ("Trong [Thế vận hội Mùa hè Tokyo]EVENT [năm 2021]DATE, đoàn giành hai huy chương.", ()),
    ("Lễ khai mạc [Thế vận hội Mùa đông Bắc Kinh]EVENT rất ấn tượng.", ()),
    ("Sách viết về [Chiến tranh 6 ngày]EVENT năm 1967.", ()),
    # Lookalikes: the games in general, a war's length said of any war.
    ("Giai đoạn diễn ra Thế vận hội Olympic luôn căng thẳng.", (("Thế vận hội Olympic", "EVENT"),)),
    ("Các kỳ Thế vận hội Mùa hè Paris đều đông khách.", (("Thế vận hội Mùa hè Paris", "EVENT"),)),
    ("Chiến tranh kéo dài 5 năm.", (("Chiến tranh", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), TITLED)
def test_games_and_wars_titled_by_season_host_or_length(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


CEREMONIES_AND_TALKS: list[Case] = [
    # A ceremony for an award keeps the award's name and class.
    ("Xã chi 200 triệu đồng cho [lễ đón Huân chương Lao động hạng Nhì]EVENT.", ()),
    ("Đội bóng dự [lễ trao Huy chương Vàng]EVENT tối qua.", ()),
    # A talk given to the press is no event; a call held with reporters stays one.
    ("Bộ trưởng đã có cuộc trao đổi với báo chí về dự luật.", (("cuộc trao đổi", "EVENT"),)),
    ("Ông có [cuộc trao đổi qua điện thoại]EVENT với các phóng viên.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CEREMONIES_AND_TALKS)
def test_award_ceremonies_and_press_talks(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(
    "line",
    [
        "Ông phát biểu thẳng thắn tại diễn đàn Quốc hội.",
        "Nhiều ý kiến được nêu trên diễn đàn HĐND thành phố.",
    ],
)
def test_the_floor_of_a_legislature_is_no_forum(rules: RuleSuggester, line: str) -> None:
    check_marked(
        rules, line, (("diễn đàn Quốc hội", "EVENT"), ("diễn đàn HĐND thành phố", "EVENT"))
    )
