"""Kinds of expression found wrong on long articles no gold covers (round 10), continued.

Deadlines, glued sentences, police departments, later mentions, court habits,
nicknames, branches, votes on posts, abbreviations, bare dates, hyphened and
joined parts of names, places near or around. Each sentence is written here,
not copied from an article. `[surface]LABEL` marks a span the rules must
suggest; `wrong` lists (surface, label) pairs that must not be suggested.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

# The day of an act counted from or to, in a deadline, names no event of its own.
DEADLINES: list[Case] = [
    (
        "Kỳ họp được triệu tập chậm nhất 30 ngày, kể từ ngày bầu cử đại biểu HĐND.",
        (("bầu cử đại biểu HĐND", "EVENT"),),
    ),
    ("Tòa thông báo cho bị cáo trước ngày xét xử về việc này.", (("xét xử", "EVENT"),)),
    ("Thời gian không cách quá 15 ngày so với ngày bầu cử đầu tiên.", (("bầu cử", "EVENT"),)),
    # With its date, or the day itself spoken of, the act is one.
    ("Đã 10 ngày kể từ ngày [bầu cử]EVENT [25/4]DATE.", ()),
    ("Ngày [bầu cử HĐND ba cấp]EVENT đã thực sự là ngày hội.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), DEADLINES)
def test_the_day_of_an_act_in_a_deadline_is_no_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# Two sentences glued at a full stop are two: the name before the dot ends there.
GLUED: list[Case] = [
    (
        "Ông [Ngụy Phượng Hòa]PER, [Bộ trưởng Bộ Quốc phòng Trung Quốc]ROLE.Trong khuôn khổ "
        "[chuyến thăm]EVENT, đoàn sẽ đến thăm.",
        (),
    ),
    ("Ông gặp [Chủ tịch UBND tỉnh Nghệ An]ROLE.Sau đó ông về [Hà Nội]LOC.", ()),
    # Initials, web addresses and units glued to a place stay as they are.
    ("Ảnh [Ng.Thạnh]PER", ()),
    ("Nguồn: [Lenta.ru]ORG", ()),
    ("Hội nghị tổ chức tại [TP.HCM]LOC.", ()),
    ("Người dân ở P.[Cầu Diễn]LOC phản ánh.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), GLUED)
def test_sentences_glued_at_a_full_stop_are_read_apart(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# A police department keeps the crimes it handles (`tội phạm về …`); leaving a
# post (`khỏi`) ends the post's body.
DEPARTMENTS: list[Case] = [
    (
        "[Thiếu tướng]ROLE [Phạm Xuân Quắc]PER, [Cục trưởng Cục CSĐT tội phạm về trật tự "
        "xã hội]ROLE, cho biết.",
        (),
    ),
    (
        "[Phòng Cảnh sát điều tra tội phạm về kinh tế Công an tỉnh Nghệ An]ORG vào cuộc.",
        (("Phòng Cảnh sát điều tra", "ORG"),),
    ),
    ("Rút [vụ trưởng Vụ 1A]ROLE khỏi việc điều tra vụ án", ()),
    ("Ông xin rút khỏi [Ban Chỉ đạo]ORG.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), DEPARTMENTS)
def test_a_police_department_keeps_the_crimes_it_handles(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# A person named in full once is named later by a post and the given name, or by
# the last two syllables of the name.
LATER_MENTIONS: list[Case] = [
    (
        "[Đại biểu]ROLE [Nguyễn Lân Dũng]PER đề nghị. [Đại biểu]ROLE [Dũng]PER còn cho rằng "
        "không nên.",
        (),
    ),
    ("[Tướng]ROLE [Cao Ngọc Oánh]PER nói.\n[Tướng]ROLE [Oánh]PER “mắng” cấp dưới", ()),
    (
        "[Nhà văn]ROLE [Nguyễn Thị Thu Huệ]PER nói vậy. Theo [Thu Huệ]PER, xu hướng là thế.",
        (),
    ),
    # A place ending in the same syllable stays a place.
    ("Ông [Nguyễn Văn Nam]PER về [Hà Nội]LOC. Đoàn đi [Quảng Nam]LOC.", (("Nam", "PER"),)),
    ("Có 1.200 đại biểu tham dự. Ông [Lê Văn An]PER phát biểu.", (("đại biểu", "ROLE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), LATER_MENTIONS)
def test_a_person_is_named_later_by_post_and_given_name_or_last_two_syllables(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# Defendants named by their custody, and going to court as a habit, are no event.
COURT_HABITS: list[Case] = [
    ("Các bị cáo tại ngoại ngồi tách biệt với các bị cáo tạm giam.", (("tạm giam", "EVENT"),)),
    (
        "Phiên tòa khó hơn nếu vừa có bị can tạm giam vừa có bị can tại ngoại.",
        (("tạm giam", "EVENT"),),
    ),
    ("Bị cáo không phải mặc áo tù khi ra tòa.", (("ra tòa", "EVENT"),)),
    ("Gia đình chuẩn bị trang phục cho bị cáo khi hầu tòa.", (("hầu tòa", "EVENT"),)),
    # A person's detention or day in court is one.
    ("Cùng [ra tòa]EVENT với [Hùng “xì-tẹc”]PER, còn có bị cáo [Phạm Thị Anh]PER.", ()),
    ("Hai bị cáo bị [tạm giam]EVENT là [Nguyễn Hữu Dũng]PER và [Nguyễn Thị Hà]PER.", ()),
    ("Khi [ra tòa]EVENT [sáng 5/3]DATE, bị cáo [Lê Văn Tám]PER nhận tội.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), COURT_HABITS)
def test_custody_as_an_attribute_and_court_as_a_habit_are_no_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# A nickname of several lowercase words is part of the name where the article
# introduces it as a nickname; elsewhere quoted words after a name are a phrase.
ALIASES: list[Case] = [
    (
        "[Nguyễn Thanh Hải]PER (còn có biện danh là [Hải “đại nhân”]PER) làm trong ngành. "
        "Sau đó ông Thuận cầu cứu [Hải “đại nhân”]PER lần nữa.",
        (("Hải", "PER"),),
    ),
    (
        "Bị cáo [Trần Văn Sơn]PER, biệt danh [Sơn “mặt sẹo”]PER, bị bắt. "
        "[Sơn “mặt sẹo”]PER khai nhận.",
        (),
    ),
    ("Ông [Lê Văn Quân]PER nói. [Quân]PER “nhắm thẳng” vào đối thủ.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), ALIASES)
def test_a_nickname_the_article_introduces_is_part_of_the_name(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# A branch institute (`Phân viện`) is a body's head like `Viện`.
BRANCHES: list[Case] = [
    (
        "Hồ sơ chuyển sang [Phân viện khoa học công nghệ giao thông vận tải phía nam]ORG "
        "để thẩm tra.",
        (),
    ),
    ("Ông làm việc tại [Phân viện Hải dương học Hải Phòng]ORG.", ()),
    ("Họ phân chia lại đất đai.", (("phân", "ORG"),)),
    # Signing ends a body's name.
    (
        "[Hôm qua]DATE, [Công ty xây dựng]ORG ký hợp đồng với đối tác.",
        (("Công ty xây dựng ký hợp đồng", "ORG"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), BRANCHES)
def test_a_branch_institute_is_a_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# A vote on the person for a post names the post.
VOTES_ON_POSTS: list[Case] = [
    (
        "Lần này [đại hội]EVENT có tổ chức [lấy phiếu tín nhiệm nhân sự TBT]EVENT, không phải bầu.",
        (("TBT", "ROLE"),),
    ),
    ("Ông phụ trách công tác nhân sự [Bộ trưởng Bộ Y tế]ROLE.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), VOTES_ON_POSTS)
def test_a_vote_on_the_person_for_a_post_names_the_post(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# An abbreviation in brackets longer than the place's name before it is the
# abbreviation of the body or outlet, not the place's.
NOT_THE_PLACES: list[Case] = [
    (
        "Hãng thông tấn nhà nước [Triều Tiên]LOC (KCNA) đưa tin.",
        (("Triều Tiên (KCNA)", "LOC"), ("KCNA", "LOC")),
    ),
    ("Các bên thực hiện Tuyên bố ứng xử ở [Biển Đông]LOC (DOC).", (("DOC", "LOC"),)),
    # The place's own abbreviation joins it.
    ("Người dân [Cộng hòa Nhân dân Donetsk (DPR)]LOC đi bầu. Lãnh đạo [DPR]LOC nói.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), NOT_THE_PLACES)
def test_an_abbreviation_longer_than_the_place_is_not_the_places(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# A range of days in brackets, and a bare date after a word of time, are a DATE;
# scores, shares and counts written the same way are not.
BARE_DATES: list[Case] = [
    ("Sau 8 ngày làm việc ([18.4-25.4]DATE), [Đại hội]EVENT thành công.", ()),
    ("Kỷ niệm ngày thống nhất đất nước ([30.4.1975 - 30.4.2006]DATE).", ()),
    ("Cầu được xây dựng xong từ [12-2001]DATE.", ()),
    ("Trước thời điểm [10-4]DATE, có một danh sách khác.", ()),
    ("Đội chủ nhà thắng (3-2) trước đội khách.", (("3-2", "DATE"),)),
    ("Giá tăng từ 5-10% mỗi năm.", (("5-10", "DATE"),)),
    ("Mỗi khóa học kéo dài từ 3-4 năm.", (("3-4", "DATE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), BARE_DATES)
def test_a_bracketed_range_or_a_date_after_a_word_of_time_is_a_date(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# Two lowercase words joined by a hyphen are one part of a body's description.
HYPHENED: list[Case] = [
    ("Kỹ sư thuộc [Phòng thiết kế cầu-đường]ORG của công ty.", (("Phòng thiết kế cầu", "ORG"),)),
    ("Ông làm ở [Công ty sản xuất-kinh doanh]ORG, nay đã nghỉ.", ()),
    ("[Công ty xuất nhập khẩu]ORG - thương mại cho biết.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), HYPHENED)
def test_a_hyphened_description_is_one_part_of_a_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# The part of a name after `và` keeps its lowercase syllables to the word's end.
JOINED_PARTS: list[Case] = [
    (
        "Ông [Nguyễn Duy Hồng]PER, [Vụ trưởng Vụ Thực hành quyền công tố và Kiểm sát án "
        "điều tra]ROLE thuộc [VKSND Tối cao]ORG, bị rút.",
        (),
    ),
    ("[Học viện Báo chí và Tuyên truyền]ORG thông báo tuyển sinh.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), JOINED_PARTS)
def test_a_joined_part_of_a_name_keeps_its_lowercase_syllables(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# A foreign place alone after `gần`, `quanh` or `khỏi` is a LOC; a foreign person the
# article named in full stays a PER there.
NEAR_PLACES: list[Case] = [
    ("Nhà máy sửa chữa máy bay gần [Lviv]LOC bị tấn công.", ()),
    ("Giao tranh ác liệt quanh [Bakhmut]LOC.", ()),
    ("Quân đội rút khỏi [Kherson]LOC.", ()),
    (
        "[Tổng thống]ROLE [Vladimir Putin]PER phát biểu. [Thủ tướng]ROLE đứng gần [Putin]PER.",
        (("Putin", "LOC"),),
    ),
    ("Ông [Jean Paris]PER đến. Sau đó ông tới [Paris]LOC.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), NEAR_PLACES)
def test_a_foreign_place_near_or_around_is_a_place_and_a_named_person_is_not(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
