"""Kinds of error that recurred in three or more blind sets (news3 … news10), round 13.

Each sentence is written here, not copied from an article: each pattern must
hold for places, bodies and names the gold never saw, and its lookalikes
(the same words where the pattern must not fire) sit beside it.
`[surface]LABEL` marks a span the rules must suggest; `wrong` lists
surfaces that must not be suggested with that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

BARE_ARMS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # An arm of service in lower case right before its state names that state's force.
    ("Sáng nay [pháo binh Israel]ORG đã nã đạn vào thị trấn.", (("Israel", "LOC"),)),
    ("Đoàn xe nằm dưới sự yểm trợ của [bộ binh Syria]ORG.", (("Syria", "LOC"),)),
    ("Tàu chiến của [hải quân Pháp]ORG cập cảng Toulon.", (("Pháp", "LOC"),)),
    ("Hôm 3/5, [không quân Thổ Nhĩ Kỳ]ORG đã không kích.", ()),
    ("Cây cầu do [công binh Ấn Độ]ORG dựng lại.", ()),
    ("Họ muốn đánh vào [lực lượng pháo binh Iran]ORG đang tham chiến.", ()),
    ("Cuộc giao tranh giữa [quân chính phủ Sudan]ORG và phe nổi dậy.", ()),
    # After a word for soldiers or a unit the arm says what they are: the state is a LOC.
    ("Ba lính pháo binh [Israel]LOC bị thương.", (("pháo binh Israel", "ORG"),)),
    ("Các tiểu đoàn bộ binh [Syria]LOC rút lui.", (("bộ binh Syria", "ORG"),)),
    ("Đơn vị công binh [Ấn Độ]LOC đã tới.", (("công binh Ấn Độ", "ORG"),)),
    # A site's noun that holds the arm keeps its name a place.
    ("Máy bay hạ cánh ở căn cứ không quân [Incirlik]LOC.", (("không quân Incirlik", "ORG"),)),
    # No state after the arm: nothing.
    ("Ông từng phục vụ trong pháo binh nhiều năm.", (("pháo binh", "ORG"),)),
    ("Bộ Quốc phòng không bình luận.", (("phòng không", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), BARE_ARMS)
def test_a_bare_arm_before_its_state_is_the_states_force(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


NAMED_TRADES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A trade right before a person's name is a ROLE, a nationality may stand between.
    ("Bức ảnh do [phóng viên]ROLE [Lê Hoàng Nam]PER chụp.", ()),
    ("[Phóng viên chiến trường]ROLE người [Pháp]LOC [Jean Dubois]PER kể lại.", ()),
    ("Sau vụ va chạm, [thuyền trưởng]ROLE [Trần Văn Lộc]PER bị tạm giữ.", ()),
    ("[Phi công]ROLE [Đỗ Minh Quang]PER đã hạ cánh an toàn.", ()),
    ("Bài hát của [rapper]ROLE người [Mỹ]LOC [Eminem]PER bị cấm.", ()),
    ("Video mới của [rapper]ROLE [Oxxxymiron]PER gây tranh cãi.", ()),
    # With an outlet after it, in general or in the plural, the trade is none.
    ("Trao đổi với phóng viên [Tiền Phong]ORG, ông cho biết.", (("phóng viên", "ROLE"),)),
    ("Phóng viên [Reuters]ORG có mặt tại hiện trường.", (("Phóng viên", "ROLE"),)),
    ("Theo ước tính của phóng viên này, số người tăng.", (("phóng viên", "ROLE"),)),
    ("Các thuyền trưởng phải khai báo với biên phòng.", (("thuyền trưởng", "ROLE"),)),
    ("Thuyền trưởng của tàu rất giỏi.", (("Thuyền trưởng", "ROLE"),)),
    ("Các phóng viên [Nguyễn Văn An]PER và [Lê Thị Bình]PER đã tới.", (("phóng viên", "ROLE"),)),
    ("Phóng viên Mỹ cho biết.", (("Phóng viên", "ROLE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), NAMED_TRADES)
def test_a_trade_right_before_a_name_is_a_role(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


CAPTION_CUTS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A headline or caption without its stop: the next sentence's first word is cut off.
    (
        "Chúc Tết công nhân [Công ty Sabeco]ORG Ông [Trần Minh Khoa]PER đến thăm.",
        (("Công ty Sabeco Ông", "ORG"),),
    ),
    (
        "Gian trưng bày của [Tạp chí Cửa Việt]ORG Trao giải cho tác giả trẻ.",
        (("Tạp chí Cửa Việt Trao", "ORG"),),
    ),
    (
        "Ông [Lê Quang Hà]PER Trụ sở công ty nơi bị khám xét.",
        (("Lê Quang Hà Trụ", "PER"),),
    ),
    (
        "Thăm [Công ty Hòa Phát]ORG Lãnh đạo tỉnh tặng quà công nhân.",
        (("Công ty Hòa Phát Lãnh", "ORG"),),
    ),
    # Nothing of that kind after the word: the name stays whole.
    ("Ông [Nguyễn Văn Trao]PER đã nghỉ hưu.", (("Nguyễn Văn", "PER"),)),
    ("Tàu ra đảo [Cát Bà]LOC mỗi sáng.", (("Cát", "LOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CAPTION_CUTS)
def test_a_name_at_a_captions_end_leaves_the_next_sentences_first_word(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


BARE_BODIES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A post keeps the plain noun of its body when nothing names the body after it.
    ("Ông được cử làm [Chủ tịch Hội]ROLE, bà Lan làm phó.", (("Chủ tịch", "ROLE"),)),
    ("Ông từng giữ chức [giám đốc chi nhánh]ROLE. Sau đó ông nghỉ.", (("giám đốc", "ROLE"),)),
    ("Tiền do [giám đốc ngân hàng]ROLE này giữ.", (("giám đốc", "ROLE"),)),
    ("Phải xử lý [người đứng đầu đơn vị]ROLE, kể cả cấp phó.", ()),
    ("Trách nhiệm của [trưởng cơ quan]ROLE đó chưa được làm rõ.", ()),
    ("Ý kiến của [Tổng thư ký hội]ROLE, theo ông, là đúng.", (("Tổng thư ký", "ROLE"),)),
    # Before a verb the gold keeps the noun too (news14: `[giám đốc công ty] duyệt`).
    ("Ở đây [giám đốc ngân hàng]ROLE duyệt chi.", (("giám đốc", "ROLE"),)),
    # A name after the noun is the body's: the body rules read it whole.
    ("[Giám đốc công ty Hưng Thịnh]ROLE đã bỏ trốn.", (("Giám đốc công ty", "ROLE"),)),
    # General or part of another word: no post.
    (
        "Cần kỷ luật những người đứng đầu cơ quan, đơn vị vi phạm.",
        (("người đứng đầu cơ quan", "ROLE"),),
    ),
    ("Mức tăng trưởng đơn vị đạt 5%.", (("trưởng đơn vị", "ROLE"),)),
    ("Cơ quan đã nhận đơn.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), BARE_BODIES)
def test_a_post_keeps_the_bare_noun_of_its_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


LAW_NAMES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A law's name runs on past the comma or `và` that belongs to it; a bill keeps `Dự`.
    ("Đại biểu góp ý [Dự luật Bảo vệ và phát triển rừng]DOC sáng nay.", ()),
    ("Tỉnh triển khai [Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân]DOC.", ()),
    (
        "Quốc hội xem xét [Luật ký kết, gia nhập và thực hiện điều ước quốc tế]DOC; sau đó nghỉ.",
        (("Luật ký kết", "DOC"),),
    ),
    (
        "Theo [Luật ban hành văn bản quy phạm pháp luật của HĐND và UBND]DOC, tỉnh phải rà soát.",
        (("HĐND", "ORG"), ("UBND", "ORG")),
    ),
    ("Ủy ban thẩm tra [dự luật Bảo vệ, chăm sóc và giáo dục trẻ em]DOC, chiều qua.", ()),
    # A `và` after the name that starts another matter stays outside.
    ("Thực hiện [Luật Đất đai]DOC và các văn bản hướng dẫn.", ()),
    ("Họ học [Luật Phòng, chống tham nhũng]DOC và tuyên truyền rộng rãi.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), LAW_NAMES)
def test_a_laws_name_keeps_its_comma_and_va(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


JOINED_FIELDS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # Two listed fields joined by a spaced dash name one office, in its post too.
    (
        "Ông Lâm, [trưởng Phòng kế hoạch - đầu tư]ROLE, ký văn bản.",
        (("trưởng Phòng kế hoạch", "ROLE"),),
    ),
    ("Hồ sơ được chuyển cho [Phòng tài chính - kế toán]ORG của huyện.", (("kế toán", "ROLE"),)),
    ("[Phòng nội vụ - lao động]ORG đã kiểm tra.", (("Phòng nội vụ", "ORG"),)),
    ("Ông [Bùi Văn Tâm]PER, [Bộ trưởng Nông nghiệp]ROLE, phát biểu.", ()),
    # A dash that opens an aside, or glues a parent body, leaves the name as it is.
    ("[Phòng Tài chính]ORG - nơi ông làm việc - đã kiểm tra.", ()),
    ("Ông là kế toán của công ty.", (("kế toán", "ROLE"),)),
    # A single field added for the dash keeps the longer field it opens.
    ("Họ làm việc với [Sở Giao thông công chính]ORG và công an.", (("Sở Giao thông", "ORG"),)),
]


@pytest.mark.parametrize(("line", "wrong"), JOINED_FIELDS)
def test_two_fields_joined_by_a_dash_name_one_office(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


SEAS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A sea, strait or bay in lowercase before a foreign name: the name is the place.
    ("Tàu chở dầu đi qua eo biển [Hormuz]LOC sáng nay.", (("eo biển Hormuz", "LOC"),)),
    ("Hạm đội tập trận ở biển [Baltic]LOC.", ()),
    ("Thành phố nằm bên bờ biển [Azov]LOC, phía nam.", ()),
    # A Vietnamese word after it is a direction, a kind or a body's part: left alone.
    ("[Cảnh sát biển Việt Nam]ORG cho biết tàu đã rời đi.", (("Việt Nam", "LOC"),)),
    ("Xe mang biển số 29A bị giữ.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), SEAS)
def test_a_sea_before_a_foreign_name_leaves_the_name_a_place(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


COMMAND_WORDS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # `Bộ chỉ huy` + what it commands (+ its state) is a body.
    ("[Bộ chỉ huy lực lượng đặc biệt Israel]ORG ra lệnh rút quân.", (("chỉ huy", "ROLE"),)),
    ("[Bộ chỉ huy tác chiến phía nam]ORG của [Nga]LOC xác nhận.", (("chỉ huy", "ROLE"),)),
    # Bare, `chỉ huy` is the verb or the staff in general; `hạ sĩ quan` a class of soldiers.
    ("Cảnh sát điều hòa, chỉ huy giao thông ở ngã tư.", (("chỉ huy", "ROLE"),)),
    ("Mọi khoản phải báo cáo cho chỉ huy cùng ký.", (("chỉ huy", "ROLE"),)),
    ("Quân đội thiếu hạ sĩ quan giỏi.", (("hạ sĩ", "ROLE"),)),
    # With its unit, or as a rank before a name, the post stays.
    ("Ông [Ivan Petrov]PER, [chỉ huy sư đoàn 5]ROLE, bị thương.", ()),
    ("[Hạ sĩ]ROLE [Nguyễn Văn Lâm]PER bị thương.", ()),
    ("[Bộ Chỉ huy Quân sự tỉnh Nghệ An]ORG tổ chức diễn tập.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), COMMAND_WORDS)
def test_a_bare_command_word_is_no_post_and_a_command_is_a_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


HOUSE_BLOCKS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A block of house numbers before a street, and a plot by its numbers.
    ("Tòa nhà tại số 14-16 [Hàm Nghi]LOC, quận 1 đã bán.", ()),
    ("Công ty thuê khu đất 2-4 [Phạm Ngọc Thạch]LOC không qua đấu giá.", ()),
    # A score is no house number.
    ("Đội thắng với tỷ số 1-2 Bảng Vàng.", (("Bảng Vàng", "LOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), HOUSE_BLOCKS)
def test_a_block_of_house_numbers_makes_the_name_after_it_a_street(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


COMPANY_ENDS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A company's lowercase name ends before an adverb or `vay`.
    ("Văn bản này giúp [Công ty Xây lắp]ORG vay hơn 2 tỷ đồng.", (("Công ty Xây lắp vay", "ORG"),)),
    (
        "Các [Công ty Nhà nước hạng một]ORG hiện chưa cổ phần hóa.",
        (("Công ty Nhà nước hạng một hiện", "ORG"),),
    ),
    # `thực hiện` stays a word of a title.
    ("Đại hội thông qua [Chương trình hành động thực hiện Nghị quyết]DOC.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), COMPANY_ENDS)
def test_a_companys_lowercase_name_ends_before_an_adverb(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


DAY_WORDS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A relative day keeps the `ngày` or `buổi` before it.
    ("Ông bị triệu tập trong [ngày hôm qua]DATE để làm rõ.", (("hôm qua", "DATE"),)),
    ("Nội dung chính của [buổi chiều nay]DATE là giám sát.", (("chiều nay", "DATE"),)),
    ("Hội nghị kéo dài hết [ngày hôm nay 12-3]DATE.", (("hôm nay 12-3", "DATE"),)),
    # Without it the relative day stands alone.
    ("[Hôm qua]DATE, đoàn đã về nước.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), DAY_WORDS)
def test_a_relative_day_keeps_the_day_word_before_it(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
