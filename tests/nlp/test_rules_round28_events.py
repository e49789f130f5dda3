"""Round 28 rules: court steps that recur as false alarms on once-blind sets.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists (surface, label) pairs they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

COURTS_WORK: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    (
        "Việc chính của tòa là tổng kết kinh nghiệm xét xử, hướng dẫn áp dụng pháp luật.",
        (("xét xử", "EVENT"),),
    ),
    ("Tỉnh sẽ lập tòa chuyên trách để chuyên môn hóa lĩnh vực xét xử.", (("xét xử", "EVENT"),)),
    # One court's trial of one man stays an event.
    ("Sáng 12/3, tòa đã [xét xử]EVENT ông Lê Văn Tám về tội tham ô.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), COURTS_WORK)
def test_a_step_named_as_the_courts_work(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


WITHOUT_GROUNDS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    (
        "Cơ quan điều tra xác định không đủ cơ sở để khởi tố và truy tố ông Trần Văn Bình.",
        (("khởi tố", "EVENT"), ("truy tố", "EVENT")),
    ),
    ("Chưa đủ cơ sở khởi tố cán bộ Sở Xây dựng", (("khởi tố", "EVENT"),)),
    (
        "Viện kiểm sát cho rằng không có căn cứ vững chắc để khởi tố Nguyễn Văn Tư.",
        (("khởi tố", "EVENT"),),
    ),
    # A step with its grounds took place, and so does one that is not negated.
    ("Ngày 3/4, cơ quan điều tra đã [khởi tố]EVENT ông Trần Văn Bình.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), WITHOUT_GROUNDS)
def test_a_step_without_grounds_did_not_happen(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


DISCIPLINE_TOWARDS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    (
        "Đảng ủy khối vừa ra Quyết định số 12-QĐ/ĐUK [đình chỉ sinh hoạt Đảng]EVENT "
        "đối với ông Phạm Văn Chín, ủy viên ban chấp hành.",
        (),
    ),
    ("Tỉnh ủy thống nhất hình thức [cảnh cáo]EVENT về mặt Đảng với ông Trần Văn Tám.", ()),
    ("Tỉnh ủy đã thống nhất [kỷ luật khai trừ]EVENT Đảng ông Lê Văn Sáu.", ()),
    # Towards people in general, no one's discipline.
    ("Cần xử lý kỷ luật nghiêm khắc đối với cá nhân cán bộ sai phạm.", (("kỷ luật", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), DISCIPLINE_TOWARDS)
def test_a_discipline_towards_a_named_person(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


TRIED_AFFAIRS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    (
        "Sáng 3/7, TAND tỉnh mở [phiên xét xử vụ án tổ chức đánh bạc]EVENT ở nhà hàng Hoa Sen.",
        (("vụ án", "EVENT"),),
    ),
    ("Báo đưa tin về [phiên tòa xét xử sơ thẩm vụ tranh chấp đất rừng]EVENT của ông Ba.", ()),
    (
        "[Phiên phúc thẩm vụ án buôn lậu lớn nhất miền Trung tại Lao Bảo]EVENT đã khai mạc.",
        (("Phiên phúc thẩm", "EVENT"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), TRIED_AFFAIRS)
def test_a_sitting_keeps_the_affair_it_tries(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


POST_OF_ONE_BODY: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("[Kỷ luật]EVENT Phó giám đốc Sở Tài chính tỉnh Bình Định", ()),
    (
        "Quốc hội phê chuẩn đề nghị của Thủ tướng [miễn nhiệm]EVENT chức vụ Bộ trưởng Bộ Thủy sản.",
        (),
    ),
    # A resolution's title, and a post of no one body.
    (
        "Quốc hội thông qua nghị quyết phê chuẩn miễn nhiệm chức vụ Bộ trưởng Bộ Thủy sản.",
        (("miễn nhiệm", "EVENT"),),
    ),
    ("Ông đề nghị kỷ luật giám đốc các sở có sai phạm.", (("kỷ luật", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), POST_OF_ONE_BODY)
def test_an_act_on_the_post_of_one_named_body(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


LISTED_LEVELS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    (
        "Theo nhận định của cả ba cấp tòa án: sơ thẩm, phúc thẩm và giám đốc thẩm thì "
        "hợp đồng vô hiệu.",
        (("giám đốc thẩm", "EVENT"),),
    ),
    (
        "Tuy nhiên, cả hai cấp xét xử phúc thẩm và sơ thẩm đều không khẳng định điều đó.",
        (("xét xử phúc thẩm", "EVENT"),),
    ),
    # One trial at its instance stays an event.
    ("Ngày 5/4, TAND tỉnh đã [xét xử phúc thẩm]EVENT ông Nguyễn Văn Ba.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), LISTED_LEVELS)
def test_instances_listed_name_the_courts_levels(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
