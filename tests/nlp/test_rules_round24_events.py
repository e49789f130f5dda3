"""Round 24 rules: event shapes that recur across once-blind sets.

Written here, not copied from an article. `[surface]LABEL` marks a span the
rules must suggest; `wrong` lists (surface, label) pairs they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

APPOINTMENTS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Năm 2001, bà được [bổ nhiệm]EVENT làm giám đốc sở.", ()),
    ("Ông được [bổ nhiệm]EVENT giữ chức phó chủ tịch tỉnh.", ()),
    # Lookalikes: an appointment in general, a hypothetical one, an election.
    ("Nếu được bổ nhiệm làm giám đốc, anh sẽ làm gì?", (("bổ nhiệm", "EVENT"),)),
    ("Cán bộ khi được bổ nhiệm thường phấn đấu rất tốt.", (("bổ nhiệm", "EVENT"),)),
    ("Ông được bầu làm chủ tịch hội đồng.", (("bầu", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), APPOINTMENTS)
def test_an_appointment_received_to_a_post(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Các bị can trong [vụ án]EVENT đã chiếm đoạt hàng tỷ đồng.", ()),
    ("Viện kiểm sát đã chuyển [vụ án]EVENT cho cơ quan điều tra.", ()),
    ("Nhiều cán bộ có liên quan mật thiết đến [vụ án]EVENT không đến tòa.", ()),
    # Lookalikes: cases counted or only said to exist, and a case classified.
    ("Tòa đã xét xử các vụ án cũng như nhiều vụ án khác.", (("vụ án", "EVENT"),)),
    ("Nếu tăng hình phạt thì sẽ có vụ án rất nhiều bị cáo.", (("vụ án", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_bare_case_closing_its_phrase(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


CRIME_LISTS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Tòa mở [phiên tòa xét xử vụ án buôn lậu, trốn thuế, đưa hối lộ]EVENT tại tỉnh.", ()),
    ("Ông là một bị can trong [vụ án tham ô, cố ý làm trái]EVENT ở công ty.", ()),
    ("Viện kiểm sát sẽ đưa [vụ án lừa đảo, tham ô]EVENT ra xét xử.", ()),
    # Lookalike: after the pause comes no crime but the next clause.
    ("Trong [vụ án tham ô]EVENT, nhiều cán bộ đã bị bắt.", (("vụ án tham ô, nhiều", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CRIME_LISTS)
def test_a_case_keeps_its_listed_crimes(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


PARTY_COUNTS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Các nước sẽ nối lại [hội nghị 6 bên]EVENT tại thủ đô.", ()),
    ("Bộ trưởng dự [hội nghị ba bên]EVENT về an ninh biên giới.", ()),
    # Lookalike: the two sides acting after the meeting.
    (
        "Tại [cuộc hội đàm]EVENT hai bên đã thống nhất nhiều nội dung.",
        (("cuộc hội đàm hai bên", "EVENT"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), PARTY_COUNTS)
def test_a_meeting_keeps_its_number_of_parties(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


def test_a_meeting_with_voters_written_with_its_preposition(rules: RuleSuggester) -> None:
    check_marked(rules, "Đoàn đại biểu đã [tiếp xúc với cử tri]EVENT huyện miền núi.", ())


POSSIBLE_STEPS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Cơ quan điều tra có thể xem xét khởi tố vụ án.", (("khởi tố vụ án", "EVENT"),)),
    ("Viện kiểm sát có thể truy tố ông về tội tham ô.", (("truy tố", "EVENT"),)),
    # A step taken stays an event.
    ("Cơ quan điều tra đã [khởi tố vụ án]EVENT vào tuần trước.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), POSSIBLE_STEPS)
def test_a_step_that_only_may_be_taken(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


REVOLUTIONS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Ông lên nắm quyền sau [cuộc Cách mạng Hoa hồng]EVENT ở Gruzia.", ()),
    ("Phe đối lập giành thắng lợi trong [cuộc cách mạng nhung]EVENT năm ấy.", ()),
    # Lookalike: the revolution as a cause.
    ("Thanh niên góp sức vào sự nghiệp cách mạng của dân tộc.", (("cách mạng", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), REVOLUTIONS)
def test_a_revolution_known_by_its_emblem(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


COUNTRY_ELECTIONS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("Giới đầu tư chờ kết quả [cuộc bầu cử tổng thống Pháp]EVENT vào tháng tới.", ()),
    ("Mọi việc phải đợi sau [bầu cử Nhật Bản]EVENT mới rõ.", ()),
    # Lookalike: a body named after elections keeps its place.
    ("[Hội đồng bầu cử Hà Nội]ORG đã họp chiều qua.", (("bầu cử Hà Nội", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), COUNTRY_ELECTIONS)
def test_an_election_keeps_its_country(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
