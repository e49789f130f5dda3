"""Round 32 EVENT kinds counted over the once-blind sets' blind-time errors.

Sentences written here in the style of the news, not copied from an article.
- A round of an election or of talks (`vòng`) keeps what it is a round of and
  its place in the series, `trước` included: missed or cut in news22, news24
  and news30; `trong vòng 2 năm` (within) stays none.
- An accident named by what befell a vehicle (`vụ lật tàu E1`, `vụ chìm tàu
  Kursk`) keeps the vehicle's code or name: missed in news21, news29, news30.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked


def _events(rules: RuleSuggester, text: str) -> set[str]:
    return {text[s.start : s.end] for s in rules.suggest(text) if s.label == "EVENT"}


@pytest.mark.parametrize(
    ("text", "round_"),
    [
        (
            "Phe đối lập và cảnh sát đụng độ trong vòng cuối cùng của bầu cử Quốc hội hôm qua.",
            "vòng cuối cùng của bầu cử Quốc hội",
        ),
        ("Đảng này đã giành thêm ghế trong các vòng bầu cử trước.", "vòng bầu cử trước"),
        ("Bạo lực đã diễn ra trong 2 vòng bỏ phiếu trước.", "vòng bỏ phiếu trước"),
        ("Ông Kuchma thắng trong vòng hai cuộc bầu cử hôm 21/11.", "vòng hai cuộc bầu cử"),
        ("Cử tri đi bỏ phiếu trong vòng bầu cử cuối cùng này.", "vòng bầu cử cuối cùng"),
        ("Trong vòng đàm phán trước, hai bên chưa đạt thỏa thuận.", "vòng đàm phán trước"),
    ],
)
def test_a_round_keeps_its_head_and_its_place_in_the_series(
    rules: RuleSuggester, text: str, round_: str
) -> None:
    assert round_ in _events(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ngân sách đã phải chi hơn 400 tỷ đồng trong vòng 2 năm qua.",
        "Đội tuyển đã lọt vào vòng chung kết của giải đấu.",
    ],
)
def test_within_and_a_round_of_a_contest_are_no_event(rules: RuleSuggester, text: str) -> None:
    assert not any(e.startswith("vòng") for e in _events(rules, text))


def test_before_a_clause_trước_stays_outside_the_round(rules: RuleSuggester) -> None:
    text = "Hai bên đã gặp nhau trong vòng đàm phán trước khi ký hiệp định."
    assert "vòng đàm phán trước" not in _events(rules, text)


@pytest.mark.parametrize(
    ("text", "accident"),
    [
        ("Bộ trưởng đã thăm các nạn nhân của vụ lật tàu E1 ở Huế.", "vụ lật tàu E1"),
        ("Khi xảy ra vụ đổ tàu E1, Bộ trưởng đã vào hiện trường.", "vụ đổ tàu E1"),
        ("Hải quân Nga từng gặp vụ chìm tàu Kursk năm 2000.", "vụ chìm tàu Kursk"),
        ("Nguyên nhân chính của vụ lật tàu vừa qua là do lái tàu chủ quan.", "vụ lật tàu"),
    ],
)
def test_an_accident_to_a_vehicle_keeps_its_code_or_name(
    rules: RuleSuggester, text: str, accident: str
) -> None:
    assert accident in _events(rules, text)


def test_a_vehicle_accident_leaves_its_place_outside(rules: RuleSuggester) -> None:
    check_marked(
        rules,
        "Cơ quan điều tra làm rõ nguyên nhân [vụ lật tàu]EVENT ở [Thừa Thiên - Huế]LOC.",
        (("vụ lật tàu ở Thừa Thiên - Huế", "EVENT"),),
    )


@pytest.mark.parametrize(
    "line",
    [
        "Ngày 21/2, Tòa án nhân dân tối cao có [kháng nghị]EVENT đối với bản án phúc thẩm nói trên.",
        "Viện kiểm sát tỉnh tiếp tục ra [kháng nghị]EVENT theo trình tự giám đốc thẩm.",
        "Cơ quan công tố đã có quyết định [kháng nghị]EVENT, yêu cầu xem xét lại vụ việc.",
    ],
)
def test_a_protest_lodged_is_an_event(rules: RuleSuggester, line: str) -> None:
    check_marked(rules, line, ())


def test_a_protest_promised_is_no_event(rules: RuleSuggester) -> None:
    text = "Ông Quốc hứa với gia đình là tòa sẽ ra kháng nghị trước Tết."
    assert "kháng nghị" not in _events(rules, text)


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        ("Tháng 5, người này bị Interpol phát lệnh truy nã quốc tế.", "phát lệnh truy nã quốc tế"),
        ("Bị can bỏ trốn nên cơ quan công an đã ra lệnh truy nã.", "ra lệnh truy nã"),
    ],
)
def test_a_wanted_notice_issued_is_an_event_with_its_verb(
    rules: RuleSuggester, text: str, notice: str
) -> None:
    assert notice in _events(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Trốn lệnh truy nã quốc tế, hắn sang Việt Nam dạy tiếng Anh.",
        "Hắn bị bắt giữ theo quyết định truy nã quốc tế của Bộ Công an.",
        "Công an đang truy bắt các đối tượng truy nã trên địa bàn.",
    ],
)
def test_the_notice_itself_or_a_wanted_person_is_no_event(rules: RuleSuggester, text: str) -> None:
    assert not any("truy nã" in e for e in _events(rules, text))


@pytest.mark.parametrize(
    "text",
    [
        "Tổng thống Bush tới Slovakia để gặp Putin.",
        "Ông Bush sẽ tới một lâu đài cổ để gặp ông Putin.",
        "Hai bên sẽ bàn về an ninh khi ông gặp người đồng nhiệm Nga.",
        "Tờ báo đưa tin ông Thaksin đã gặp các đại sứ Anh, Pháp, Mỹ.",
        "Chủ tịch Trung Quốc đồng ý gặp Thủ tướng Nhật Bản.",
        "Chủ tịch Trần Đức Lương cũng sẽ gặp một số lãnh đạo cao cấp của Trung Quốc.",
    ],
)
def test_an_official_meeting_by_its_guest_is_an_event(rules: RuleSuggester, text: str) -> None:
    assert "gặp" in _events(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Theo ông Phương, ông Tuân nên đi gặp ông Huệ để nhận trách nhiệm.",
        "Không bỏ cuộc, Quốc tiếp tục tìm gặp bà Nam để xin làm người bào chữa.",
        "Ông Thaksin đã yêu cầu gặp Thủ tướng Tony Blair và Tổng thống Bush.",
    ],
)
def test_a_private_or_requested_meeting_is_no_event(rules: RuleSuggester, text: str) -> None:
    assert "gặp" not in _events(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Thủ lĩnh phe đối lập đòi bỏ phiếu bất tín nhiệm chính phủ Ukraina.",
        "Chính phủ đã đánh bại 2 đề nghị bỏ phiếu bất tín nhiệm tại Quốc hội.",
    ],
)
def test_a_no_confidence_motion_is_an_event(rules: RuleSuggester, text: str) -> None:
    assert "bỏ phiếu bất tín nhiệm" in _events(rules, text)


def test_a_vote_in_general_stays_weak(rules: RuleSuggester) -> None:
    assert "bỏ phiếu" not in _events(rules, "Người dân có quyền bỏ phiếu từ năm 18 tuổi.")


@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng Israel từ chức để phản đối kế hoạch rút quân khỏi Gaza.",
        "Bộ trưởng Nội vụ Đài Loan từ chức vì vụ mưu sát.",
    ],
)
def test_the_holder_of_a_post_of_a_state_resigning_is_an_event(
    rules: RuleSuggester, text: str
) -> None:
    assert "từ chức" in _events(rules, text)


def test_a_bare_title_resigning_is_any_holder(rules: RuleSuggester) -> None:
    assert "từ chức" not in _events(rules, "Ở nước ta, Bộ trưởng từ chức là rất hiếm.")


@pytest.mark.parametrize(
    ("text", "appointment"),
    [
        ("Năm 2000, bà được bổ nhiệm là thẩm phán Tòa Lao động TAND TP HCM.", "bổ nhiệm"),
        ("Mới đây ông Cao Văn Huệ được bổ nhiệm làm quyền giám đốc Sở Tài chính.", "bổ nhiệm"),
    ],
)
def test_an_appointment_to_a_post_by_là_or_to_an_acting_post_is_an_event(
    rules: RuleSuggester, text: str, appointment: str
) -> None:
    assert appointment in _events(rules, text)


def test_an_appointment_in_general_is_no_event(rules: RuleSuggester) -> None:
    text = "Cán bộ trước khi được bổ nhiệm thì phấn đấu rất tốt."
    assert "bổ nhiệm" not in _events(rules, text)


@pytest.mark.parametrize(
    ("text", "ballot"),
    [
        (
            "Chiều 23-4, 1.176 đại biểu đã bỏ phiếu bầu BCH T.Ư khóa X.",
            "bỏ phiếu bầu BCH T.Ư khóa X",
        ),
        (
            "Đại hội tiến hành bỏ phiếu bầu 160 ủy viên chính thức BCH T.Ư khóa X.",
            "bỏ phiếu bầu 160 ủy viên chính thức BCH T.Ư khóa X",
        ),
        ("Cử tri Ukraine hôm 26.3 đã đi bỏ phiếu bầu Quốc hội mới.", "bỏ phiếu bầu Quốc hội"),
        ("BCH khóa X sẽ họp, quyết định việc bầu Tổng bí thư.", "bầu Tổng bí thư"),
        (
            "Đại hội bỏ phiếu bầu 160 ủy viên; bầu 25 ủy viên dự khuyết BCH T.Ư khóa X.",
            "bầu 25 ủy viên dự khuyết BCH T.Ư khóa X",
        ),
    ],
)
def test_a_ballot_for_named_seats_keeps_them(rules: RuleSuggester, text: str, ballot: str) -> None:
    assert ballot in _events(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Công dân đủ 18 tuổi được bỏ phiếu bầu Quốc hội.",
        "Đây không phải là cơ sở quyết định cho việc bầu tổng bí thư.",
    ],
)
def test_a_ballot_as_a_right_or_a_post_in_general_is_no_event(
    rules: RuleSuggester, text: str
) -> None:
    assert not any(e.startswith(("bỏ phiếu bầu", "bầu")) for e in _events(rules, text))


@pytest.mark.parametrize(
    ("text", "rally"),
    [
        (
            "Hơn 200 đảng viên đã tham dự mít tinh kỷ niệm ngày thành lập Đảng. Dịp này, …",
            "mít tinh kỷ niệm ngày thành lập Đảng",
        ),
        (
            "Mít tinh kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh",
            "Mít tinh kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh",
        ),
    ],
)
def test_a_rally_keeps_the_day_it_marks_without_a_count(
    rules: RuleSuggester, text: str, rally: str
) -> None:
    assert rally in _events(rules, text)


def test_a_day_commemorated_by_no_rally_is_no_event(rules: RuleSuggester) -> None:
    text = "Chúng ta kỷ niệm ngày thành lập Đảng bằng những việc làm cụ thể."
    assert not any("kỷ niệm" in e for e in _events(rules, text))


@pytest.mark.parametrize(
    ("text", "step"),
    [
        (
            "Ngày 27/7, TAND huyện Mỹ Xuyên xét xử hình sự sơ thẩm vụ việc.",
            "xét xử hình sự sơ thẩm",
        ),
        ("Tháng 2/1996, Ủy ban thẩm phán TAND Tối cao đã xử giám đốc thẩm.", "xử giám đốc thẩm"),
        (
            "TAND Tối cao tại TP HCM tuyên giảm cho bị cáo Lê Thị Hà một phần hình phạt.",
            "tuyên giảm",
        ),
    ],
)
def test_a_court_step_keeps_its_level_or_what_it_does(
    rules: RuleSuggester, text: str, step: str
) -> None:
    assert step in _events(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ông Kim bị tạm giam từ năm 1994 để chờ xét xử.",
        "Bị cáo mòn mỏi trong tù chờ được xét xử.",
        "Ông Chung nhờ thẩm phán sớm đưa vụ án ra xét xử và giải quyết có lợi cho mình.",
        "Tòa sẽ quyết định về việc có đem vụ kiện này ra xét xử hay không.",
    ],
)
def test_a_trial_waited_for_or_wished_is_no_event(rules: RuleSuggester, text: str) -> None:
    assert "xét xử" not in _events(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 11/3/2003, TAND TP đã đưa vụ án ra xét xử và tuyên phạt bị cáo 5 năm tù.",
        "TAND tỉnh dự kiến sẽ đưa vụ án ra xét xử vào tháng 9-2005.",
    ],
)
def test_a_trial_brought_or_set_stays_an_event(rules: RuleSuggester, text: str) -> None:
    assert "xét xử" in _events(rules, text)


@pytest.mark.parametrize(
    ("text", "election"),
    [
        (
            "Ông Berlusconi lo tái tranh cử trong cuộc bầu cử quốc hội vào tháng 4.",
            "cuộc bầu cử quốc hội",
        ),
        ("Cánh hữu có thể thất bại trong cuộc bầu cử châu Âu vào tháng 6.", "cuộc bầu cử châu Âu"),
    ],
)
def test_an_election_keeps_its_office_or_continent(
    rules: RuleSuggester, text: str, election: str
) -> None:
    assert election in _events(rules, text)


def test_a_model_case_is_the_case_reported(rules: RuleSuggester) -> None:
    check_marked(
        rules, "Đây được coi là [vụ án]EVENT điểm của thành phố.", (("vụ án điểm", "EVENT"),)
    )


def test_a_case_classified_stays_unmarked(rules: RuleSuggester) -> None:
    assert "vụ án" not in _events(rules, "Đây là vụ án hình sự thứ ba trong năm.")


@pytest.mark.parametrize(
    ("text", "campaign"),
    [
        (
            "Ông ta không ngăn cản vụ thảm sát trong chiến dịch Cơn bão hồi tháng 8/1995.",
            "chiến dịch Cơn bão",
        ),
        ("Họ không che chở được mafia khỏi chiến dịch Bàn tay sạch.", "chiến dịch Bàn tay sạch"),
    ],
)
def test_a_campaign_titled_in_sentence_case_keeps_its_title(
    rules: RuleSuggester, text: str, campaign: str
) -> None:
    assert campaign in _events(rules, text)


def test_a_sentence_case_title_running_on_stays_unknown(rules: RuleSuggester) -> None:
    text = "Thành đoàn phát động chiến dịch Mùa hè xanh tình nguyện cho sinh viên cả nước."
    assert not any(e.startswith("chiến dịch") for e in _events(rules, text))


@pytest.mark.parametrize(
    ("text", "affair"),
    [
        ("Kết thúc điều tra vụ lừa đảo nhà đất ở Công ty Đông Phương.", "vụ lừa đảo nhà đất"),
        ("Trong đó có vụ cá độ bóng đá do Bùi Quang Hưng cầm đầu.", "vụ cá độ bóng đá"),
        ("Việc có truy tố ông trong vụ bê bối tham nhũng hay không.", "vụ bê bối tham nhũng"),
    ],
)
def test_a_misdeed_keeps_a_short_complement_that_closes(
    rules: RuleSuggester, text: str, affair: str
) -> None:
    assert affair in _events(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "Phục hồi điều tra vụ tiêu cực thiếu hụt 11 triệu đồng công quỹ.",
        "Nhiều người dân bức xúc vì vụ lừa đảo thuế xuyên quốc gia quá lớn.",
    ],
)
def test_a_misdeed_with_a_long_or_counted_complement_is_left(
    rules: RuleSuggester, text: str
) -> None:
    assert not any(e.startswith("vụ") and len(e.split()) > 3 for e in _events(rules, text))
