"""Kinds of EVENT error that recurred across blind sets (news3 … news10) at blind time.

Each sentence is written here, not copied from an article (other names,
bodies and places); `[surface]LABEL` marks a span the rules must suggest,
`wrong` lists (surface, label) pairs they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

REVIEWS: list[Case] = [
    # A self-criticism a named body must or will hold (news4, news7, news10).
    ("Huyện ủy Đức Phổ phải [kiểm điểm]EVENT trách nhiệm người đứng đầu.", ()),
    ("Lãnh đạo [Bộ Tài chính]ORG phải tiếp tục [kiểm điểm]EVENT nghiêm túc.", ()),
    ("Dư luận chờ xem [Sở Xây dựng]ORG sẽ [kiểm điểm]EVENT ai.", ()),
    ("Đảng ủy Tổng công ty gồm chín người cũng phải [kiểm điểm]EVENT, hai người bị phạt.", ()),
    # Lookalikes: owed by people in general, by unnamed bodies, or denied.
    (
        "Những người sai phạm còn phải kiểm điểm đối với các cá nhân liên quan.",
        (("kiểm điểm", "EVENT"),),
    ),
    ("Theo [Bộ Nội vụ]ORG, cán bộ vi phạm đều phải bị kiểm điểm.", (("kiểm điểm", "EVENT"),)),
    ("[Sở Y tế]ORG yêu cầu các bệnh viện phải kiểm điểm.", (("kiểm điểm", "EVENT"),)),
    ("[Sở Công thương]ORG không phải kiểm điểm vì đã làm đúng.", (("kiểm điểm", "EVENT"),)),
    ("Cần phải kiểm điểm rút kinh nghiệm.", (("kiểm điểm", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), REVIEWS)
def test_a_review_a_named_body_must_hold_is_an_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


MEASURES: list[Case] = [
    # A search keeps the premises searched; the owner after `của` stays outside.
    ("Công an đã [khám xét nơi làm việc]EVENT của ông [Trần Văn Tư]PER.", ()),
    ("Tổ công tác tiến hành [cuộc khám xét nơi ở và nơi làm việc]EVENT của bị can.", ()),
    ("[Cuộc khám xét nhà riêng]EVENT của ông [Lê Bình]PER kéo dài hai giờ.", ()),
    ("[Khám nhà]EVENT nguyên giám đốc [Phạm Hùng]PER", ()),
    # Steps of a case on named suspects, and measures imposed on them.
    ("Viện kiểm sát ra quyết định [đình chỉ bị can]EVENT đối với ông Đỗ Minh.", ()),
    ("Ông [Vũ Hòa]PER được tại ngoại, bị áp dụng lệnh [cấm đi khỏi nơi cư trú]EVENT.", ()),
    ("Tòa cấp phúc thẩm đã [tuyên hủy]EVENT bản án và yêu cầu [xét xử lại]EVENT.", ()),
    (
        "Tòa phúc thẩm [tuyên hủy]EVENT án sơ thẩm của [TAND quận 7]ORG.",
        (("tuyên hủy án", "EVENT"),),
    ),
    # Officers taken off duty, counted.
    ("Công an tỉnh đã [tạm ngưng công tác]EVENT 12 CSGT vi phạm.", ()),
    ("Ban giám đốc [tạm ngưng công tác]EVENT 3 chiến sĩ có liên quan.", ()),
    # Lookalikes: a factory stops work, a search warrant is a document's type.
    ("Nhà máy tạm ngưng công tác sản xuất trong 3 ngày.", (("tạm ngưng công tác", "EVENT"),)),
    ("Nhân viên được khám sức khỏe tại nhà riêng.", (("khám xét nhà riêng", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), MEASURES)
def test_a_case_step_or_measure_keeps_what_it_names(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
