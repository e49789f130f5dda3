"""Round 33 rules: bodies cut before a verb, parties spoken of, documents by a short name.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists surfaces that must not be suggested with
that label.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

RUN_ONS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    (
        "Thay mặt [Chính phủ]ORG, [Ủy ban ATGT quốc gia]ORG cảm ơn chính quyền hai tỉnh.",
        (("Ủy ban ATGT quốc gia cảm ơn", "ORG"),),
    ),
    (
        "Dự án có [UBND TP HCM]ORG và [Hội Bảo vệ người tiêu dùng]ORG tham gia.",
        (("Hội Bảo vệ người tiêu dùng tham gia", "ORG"),),
    ),
    ("Luật được [Nghị viện Đài Loan]ORG thông qua.", (("Nghị viện Đài Loan thông", "ORG"),)),
    (
        "Lời của ông trước [Hội đồng Quốc gia]ORG khiến cả [Bộ Tư pháp Iraq]ORG ngạc nhiên.",
        (("Hội đồng Quốc gia khiến cả Bộ Tư pháp Iraq", "ORG"),),
    ),
    (
        "Ông công tác tại [Bộ Kế hoạch - đầu tư]ORG Theo quy định, bộ phối hợp với các tỉnh.",
        (("Bộ Kế hoạch - đầu tư Theo", "ORG"),),
    ),
    (
        "Theo giấy triệu tập của [Cục CSĐT tội phạm về trật tự xã hội]ORG, ông Tùng đã đến.",
        (("Cục CSĐT tội phạm về trật tự xã hội, ông", "ORG"),),
    ),
    # Lookalikes: a body whose name ends before the verb; a verb after a bare head.
    ("[Ban Chỉ đạo]ORG đề nghị các tỉnh báo cáo.", ()),
    ("[Hội Nông dân Việt Nam]ORG tham gia chương trình.", ()),
]

PARTIES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Uy tín của ông giảm. Đảng cầm quyền theo đường lối bảo thủ đã thắng.", (("Đảng", "ORG"),)),
    ("Đảng này tránh được lệnh cấm hoạt động.", (("Đảng", "ORG"),)),
    ("Đảng của ông này có nhiều hy vọng thắng cử.", (("Đảng", "ORG"),)),
    # The Party named alone keeps its ORG.
    ("[Đảng]ORG lãnh đạo toàn diện công tác cán bộ.", ()),
    ("Dịp kỷ niệm ngày thành lập [Đảng]ORG, thành phố tổ chức mít tinh.", ()),
]

DASHES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A body named after two places joined by a dash keeps both.
    ("Cán bộ [Chi cục Hải quan Nội Bài - Hà Nội]ORG đã bị kỷ luật.", (("Hà Nội", "LOC"),)),
    ("Hiện nay, [tòa phúc thẩm miền Trung - Tây Nguyên]ORG đặt tại [Đà Nẵng]LOC.", ()),
    # A department with its parent office after a dash is one body.
    ("Ông từng công tác ở [Vụ Pháp chế - Văn phòng Chính phủ]ORG.", ()),
    # Lookalikes: bodies listed with dashes; two listed bodies of no division.
    ("Lãnh đạo [Thành ủy]ORG - [HĐND]ORG - [UBND]ORG dự lễ.", ()),
    ("[Bộ Tư pháp]ORG - [Văn phòng Chính phủ]ORG phối hợp soạn thảo.", ()),
]

KINDS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Ông mở văn phòng luật sư riêng ở New York.", (("văn phòng luật sư", "ORG"),)),
    ("Những điểm mới của Bộ luật là quy định về thẩm quyền.", (("Bộ", "ORG"),)),
    ("Bộ chủ quản sau khi xem xét đã quyết định kỷ luật.", (("Bộ", "ORG"),)),
    # A named office keeps its ORG.
    ("Ông làm việc tại [văn phòng luật sư Á Châu]ORG.", ()),
]

ABBREVIATIONS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A body's abbreviation first written at the end of a post names it later.
    (
        "Lời khai của nguyên [Giám đốc trung tâm ITC]ROLE đã rõ. "
        "Bà quản lý các hoạt động của [ITC]ORG từ năm 2000.",
        (),
    ),
    ("Ông là [Phó giám đốc PTSC]ROLE. Xí nghiệp này thuộc [PTSC]ORG.", ()),
    # Lookalike: an abbreviation the gazetteer knows as a place stays one.
    (
        "Ông là [Chủ tịch UBND TPHCM]ROLE. Ông đã sống nhiều năm ở [TPHCM]LOC.",
        (("TPHCM", "ORG"),),
    ),
    # A unit code after its seat or the staff that belong to it.
    ("Ông có mặt tại trụ sở [C14]ORG và bị đưa về trại tạm giam [T16]ORG.", ()),
    ("Điều tra viên thuộc [C16]ORG đã bị kỷ luật.", ()),
    ("Máy bay A320 thuộc hãng hàng không quốc gia.", (("A320", "ORG"),)),
]

DOCUMENTS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A foreign law by its acronym, then the acronym alone.
    ("Thủ tướng mất uy tín vì [CPE]DOC\nSinh viên phản đối [luật CPE]DOC của chính phủ.", ()),
    ("Sinh viên phản đối [luật CPE]DOC. Quốc hội đã huỷ bỏ [CPE]DOC.", ()),
    # Lookalikes: an abbreviation inside a longer name; a body's rules.
    ("Quốc hội thảo luận [Luật GT đường thủy nội địa]DOC.", (("Luật GT", "DOC"),)),
    ("Doanh nghiệp phải tuân thủ luật WTO.", (("luật WTO", "DOC"),)),
    # A directive by its number in lower case.
    ("Từ khi có [chỉ thị 135]DOC, chúng tôi mở nhiều đợt truy quét.", ()),
    ("Bộ trưởng chỉ thị 3 đơn vị rà soát.", (("chỉ thị 3", "DOC"),)),
    # A national programme named in full, then by its title alone.
    (
        "Họ thực hiện [Chương trình quốc gia phòng chống tội phạm]DOC. "
        "Nhờ [Chương trình quốc gia]DOC, tội phạm giảm.",
        (),
    ),
    ("Nhờ Chương trình quốc gia, tội phạm giảm.", (("Chương trình quốc gia", "DOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), RUN_ONS)
def test_a_body_ends_before_the_verb_it_ran_into(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), PARTIES)
def test_a_party_pointed_at_or_owned_is_no_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), DOCUMENTS)
def test_a_document_is_known_by_its_short_name(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), DASHES)
def test_a_body_keeps_the_place_or_parent_after_a_dash(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), KINDS)
def test_a_head_with_only_its_kind_names_no_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), ABBREVIATIONS)
def test_a_body_is_known_by_the_abbreviation_a_post_gave_it(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
