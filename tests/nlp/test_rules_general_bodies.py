"""Bodies in general (`các cấp ủy Đảng`, `một Ủy ban`, `mỗi Bộ`) are no ORG.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

import annotator.nlp.rules.bodies.general as general_module
from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # The committees of every level.
    ("Mỗi cấp ủy Đảng phải chịu trách nhiệm về cán bộ.", (("Đảng", "ORG"),)),
    ("Đề nghị các cấp uỷ Đảng, chính quyền quan tâm hơn.", (("Đảng", "ORG"),)),
    ("Ban Thường vụ cấp ủy Đảng tỉnh họp định kỳ.", (("Đảng tỉnh", "ORG"),)),
    # A body after an indefinite or a quantifier.
    ("Không thể có một Ủy ban chống tham nhũng độc lập.", (("Ủy ban", "ORG"),)),
    ("Tỉnh lập một ban chỉ đạo mang tính kiêm nhiệm.", (("ban chỉ đạo", "ORG"),)),
    ("Mỗi Bộ phải gửi báo cáo trước tháng 6.", (("Bộ", "ORG"),)),
    # A bare head counted after `các` or `một số`: the committees of the body, any of them.
    ("Các Ủy ban của [Quốc hội]ORG đã giám sát nhiều nơi.", (("Ủy ban", "ORG"),)),
    ("Một số Hội đồng của [Viện Hàn lâm]ORG chưa họp.", (("Hội đồng", "ORG"),)),
    ("[Hội đồng Dân tộc]ORG và các Ủy ban cần chủ động hơn.", (("Ủy ban", "ORG"),)),
    # Lookalikes: the party named as such, its organisations, bodies after `các`
    # or after a person counted with `một`.
    ("[Đảng]ORG ta luôn quan tâm tới thanh niên.", ()),
    # A party cell of any level, as `cấp ủy Đảng` (round 14 decision 7).
    ("Việc đó làm giảm uy tín của tổ chức Đảng.", (("Đảng", "ORG"),)),
    ("[Ban Chấp hành Trung ương Đảng]ORG họp.", ()),
    ("Các [lực lượng Nga]ORG đã rút.", ()),
    ("Các [Ủy ban Kinh tế]ORG đã họp.", (("Ủy ban", "ORG"),)),
    ("Một lãnh đạo [Bộ Y tế]ORG cho biết.", ()),
    ("Ông là một [Ủy viên Bộ Chính trị]ROLE.", ()),
]

# A court or procuracy by its type alone is the institution; as a name, with a seat or
# abbreviated it is one body.
COURT_TYPES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Theo đề án, Tòa án sẽ được tổ chức theo khu vực.", (("Tòa án", "ORG"),)),
    ("Viện kiểm sát không tham gia mọi phiên tòa dân sự.", (("Viện kiểm sát", "ORG"),)),
    ("Vụ việc thuộc thẩm quyền của Tòa hành chính hay không.", (("Tòa hành chính", "ORG"),)),
    ("Nếu bị tòa phúc thẩm xử thua, bà sẽ khiếu nại.", (("tòa phúc thẩm", "ORG"),)),
]
COURT_NAMES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Theo [Viện Kiểm sát]ORG, bị cáo giữ vai trò chủ mưu.", ()),
    ("[VKS]ORG đề nghị giữ nguyên mức án.", ()),
    ("[Viện kiểm sát nhân dân huyện Gia Lâm]ORG đã phê chuẩn.", ()),
    ("[Tòa án nhân dân tối cao]ORG đã ban hành nghị quyết.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), COURT_TYPES + COURT_NAMES)
def test_courts_by_type_are_no_organisation(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), COURT_TYPES)
def test_each_court_type_needs_its_check(
    monkeypatch: pytest.MonkeyPatch,
    rules: RuleSuggester,
    line: str,
    wrong: tuple[tuple[str, str], ...],
) -> None:
    monkeypatch.setattr(general_module, "_court_by_type", lambda line, start, end: False)
    with pytest.raises(AssertionError):
        check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_bodies_in_general_are_no_organisation(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
