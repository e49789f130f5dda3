"""Round 23: event constructions that recur across the once-blind sets.

Invented sentences (other courts, people and bodies than the gold files). Steps
of criminal procedure said of the law, not of one case: after a noun of their
term, extension, waiver or power, beside an indefinite person, inside a
definition. A working session with a named body, a place or a post
(`làm việc với`), not a habit, a condition or parties in general. How an attempt
ended (`bất thành`; `không thành` before its author) inside the event. Armed
and emergency operations and hostage crises after their classifier, and a wave
(`đợt`) of one whose author or means is named. One bare talk with nobody named
after it is the interview the article reports. A sitting and an election under
their other classifier (`khóa họp`, `kỳ bầu cử`). Lookalikes that must keep their EVENT: a step anchored by a person
or a date, one told of as under way (`Một thứ trưởng đang bị … tạm giam`), an
order carried out (`thực hiện lệnh khởi tố`).
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

Case = tuple[str, tuple[tuple[str, str], ...]]

PROCEDURE: list[Case] = [
    (
        "Luật sư cho biết thời hạn tạm giam bị can đã hết mà Viện kiểm sát chưa gia hạn tạm giam.",
        (("tạm giam", "EVENT"),),
    ),
    ("Tòa án có quyền gia hạn tạm giam đối với bị cáo.", (("tạm giam", "EVENT"),)),
    ("Nghị sĩ được hưởng quyền miễn truy tố trong nhiệm kỳ.", (("truy tố", "EVENT"),)),
    (
        "Dư luận bất bình khi một ông bộ trưởng phải ra tòa vì tội nhận hối lộ.",
        (("ra tòa", "EVENT"),),
    ),
    (
        "Bị can là người đã bị cơ quan điều tra khởi tố về hình sự và bị Viện kiểm sát truy tố.",
        (("khởi tố", "EVENT"), ("truy tố", "EVENT")),
    ),
    # Lookalikes: anchored by a person, under way, an order carried out.
    ("Hôm qua, tòa án đã gia hạn [tạm giam]EVENT đối với ông Nguyễn Văn Bình.", ()),
    ("Một thứ trưởng đang bị cơ quan điều tra [tạm giam]EVENT.", ()),
    ("Cơ quan điều tra đã thực hiện lệnh [khởi tố]EVENT các bị can trên.", ()),
]


SESSIONS: list[Case] = [
    ("Đoàn giám sát số 3 đã [làm việc]EVENT với UBND huyện Đức Trọng về việc cấp đất.", ()),
    ("Thanh tra Bộ Tài chính đã [làm việc]EVENT với giám đốc sở tài chính hai tỉnh.", ()),
    ("Lâm Đồng: [Làm việc]EVENT với UBND huyện Bảo Lâm, đoàn ghi nhận nhiều khó khăn.", ()),
    ("Bộ trưởng cho biết, hôm [làm việc]EVENT với Đà Nẵng, ông đã hỏi về nợ đọng.", ()),
    # Lookalikes: a habit, parties in general, a condition.
    (
        "Ủy ban thường xuyên làm việc với Bộ trưởng Tài chính về ngân sách.",
        (("làm việc", "EVENT"),),
    ),
    ("Bộ sẽ làm việc với các cơ quan chức năng của nước sở tại.", (("làm việc", "EVENT"),)),
    ("Khi ông Minh làm việc với Công ty Hoa Sen, ông đã nhận tiền.", (("làm việc", "EVENT"),)),
]


OUTCOMES: list[Case] = [
    ("Ông thoát chết trong một [vụ ám sát không thành của Hamas]EVENT năm 1998.", ()),
    ("Sau [cuộc đảo chính bất thành]EVENT, quân đội bắt giữ hàng trăm sĩ quan.", ()),
    # Lookalike: the talks failed, `không thành` is the predicate.
    (
        "[Cuộc đàm phán]EVENT không thành vì hai bên bất đồng.",
        (("Cuộc đàm phán không thành", "EVENT"),),
    ),
]


OPERATIONS: list[Case] = [
    ("Lính thủy đánh bộ đã đẩy lùi [cuộc đổ bộ]EVENT của đối phương tại bãi biển phía nam.", ()),
    ("Cả nước theo dõi [vụ khủng hoảng con tin]EVENT tại Manila suốt 12 giờ.", ()),
    ("Ông kể lại [đợt sơ tán bằng tàu thủy]EVENT khỏi thành phố cảng năm 1975.", ()),
    ("Quân đội bắt đầu [đợt phản công của sư đoàn 3]EVENT vào sáng sớm.", ()),
    # Lookalikes: the bare verb, a wave of work with no author or means.
    ("Hàng nghìn người dân phải sơ tán khỏi vùng lũ.", (("sơ tán", "EVENT"),)),
    (
        "Công an tỉnh mở nhiều đợt tấn công trấn áp tội phạm ma túy.",
        (("đợt tấn công", "EVENT"), ("tấn công", "EVENT")),
    ),
]


INTERVIEWS: list[Case] = [
    ("Đó là điều ông nhấn mạnh xuyên suốt cuộc trao đổi.", (("cuộc trao đổi", "EVENT"),)),
    (
        "Trước khi kết thúc buổi trao đổi, ông Lê Văn Tám nói thêm về kế hoạch.",
        (("buổi trao đổi", "EVENT"),),
    ),
    # Lookalikes: a talk with its party, talks held by several.
    ("Tại [buổi trao đổi]EVENT với lãnh đạo tỉnh chiều qua, đoàn nêu nhiều kiến nghị.", ()),
    ("Đại diện hai quân đội lần đầu cùng tham gia các [cuộc trao đổi]EVENT.", ()),
]


CLASSIFIED: list[Case] = [
    ("Phe đối lập tuyên bố tẩy chay [khóa họp Quốc hội Venezuela]EVENT.", ()),
    ("Cả nước đang chuẩn bị bước vào [kỳ bầu cử]EVENT.", ()),
    # Lookalike: elections of the past in general.
    ("Trong các kỳ bầu cử trước, tỷ lệ đi bầu rất thấp.", (("kỳ bầu cử", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CLASSIFIED)
def test_round23_sittings_and_elections_by_classifier(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), INTERVIEWS)
def test_round23_the_interview_itself(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), OPERATIONS)
def test_round23_operations_and_waves(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), OUTCOMES)
def test_round23_outcomes_of_attempts(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), SESSIONS)
def test_round23_sessions_with_parties(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)


@pytest.mark.parametrize(("line", "wrong"), PROCEDURE)
def test_round23_procedure_in_general(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
