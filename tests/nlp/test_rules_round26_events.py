"""Round 26 rules: court and procedure shapes of EVENT that recur across once-blind sets.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists (surface, label) pairs they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

PROCEDURE_AS_WORK: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Tòa án tỉnh được tổ chức theo nguyên tắc hai cấp xét xử.", (("xét xử", "EVENT"),)),
    ("Ông hy vọng tiến trình xét xử sẽ không kéo dài.", (("xét xử", "EVENT"),)),
    (
        "Theo luật, cơ quan này có quyền ra quyết định khởi tố vụ án, lấy lời khai.",
        (("khởi tố vụ án", "EVENT"),),
    ),
    # A step of one case stays an event.
    ("Sáng 5/3, tòa đã [xét xử]EVENT ông Nguyễn Văn An về tội tham ô.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), PROCEDURE_AS_WORK)
def test_a_step_framed_as_the_courts_work(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


WHOLE_PROCEDURE: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    (
        "Từ tháng tới, việc điều tra, truy tố, xét xử các vụ án hình sự theo luật mới.",
        (("truy tố", "EVENT"), ("xét xử", "EVENT")),
    ),
    (
        "Qua các lần điều tra, truy tố, xét xử ông Bảy, tội danh đã thay đổi.",
        (("truy tố", "EVENT"), ("xét xử", "EVENT")),
    ),
    # Steps listed without the procedure's first one are one case's steps.
    ("Tháng 5/2004, ông Trần Văn Bình bị [khởi tố]EVENT, [truy tố]EVENT.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), WHOLE_PROCEDURE)
def test_the_procedure_listed_in_its_order(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


APPEALS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Không đồng ý với bản án sơ thẩm, ông làm đơn [kháng cáo]EVENT.", ()),
    ("Chiều 6/2, tòa phúc thẩm [tuyên bác]EVENT đơn [kháng cáo]EVENT của ông Trần Văn Nam.", ()),
    ("Tòa xử phạt Tâm 2 năm tù. Tâm [kháng cáo]EVENT kêu oan.", ()),
    ("Lê Văn Hòa (trạm trưởng) [kháng án]EVENT vì cho rằng mình vô tội.", ()),
    ("Năm 2002, tòa phúc thẩm đã [tuyên xử]EVENT ông Quảng không phạm tội.", ()),
    # Lookalikes: a right to appeal, a petition in general, no appeal lodged.
    ("Đương sự có quyền làm đơn kháng cáo trong 15 ngày.", (("kháng cáo", "EVENT"),)),
    ("Theo luật, đơn kháng cáo phải nộp trong 15 ngày.", (("kháng cáo", "EVENT"),)),
    ("Các bị cáo đều không kháng cáo.", (("kháng cáo", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), APPEALS)
def test_an_appeal_lodged_or_ruled_on(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


TRIALS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Hôm qua, tòa mở [phiên tòa xét xử vụ án Nguyễn Văn Nam]EVENT.", ()),
    ("Sáng 3/4, tòa mở [phiên tòa sơ thẩm vụ án Lê Văn Tư và đồng phạm]EVENT.", ()),
    # Lookalike: the case in the next sentence is its own event.
    ("Ông có mặt tại [phiên tòa]EVENT. [Vụ án]EVENT được dư luận quan tâm.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), TRIALS)
def test_a_trial_keeps_the_case_it_tries(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


PASSIVE_ARRESTS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Hai vị giám đốc sở đã bị [bắt]EVENT.", ()),
    ("Ông ta trốn biệt tăm cho đến ngày bị [bắt]EVENT.", ()),
    ("Trưởng phòng kế hoạch mới bị [bắt]EVENT cách đây ít ngày.", ()),
    # Lookalikes: people in general, an arrest to come or possible.
    ("Ba người bị bắt giữ tại chỗ.", (("bắt giữ", "EVENT"),)),
    ("Ai vi phạm sẽ bị bắt.", (("bắt", "EVENT"),)),
    ("Họ có thể bị bắt bất cứ lúc nào.", (("bắt", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), PASSIVE_ARRESTS)
def test_an_arrest_told_of_whoever_the_subject(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


MOTION_VOTES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Sáng nay Quốc hội [bỏ phiếu miễn nhiệm]EVENT Bộ trưởng Lê Văn Ba.", ()),
    ("Phe đối lập sẽ đề nghị Quốc hội [bỏ phiếu bất tín nhiệm]EVENT chính phủ.", ()),
    ("Kết quả [cuộc bỏ phiếu bất tín nhiệm]EVENT tại quốc hội không có giá trị.", ()),
    # Lookalikes: a right to such a vote, the vote as a kind.
    ("Đại biểu có quyền bỏ phiếu bất tín nhiệm.", (("bỏ phiếu bất tín nhiệm", "EVENT"),)),
    (
        "Việc bỏ phiếu bất tín nhiệm là chuyện bình thường.",
        (("bỏ phiếu bất tín nhiệm", "EVENT"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), MOTION_VOTES)
def test_a_vote_keeps_the_motion_it_decides(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


TIMED_BY_ELECTION: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Tổng thống đã giải tán chính phủ trước [bầu cử]EVENT.", ()),
    ("Ai sẽ lãnh đạo chính phủ sau [bầu cử]EVENT, thưa ông?", ()),
    # Lookalike: a deadline the law counts before any election.
    ("Danh sách phải niêm yết 30 ngày trước bầu cử.", (("bầu cử", "EVENT"),)),
    # Counted down to, or taken part in on the day told.
    ("Lúc ấy chỉ còn 2 tuần nữa là [bầu cử]EVENT.", ()),
    ("Hơn nửa số cử tri đã tham gia [bầu cử]EVENT [hôm qua]DATE.", ()),
    ("Công dân có quyền tham gia bầu cử theo luật định.", (("bầu cử", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), TIMED_BY_ELECTION)
def test_a_time_set_by_the_election_reported(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


SUITS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Khi có sổ đỏ, ông Tâm [kiện]EVENT ông Bình về hành vi chiếm đất.", ()),
    ("Phe đối lập tuyên bố sẽ [kiện]EVENT Hamas tại tòa án tối cao.", ()),
    # Lookalikes: suits in general, a won suit, a petition.
    ("Dân kiện cơ quan công quyền: chuyện không còn hiếm.", (("kiện", "EVENT"),)),
    ("Bên thắng kiện UBND huyện đã ra về.", (("kiện", "EVENT"),)),
    ("Toà án đang xem xét đơn kiện của ứng viên Yushchenko.", (("kiện", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), SUITS)
def test_a_named_party_sues_a_named_one(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


SEARCHES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    (
        "Cơ quan điều tra đã bắt tạm giam, [khám xét]EVENT nơi ở của ông Trần Văn Lâm.",
        (("khám xét nơi ở", "EVENT"),),
    ),
    # The workplace searched stays inside, as in the gold.
    ("Tổ công tác tiếp tục [khám xét nơi làm việc]EVENT của ông Lâm.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), SEARCHES)
def test_a_search_of_a_home_is_the_verb_alone(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


MEETINGS_WITH_LEADERS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Quan trọng hơn cả, ông [gặp]EVENT Tổng thống Bush.", ()),
    ("Thủ tướng như dự kiến sẽ [gặp gỡ]EVENT Tổng thống Mỹ Bush.", ()),
    # Lookalikes: a meeting wished for, a private meeting, an office in lowercase.
    ("Anh ta muốn gặp Bộ trưởng Lê Văn Tám.", (("gặp", "EVENT"),)),
    ("Anh ta tìm gặp giám đốc Lê Văn Tám để xin việc.", (("gặp", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), MEETINGS_WITH_LEADERS)
def test_a_leader_met_by_his_title_and_name(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


SIGNINGS_TO_COME: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Các hiệp định có thể sẽ được [ký kết]EVENT trong chuyến công du này.", ()),
    ("Nhiều thỏa thuận về hàng không và nông nghiệp sẽ được [ký kết]EVENT.", ()),
    # Lookalikes: a signing past, transactions in general.
    ("Hiệp ước được ký kết năm 2003.", (("ký kết", "EVENT"),)),
    ("Các giao dịch được ký kết theo điều kiện cạnh tranh.", (("ký kết", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), SIGNINGS_TO_COME)
def test_agreements_to_be_signed(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
