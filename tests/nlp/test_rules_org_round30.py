"""ORG kinds that recurred on unseen text in round 30's review of the blind-time errors.

A state's cabinet or government with a one-syllable country (`Nội các Nhật`,
`Chính phủ Anh`), a committee with the assembly it belongs to (`Ủy ban Pháp
luật của Quốc hội`), a ministry named by fields joined with a dash (`Bộ Lao
động Thương binh - Xã hội`), a short form in brackets joined by a hyphen or
with a number (`(KH-ĐT)`, `(C14)`). Each sentence is written here, not copied from an
article; `[surface]LABEL` marks a span the rules must suggest, `wrong` lists
(surface, label) pairs they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

STATES: list[Case] = [
    ("[Nội các Nhật]ORG đã họp bất thường tối qua.", (("Nhật", "LOC"),)),
    ("Sáng nay [nội các Israel]ORG bỏ phiếu về kế hoạch rút quân.", (("Israel", "LOC"),)),
    ("Năm tới [Chính phủ Anh]ORG sẽ tăng viện trợ.", (("Anh", "LOC"), ("Chính phủ", "ORG"))),
    ("Khi đó [quân đội Ý]ORG đã rút khỏi vùng này.", (("Ý", "LOC"),)),
    ("Họ không sợ [đại quân Mỹ]ORG, sẽ chiến đấu tới cùng.", (("Mỹ", "LOC"),)),
    ("Các thành viên [Hoàng gia Anh]ORG đến thăm.", (("Anh", "LOC"),)),
    # The head of the cabinet is a post, the cabinet inside it.
    ("[Người đứng đầu nội các Đức]ROLE cho biết như vậy.", (("nội các Đức", "ORG"),)),
    # A cabinet named by nothing, or by a Vietnamese name after `Anh`, is none.
    ("Ông có một ghế trong nội các và sẽ giữ nó.", (("nội các", "ORG"),)),
    ("Ông vừa gặp quân Anh Tuấn ở chợ.", (("quân Anh", "ORG"),)),
]
COMMITTEES: list[Case] = [
    ("Văn bản đã gửi [Ủy ban Pháp luật của Quốc hội]ORG hôm qua.", (("Quốc hội", "ORG"),)),
    ("Thẩm tra đề án, [UB Tư pháp của Quốc hội]ORG cho rằng cần sửa.", ()),
    # The committees in general: only the assembly is one body.
    ("Hội đồng Dân tộc và các Ủy ban của [Quốc hội]ORG còn chậm.", (("Ủy ban", "ORG"),)),
    # Another body's `của` is not the committee's assembly.
    ("Ý kiến của [Bộ Tài chính]ORG của năm ngoái vẫn giữ.", ()),
]
DASHED: list[Case] = [
    ("[Bộ Lao động Thương binh - Xã hội]ORG chủ trì việc này.", (("Bộ Lao động", "ORG"),)),
    ("Sau đó [Sở Nông nghiệp Phát triển - Nông thôn]ORG đã trả lời.", ()),
    # A body after the dash is its own.
    ("[Bộ Y tế]ORG - [Bộ Tài chính]ORG đã thống nhất.", ()),
]
BRACKETED: list[Case] = [
    ("Trách nhiệm của [Bộ Tài nguyên - Môi trường (TN-MT)]ORG là lớn.", (("TN-MT", "ORG"),)),
    ("Hôm qua [Cục Cảnh sát kinh tế (C15)]ORG đã vào cuộc.", ()),
    ("Lãnh đạo [Ban Quản lý dự án 12 (PMU 12)]ORG đã giải trình.", (("PMU 12", "ORG"),)),
    # A place or a year in brackets stays apart.
    ("[Bộ Y tế]ORG ([năm 2005]DATE) đã họp.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), BRACKETED)
def test_a_body_keeps_its_hyphened_or_numbered_short_form(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), STATES)
def test_a_cabinet_or_government_keeps_its_state(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), COMMITTEES)
def test_a_named_committee_keeps_its_assembly(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), DASHED)
def test_a_ministry_keeps_the_fields_a_dash_joins(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
