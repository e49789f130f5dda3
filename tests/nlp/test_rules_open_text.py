"""Kinds of expression found wrong on articles no gold covers, with their lookalikes.

Each sentence is written here, not copied from an article. `[surface]LABEL`
marks a span the rules must suggest; `wrong` lists surfaces that must not be
suggested with that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

# A body given its abbreviation in brackets before its place is named by it later.
ABBREVIATED: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    (
        "[Văn phòng Đăng ký đất đai (VPĐKĐĐ) Nghệ An]ORG tuyển 50 người. "
        "Thí sinh nộp hồ sơ tại [VPĐKĐĐ Nghệ An]ORG.",
        (("Nghệ An", "LOC"),),
    ),
    (
        "[Trung tâm Phát triển quỹ đất (TTPTQĐ) tỉnh Bắc Ninh]ORG nhận hồ sơ.\n"
        "Sau đó [TTPTQĐ tỉnh Bắc Ninh]ORG trả lời.",
        (("Bắc Ninh", "LOC"),),
    ),
    (
        "[Văn phòng Đăng ký đất đai (VPĐKĐĐ) Hà Tĩnh]ORG tuyển người. "
        "Lãnh đạo [VPĐKĐĐ]ORG cho biết như vậy.",
        (),
    ),
    (
        "[Sở Tài nguyên và Môi trường (STNMT) tỉnh Cà Mau]ORG kiểm tra. "
        "[STNMT Cà Mau]ORG kết luận.",
        (("Cà Mau", "LOC"),),
    ),
    # An abbreviation of part of the name only names that part (the deputies).
    (
        "[Đoàn Đại biểu Quốc hội (ĐBQH) TPHCM]ORG làm việc. Các ĐBQH nêu ý kiến.",
        (("ĐBQH", "ORG"),),
    ),
    # Not defined in the article: the abbreviation stays unmarked, the place a LOC.
    ("Thí sinh nộp hồ sơ tại VPĐKĐĐ [Nghệ An]LOC.", (("VPĐKĐĐ Nghệ An", "ORG"),)),
    # A body abbreviated at the end of its name keeps a place written after it.
    (
        "[Quỹ Hỗ trợ nông dân (QHTND)]ORG cho vay. [QHTND tỉnh Long An]ORG giải ngân.",
        (("Long An", "LOC"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), ABBREVIATED)
def test_an_abbreviation_given_inside_a_name_names_the_body_with_its_place(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# A post after a lowercase `ban` or `cấp` names a board or a level, no post.
BOARDS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Mỗi ban chỉ huy quân sự xã có tủ súng.", (("chỉ huy", "ROLE"),)),
    ("Khi bắn cần có lệnh của cấp chỉ huy.", (("chỉ huy", "ROLE"),)),
    ("Ông làm việc tại ban thư ký của tổ chức.", (("thư ký", "ROLE"),)),
    ("Ông đã báo cáo ban giám đốc về việc này.", (("giám đốc", "ROLE"),)),
    # The same posts held by a person stay ROLEs.
    ("[Thư ký]ROLE [Nguyễn Văn An]PER ghi biên bản.", ()),
    ("Ông [Nguyễn Văn Bình]PER, [chỉ huy lực lượng đặc nhiệm]ROLE, cho biết.", ()),
    ("[Giám đốc]ROLE [Trần Văn Hòa]PER ký quyết định.", ()),
    ("[Phó ban chỉ huy quân sự phường]ROLE [Lê Văn Tám]PER có mặt.", ()),
    ("[Trưởng ban Tuyên giáo Tỉnh ủy]ROLE [Nguyễn Văn Hai]PER phát biểu.", ()),
    ("Chính phủ họp giao ban [Thủ tướng]ROLE và các [Phó Thủ tướng]ROLE.", ()),
    ("Sau giờ giao ban, [giám đốc]ROLE [Trần Văn Hòa]PER ký quyết định.", ()),
    ("Ông [Hải]PER, [phó ban thường trực Ban Dân vận]ROLE, phát biểu.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), BOARDS)
def test_a_post_after_a_lowercase_board_or_level_is_no_role(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# A criminal case named by its defendant, company or project is one EVENT, also
# with a capitalised `Vụ án` opening a sentence (no department is called `Vụ án`).
NAMED_CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("[Vụ án PMU 18]EVENT cho dù được xử lý nghiêm đến đâu.", (("PMU 18", "ORG"),)),
    ("[Vụ án Lê Văn Luyện]EVENT gây chấn động dư luận.", ()),
    ("[Vụ án Tân Hoàng Minh]EVENT được mở rộng.", ()),
    ("Tòa [xét xử]EVENT [vụ án Vinashin]EVENT theo kế hoạch.", (("Vinashin", "ORG"),)),
    ("Hồ sơ [vụ án Vinalines]EVENT đã được chuyển đi.", (("Vinalines", "ORG"),)),
    # The company itself, a bare case, a body acting and a department stay as they are.
    ("Ông làm việc tại [PMU 18]ORG nhiều năm.", (("PMU 18", "EVENT"),)),
    ("Trong vụ án [Bộ Công an]ORG đang điều tra, nhiều người bị bắt.", ()),
    ("[Vụ Tổ chức cán bộ]ORG đã trình danh sách.", (("Vụ Tổ chức cán bộ", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), NAMED_CASES)
def test_a_case_named_by_its_defendant_or_company_is_one_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# A body written whole once in the article (in a title or alone) is whole wherever
# the same words follow, where a lowercase word of its name cut it short.
BODY_EXTENTS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    (
        "Ông là [Phó Giám đốc Bệnh viện Bệnh Nhiệt đới Trung ương]ROLE.\n"
        "Ông làm việc tại [Bệnh viện Bệnh Nhiệt đới Trung ương]ORG từ lâu.",
        (("Bệnh viện Bệnh Nhiệt", "ORG"),),
    ),
    (
        "Bà là [Phó Viện trưởng Viện Nghiên cứu Biển đảo]ROLE.\n"
        "Sau đó [Viện Nghiên cứu Biển đảo]ORG công bố báo cáo.",
        (),
    ),
    # Written whole nowhere in the article: the rules' own extent stays (a hospital's
    # capitalised name is read whole by its own rule, so a centre stands in here).
    ("Ông làm việc tại [Trung tâm Bệnh Nhiệt]ORG đới Trung ương.", ()),
    ("Ông làm việc tại [Bệnh viện Bệnh Nhiệt đới Trung ương]ORG.", ()),
    # A body written whole elsewhere does not take words that only follow it here.
    (
        "Bà là [Giám đốc Sở Y tế]ROLE. [Sở Y tế]ORG đới ngoại giao tốt.",
        (("Sở Y tế đới", "ORG"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), BODY_EXTENTS)
def test_a_body_written_whole_once_is_whole_where_a_lowercase_word_cut_it(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# A unit noun right after another (`vùng Thủ đô`) is no place's name.
NESTED_UNITS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Tăng cường liên kết trong vùng Thủ đô để phát triển.", (("Thủ", "LOC"),)),
    ("Phát triển vùng Thủ đô [Hà Nội]LOC.", (("Thủ", "LOC"),)),
    ("Các tỉnh vùng [Tây Bắc]LOC đã họp.", ()),
    ("Ông về huyện [Thủ Thừa]LOC, tỉnh [Long An]LOC.", ()),
    ("Ông đến vùng [Đông Nam bộ]LOC.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), NESTED_UNITS)
def test_a_unit_noun_after_another_is_no_place_name(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# A profession right before a person's name is a ROLE, also before the given name
# the article then uses alone; in general or in the plural it is none.
PROFESSIONS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Theo [luật sư]ROLE [Phạm Văn Hòa]PER, vụ án có dấu hiệu oan.", ()),
    ("[Nhà thơ]ROLE [Vũ Ngọc Lâm]PER phát biểu tại buổi lễ.", ()),
    ("Ông gửi bản thảo cho [nhà văn]ROLE [Lê Minh Khuê]PER đọc.", ()),
    ("[Nhà báo]ROLE [Trần Văn Hải]PER đến.\nSau đó [nhà báo]ROLE [Hải]PER nói.", ()),
    (
        "[Bác sĩ]ROLE [Nguyễn Trung Lực]PER được khen.\n"
        "Trong đó, [bác sĩ]ROLE [Lực]PER điều trị cho 20 bệnh nhân.",
        (),
    ),
    ("Các luật sư đã đề nghị tòa tuyên vô tội.", (("luật sư", "ROLE"),)),
    ("Ông là một nhà báo chuyên nghiệp.", (("nhà báo", "ROLE"),)),
    ("Ông mời luật sư bào chữa cho con.", (("luật sư", "ROLE"),)),
    ("[Hội Nhà báo Việt Nam]ORG tổ chức [lễ kỷ niệm]EVENT.", (("Nhà báo", "ROLE"),)),
    ("Theo [Đoàn luật sư TP.HCM]ORG, hồ sơ đã đủ.", (("luật sư", "ROLE"),)),
]


@pytest.mark.parametrize(("line", "wrong"), PROFESSIONS)
def test_a_profession_right_before_a_name_is_a_role(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# A law or ordinance named by the body it governs is one DOC, never the country
# `Pháp` and a body.
LAWS_NAMED_BY_BODIES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    (
        "Chế độ được hưởng theo quy định của [Pháp lệnh Công an xã]DOC đến nay.",
        (("Pháp", "LOC"), ("Công an xã", "ORG")),
    ),
    ("Theo [Pháp lệnh Dân quân tự vệ]DOC, xã phải có lực lượng.", (("Pháp", "LOC"),)),
    ("Theo [Luật Tổ chức Quốc hội]DOC, đại biểu có quyền chất vấn.", ()),
    # `Pháp` as France, before a verb `lệnh` (to order), stays a place.
    ("Ông sang [Pháp]LOC làm việc. [Pháp]LOC lệnh cho quân rút.", (("Pháp lệnh", "DOC"),)),
    ("[Công an xã]ORG đã có mặt tại hiện trường.", (("Công an xã", "DOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), LAWS_NAMED_BY_BODIES)
def test_a_law_named_by_the_body_it_governs_is_one_doc(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# A bare later mention of a case the article reports is an EVENT, the deictic
# outside; a first mention that only classifies the case is none.
BARE_CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("[Vụ án]EVENT này có nhiều bị cáo.", (("Vụ án này", "EVENT"),)),
    ("Các bị cáo trong [vụ án]EVENT trên đều kháng cáo.", ()),
    ("Hồ sơ [vụ án]EVENT đã được chuyển sang viện kiểm sát.", ()),
    ("Theo quyết định đưa [vụ án]EVENT ra [xét xử]EVENT, phiên tòa kéo dài.", ()),
    ("Bà là bị cáo cùng [vụ án]EVENT này.", ()),
    ("[Vụ án]EVENT đang được điều tra mở rộng.", ()),
    ("Đây là vụ án buôn lậu xăng dầu lớn nhất.", (("vụ án", "EVENT"),)),
    ("Ông bị bắt trong một vụ án giết người.", (("vụ án", "EVENT"),)),
    ("Nhiều vụ án tham nhũng được phát hiện.", (("vụ án", "EVENT"),)),
    ("Công an đã [khởi tố vụ án]EVENT hình sự.", (("vụ án", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), BARE_CASES)
def test_a_bare_later_mention_of_a_case_is_an_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# The arrest of a person named right before `bị` is an EVENT, the verb alone.
ARRESTS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Ông [Lê Văn Hòa]PER (40 tuổi, trú tại [Hà Nội]LOC) bị [bắt]EVENT.", ()),
    ("[Trung tướng]ROLE [Pavel Orlik]PER đã bị [bắt]EVENT.", (("bị bắt", "EVENT"),)),
    ("Bị can [Trần Quang Vinh]PER bị [bắt]EVENT hôm qua.", ()),
    ("Anh ta bị [bắt quả tang]EVENT khi đang vận chuyển hàng.", ()),
    ("Ba người bị bắt giữ tại cửa khẩu.", (("bắt giữ", "EVENT"),)),
    ("Trong vụ này, nhiều người bị bắt.", (("bắt", "EVENT"),)),
    ("Đội khách dễ bị bắt bài.", (("bắt", "EVENT"),)),
    ("Bị bắt, ông vẫn không khai.", (("bắt", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), ARRESTS)
def test_the_arrest_of_a_person_named_before_it_is_an_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# A meeting keeps a purpose written right after it (one verb and its object), up
# to a place, time or clause; a purpose after `nhằm` or the participants stays out.
MEETING_PURPOSES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Tại [cuộc họp khẩn bàn về quy định đăng ký xe máy]EVENT tại thành phố, ông nói.", ()),
    (
        "Ông chủ trì [cuộc họp công bố các quyết định của Bộ Quốc phòng]EVENT tại trụ sở.",
        (("Bộ Quốc phòng", "ORG"),),
    ),
    ("Tại [buổi họp đánh giá công tác phòng dịch]EVENT, ông nói.", ()),
    ("[Cuộc họp bàn về vấn đề này]EVENT kéo dài 3 giờ.", ()),
    (
        "Sau [cuộc họp]EVENT với các cơ quan chức năng nhằm bàn về quy định, ông nói.",
        (("cuộc họp với các cơ quan chức năng", "EVENT"),),
    ),
    ("[Cuộc họp]EVENT thông qua nghị quyết về nhân sự.", (("Cuộc họp thông qua", "EVENT"),)),
    ("Hội đồng sẽ họp bàn về quy định đăng ký xe.", (("họp bàn về quy định", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), MEETING_PURPOSES)
def test_a_meeting_keeps_the_purpose_written_right_after_it(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


# Rules adopted for an election are a DOC named by it, the election inside; a
# particular political drive held at a stated time is an EVENT.
RULES_AND_DRIVES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    (
        "Hội nghị cho ý kiến về chương trình, quy chế làm việc, "
        "[quy chế bầu cử Ban Chấp hành Đảng bộ tỉnh khóa XV]DOC.",
        (("quy chế làm việc", "DOC"), ("bầu cử Ban Chấp hành Đảng bộ tỉnh khóa XV", "EVENT")),
    ),
    # A bare `quy chế bầu cử` is the election's rules too (the gold README's news14
    # decision 10, `Theo [qui chế bầu cử]DOC`; news25 marks it the same way).
    ("Đại hội thông qua [quy chế bầu cử]DOC và bầu ban chấp hành.", ()),
    ("Ông ra quy chế làm việc mới.", (("quy chế làm việc", "DOC"),)),
    ("Cử tri đi [bầu cử đại biểu Quốc hội khóa XV]EVENT.", ()),
    (
        "Kể từ [18-11-2005]DATE, khắp tỉnh đã diễn ra [đợt sinh hoạt chính trị]EVENT sâu rộng.",
        (),
    ),
    ("Thị trấn tổ chức đợt cao điểm Tết.", (("đợt cao điểm", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), RULES_AND_DRIVES)
def test_election_rules_are_a_doc_and_a_political_drive_an_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
