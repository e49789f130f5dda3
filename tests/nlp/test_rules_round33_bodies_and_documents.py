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
