"""Round 26 relations: who takes part, read where unseen text missed it.

A chair by `điều hành`, one who undergoes a body's act (`bị [cơ quan] [tạm giam]`),
the party right after a verdict or a suit, the subject of an opening frame and of his
own act, a granted request, and a list of candidates (no attendance). Each sentence
is written here, not copied from an article; its spans are marked `[surface]LABEL`.
Every test pairs a sentence the construction must read with a lookalike it must
leave, so each fails with the construction taken out.
"""

from __future__ import annotations

import pytest

from tests.nlp.marked import suggested_pairs


def test_a_chair_who_runs_the_session_takes_part_in_it() -> None:
    line = "Ông [Lê Văn Ba]PER, [Ủy viên Bộ Chính trị]ROLE, điều hành [phiên họp]EVENT buổi chiều."
    assert suggested_pairs(line, "PARTICIPATES") == {("Lê Văn Ba", "phiên họp")}
    # Lookalike: one who speaks of the session, his post between, does not run it.
    lookalike = "Ông [Lê Văn Ba]PER, [Ủy viên Bộ Chính trị]ROLE, cho biết [phiên họp]EVENT kéo dài."
    assert suggested_pairs(lookalike, "PARTICIPATES") == set()


@pytest.mark.parametrize(
    "line",
    [
        "Năm 2005, [Trần Năm]PER lại tiếp tục bị [công an tỉnh Bình Định]ORG [tạm giam]EVENT "
        "ba tháng.",
        "Ông [Trần Năm]PER bị [cơ quan thi hành án huyện]ORG [cưỡng chế]EVENT tháo dỡ nhà.",
    ],
    ids=["police", "bailiffs"],
)
def test_one_who_undergoes_a_bodys_act_takes_part_in_it(line: str) -> None:
    act = "tạm giam" if "tạm giam" in line else "cưỡng chế"
    assert suggested_pairs(line, "PARTICIPATES") == {("Trần Năm", act)}
    # Lookalike: one who reports the body's act is no subject of it.
    lookalike = line.replace("bị", "tố cáo", 1)
    assert suggested_pairs(lookalike, "PARTICIPATES") == set()


@pytest.mark.parametrize(
    ("line", "act"),
    [
        ("[Tòa án huyện]ORG [tuyên]EVENT [Trần Năm]PER 13 tháng tù treo.", "tuyên"),
        ("[Tòa án thành phố]ORG [tuyên]EVENT: chị [Hà Thị Bốn]PER không phạm tội.", "tuyên"),
        ("Ngay sau đó, ông Bảy [kiện]EVENT [Trần Năm]PER vì tội vu khống.", "kiện"),
    ],
    ids=["verdict", "verdict-colon", "suit"],
)
def test_the_party_right_after_a_verdict_or_a_suit_takes_part_in_it(line: str, act: str) -> None:
    person = "Hà Thị Bốn" if "Hà Thị Bốn" in line else "Trần Năm"
    assert suggested_pairs(line, "PARTICIPATES") == {(person, act)}
    # Lookalike: a person further on, after words of his own, is no party to it.
    lookalike = line.replace(f"[{act}]EVENT", f"[{act}]EVENT án xong, họ về nhà", 1)
    assert suggested_pairs(lookalike, "PARTICIPATES") == set()


def test_the_subject_of_an_opening_frame_takes_part_in_his_own_act_too() -> None:
    line = (
        "Tại [hội nghị thượng đỉnh]EVENT ở Lima, ông [Lê Văn Ba]PER sẽ [gặp]EVENT "
        "Thủ tướng Nhật Bản."
    )
    assert suggested_pairs(line, "PARTICIPATES") == {
        ("Lê Văn Ba", "hội nghị thượng đỉnh"),
        ("Lê Văn Ba", "gặp"),
    }
    # Lookalike: an event he speaks of after the frame is not his act.
    lookalike = (
        "Tại [hội nghị thượng đỉnh]EVENT ở Lima, ông [Lê Văn Ba]PER cho biết "
        "[cuộc gặp]EVENT đã bị hoãn."
    )
    assert suggested_pairs(lookalike, "PARTICIPATES") == {("Lê Văn Ba", "hội nghị thượng đỉnh")}


def test_the_object_of_a_granted_request_takes_part_in_the_act() -> None:
    line = (
        "[Quốc hội]ORG phê chuẩn đề nghị của Thủ tướng [miễn nhiệm]EVENT chức vụ "
        "[Bộ trưởng Bộ Tài chính]ROLE đối với ông [Lê Văn Ba]PER."
    )
    assert suggested_pairs(line, "PARTICIPATES") == {("Lê Văn Ba", "miễn nhiệm")}
    # Lookalike: a request not (yet) granted names no one taking part.
    lookalike = (
        "[Chính phủ]ORG đề nghị [Quốc hội]ORG [miễn nhiệm]EVENT chức vụ "
        "[Bộ trưởng Bộ Tài chính]ROLE đối với ông [Lê Văn Ba]PER."
    )
    assert suggested_pairs(lookalike, "PARTICIPATES") == set()


def test_a_list_of_candidates_for_an_election_is_no_attendance() -> None:
    line = (
        "[Đại hội]EVENT thông qua danh sách [bầu cử Ban Chấp hành]EVENT gồm: "
        "[Lê Văn Ba]PER, [Trần Năm]PER."
    )
    assert not {pair for pair in suggested_pairs(line, "PARTICIPATES") if pair[1] != "Đại hội"}
    # Lookalike: the list right after a hearing names those at it.
    lookalike = "[Phiên tòa]EVENT gồm các bị cáo: [Lê Văn Ba]PER, [Trần Năm]PER."
    assert suggested_pairs(lookalike, "PARTICIPATES") == {
        ("Lê Văn Ba", "Phiên tòa"),
        ("Trần Năm", "Phiên tòa"),
    }


def test_a_subject_joined_by_a_crowd_takes_part_in_their_act() -> None:
    line = (
        "Bí thư [Lê Văn Ba]PER, [Chủ tịch UBND tỉnh]ROLE [Trần Năm]PER và đoàn đại biểu "
        "tỉnh đã đến [dâng hương]EVENT tại đền."
    )
    assert suggested_pairs(line, "PARTICIPATES") == {
        ("Lê Văn Ba", "dâng hương"),
        ("Trần Năm", "dâng hương"),
    }
    # Lookalike: the crowd speaks of the event, no one of the list acts at it.
    lookalike = line.replace("đã đến [dâng hương]EVENT tại đền", "nói rằng [lễ dâng hương]EVENT")
    assert suggested_pairs(lookalike, "PARTICIPATES") == set()


def test_an_incident_named_by_its_act_has_participants_a_case_has_none() -> None:
    line = "Ông [Lê Văn Ba]PER là người thứ sáu bị bắt trong [vụ tham nhũng]EVENT ở tổng công ty."
    assert suggested_pairs(line, "PARTICIPATES") == {("Lê Văn Ba", "vụ tham nhũng")}
    # Lookalike: a case (`vụ án`) has no participants; its steps have.
    lookalike = line.replace("vụ tham nhũng", "vụ án")
    assert suggested_pairs(lookalike, "PARTICIPATES") == set()


def test_the_one_blamed_for_an_incident_takes_no_part_in_it() -> None:
    line = "Họ dàn dựng [vụ tấn công]EVENT rồi đổ lỗi cho Tổng thống [Lê Văn Ba]PER."
    assert suggested_pairs(line, "PARTICIPATES") == set()
    # Lookalike: `cho` of giving still reads as a cue.
    lookalike = line.replace("đổ lỗi cho", "chuyển cho")
    assert suggested_pairs(lookalike, "PARTICIPATES") == {("Lê Văn Ba", "vụ tấn công")}


def test_the_object_of_steps_of_a_case_may_carry_a_former_post() -> None:
    line = (
        "Cơ quan điều tra đã [khởi tố bị can]EVENT, [bắt tạm giam]EVENT nguyên "
        "[Thứ trưởng]ROLE [Lê Văn Ba]PER."
    )
    assert suggested_pairs(line, "PARTICIPATES") == {
        ("Lê Văn Ba", "khởi tố bị can"),
        ("Lê Văn Ba", "bắt tạm giam"),
    }
    # Lookalike: another person's former post names him, not the object.
    lookalike = line.replace("nguyên [Thứ trưởng]ROLE", "hai cán bộ dưới quyền [Thứ trưởng]ROLE")
    assert ("Lê Văn Ba", "khởi tố bị can") not in suggested_pairs(lookalike, "PARTICIPATES")


def test_a_further_step_about_the_same_object_takes_him_too() -> None:
    line = (
        "[Công an quận]ORG có lệnh [bắt khẩn]EVENT [Lê Văn Ba]PER, đồng thời ra quyết định "
        "[khởi tố bị can]EVENT về tội gây rối."
    )
    assert suggested_pairs(line, "PARTICIPATES") == {
        ("Lê Văn Ba", "bắt khẩn"),
        ("Lê Văn Ba", "khởi tố bị can"),
    }
    # Lookalike: a further decision that is no step about a person leaves him out.
    lookalike = line.replace(
        "[khởi tố bị can]EVENT về tội gây rối", "[khen thưởng]EVENT tổ tuần tra"
    )
    assert suggested_pairs(lookalike, "PARTICIPATES") == {("Lê Văn Ba", "bắt khẩn")}


def test_the_subject_of_a_trip_to_attend_an_event_takes_part_in_both() -> None:
    line = "Ông [Lê Văn Ba]PER đang có [chuyến công du]EVENT Beirut để dự [lễ tang]EVENT cựu thủ tướng."
    assert suggested_pairs(line, "PARTICIPATES") == {
        ("Lê Văn Ba", "chuyến công du"),
        ("Lê Văn Ba", "lễ tang"),
    }
    # Lookalike: one who tells of the trip is not its subject, nor does he attend what the
    # trip is for: `dự` stands in what he says (round 30, cues.reports_on).
    lookalike = line.replace("đang có", "cho biết")
    assert suggested_pairs(lookalike, "PARTICIPATES") == set()


def test_a_chair_named_in_the_next_sentence_with_lam_chairs_the_last_event() -> None:
    line = "Hôm qua, tòa đưa vụ án ra [xét xử]EVENT. Thẩm phán [Lê Văn Ba]PER làm chủ tọa."
    assert suggested_pairs(line, "PARTICIPATES") == {("Lê Văn Ba", "xét xử")}
    # Lookalike: `làm` a post that is no chair of the hearing.
    lookalike = line.replace("làm chủ tọa", "làm chủ tịch hội đồng quản trị")
    assert suggested_pairs(lookalike, "PARTICIPATES") == set()


def test_a_persons_clause_running_into_trong_an_event_puts_him_in_it() -> None:
    line = "Ông [Lê Văn Ba]PER là người giành thắng lợi trong [vòng hai cuộc bầu cử]EVENT hôm qua."
    assert suggested_pairs(line, "PARTICIPATES") == {("Lê Văn Ba", "vòng hai cuộc bầu cử")}
    # Lookalike: a clause closed by a comma before `trong` is someone else's statement.
    lookalike = (
        "Ông [Lê Văn Ba]PER đã nghỉ hưu, nhiều người thắng trong [vòng hai cuộc bầu cử]EVENT."
    )
    assert suggested_pairs(lookalike, "PARTICIPATES") == set()


@pytest.mark.parametrize(
    ("line", "act"),
    [
        ("Tổng thống [Lê Văn Ba]PER đã quyết định [giải tán]EVENT chính phủ.", "giải tán"),
        ("Tổng thống [Lê Văn Ba]PER đã phát động [chiến dịch quân sự]EVENT.", "chiến dịch quân sự"),
        ("Tổng thống [Lê Văn Ba]PER lý giải việc [cách chức]EVENT thủ tướng.", "cách chức"),
    ],
    ids=["decides", "launches", "explains-his-own"],
)
def test_the_one_who_decides_or_launches_the_act_takes_part(line: str, act: str) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == {("Lê Văn Ba", act)}
    # Lookalike: one who opposes the act is no subject of it.
    lookalike = line.replace("đã quyết định", "phản đối").replace("đã phát động", "phản đối")
    lookalike = lookalike.replace("lý giải việc", "phản đối")
    assert suggested_pairs(lookalike, "PARTICIPATES") == set()


@pytest.mark.parametrize(
    ("line", "act"),
    [
        (
            "Bộ trưởng [Lê Văn Ba]PER, là một trong những bộ trưởng [trả lời chất vấn]EVENT, "
            "cho rằng cần sửa luật.",
            "trả lời chất vấn",
        ),
        (
            "Bộ trưởng [Lê Văn Ba]PER, người phải [rút lui]EVENT sau nhiều chỉ trích, đã lên tiếng.",
            "rút lui",
        ),
    ],
    ids=["one-of-those", "the-one-who"],
)
def test_the_one_who_does_it_named_in_commas_takes_part(line: str, act: str) -> None:
    assert suggested_pairs(line, "PARTICIPATES") == {("Lê Văn Ba", act)}
    # Lookalike: one who opposes it, named the same way, takes no part.
    lookalike = line.replace("bộ trưởng [trả", "bộ trưởng phản đối [trả").replace(
        "người phải", "người không tán thành"
    )
    assert suggested_pairs(lookalike, "PARTICIPATES") == set()


def test_a_hearing_and_its_verdict_both_take_the_party_after_them() -> None:
    line = "Tháng 9, tòa quận [xử sơ thẩm lần 2]EVENT, [tuyên]EVENT [Trần Năm]PER 13 tháng tù treo."
    assert suggested_pairs(line, "PARTICIPATES") == {
        ("Trần Năm", "xử sơ thẩm lần 2"),
        ("Trần Năm", "tuyên"),
    }
    # Lookalike: a `xử` that is no hearing (`xử lý` rubbish) is no step of his case.
    lookalike = line.replace("xử sơ thẩm lần 2", "xử lý rác thải")
    assert ("Trần Năm", "xử lý rác thải") not in suggested_pairs(lookalike, "PARTICIPATES")


def test_a_speaker_who_promises_after_a_meeting_that_ran_long_took_part() -> None:
    line = (
        "Các bức xúc của dân đã khiến [buổi làm việc]EVENT kéo dài đến trưa. Sau khi lắng "
        "nghe ý kiến, [thứ trưởng]ROLE [Lê Văn Ba]PER hứa sẽ xem xét."
    )
    assert suggested_pairs(line, "PARTICIPATES") == {("Lê Văn Ba", "buổi làm việc")}
    # Lookalike: one who leaves says nothing there.
    lookalike = line.replace("hứa sẽ xem xét", "ra về")
    assert suggested_pairs(lookalike, "PARTICIPATES") == set()


def test_a_semicolon_closes_one_persons_posts_before_the_next_name() -> None:
    line = (
        "[Trưởng ban]ROLE là ông [Lê Văn Ba]PER, [Phó chủ tịch Quốc hội]ROLE; [Phó ban]ROLE "
        "là ông [Trần Năm]PER, [Phó trưởng ban Tổ chức]ROLE."
    )
    assert suggested_pairs(line, "HOLDS") == {
        ("Lê Văn Ba", "Trưởng ban"),
        ("Lê Văn Ba", "Phó chủ tịch Quốc hội"),
        ("Trần Năm", "Phó ban"),
        ("Trần Năm", "Phó trưởng ban Tổ chức"),
    }
    # Lookalike: a comma between posts before a name keeps them one person's run.
    lookalike = "Dự có [Phó Bí thư]ROLE, [Chủ tịch tỉnh]ROLE ông [Trần Năm]PER."
    assert suggested_pairs(lookalike, "HOLDS") == {
        ("Trần Năm", "Phó Bí thư"),
        ("Trần Năm", "Chủ tịch tỉnh"),
    }


def test_a_plural_post_then_a_clause_then_its_list_gives_every_name_the_post() -> None:
    line = (
        "Các [Ủy viên Bộ Chính trị khóa IX]ROLE tiếp tục tham gia danh sách bầu cử BCH T.Ư "
        "khóa X gồm: [Lê Văn Ba]PER, [Trần Năm]PER."
    )
    assert suggested_pairs(line, "HOLDS") == {
        ("Lê Văn Ba", "Ủy viên Bộ Chính trị khóa IX"),
        ("Trần Năm", "Ủy viên Bộ Chính trị khóa IX"),
    }
    # Lookalike: a clause of saying before the list: what follows is said, no holders.
    lookalike = line.replace("tiếp tục tham gia", "cho biết")
    assert suggested_pairs(lookalike, "HOLDS") == set()


def test_a_post_taken_from_a_person_named_after_doi_voi_is_his() -> None:
    line = (
        "Quốc hội [miễn nhiệm]EVENT chức vụ [Bộ trưởng Bộ Tài chính]ROLE đối với ông "
        "[Lê Văn Ba]PER."
    )
    assert suggested_pairs(line, "HOLDS") == {("Lê Văn Ba", "Bộ trưởng Bộ Tài chính")}
    # Lookalike: a post whose holder acts towards the person is not his.
    lookalike = "[Bộ trưởng Bộ Tài chính]ROLE có ý kiến đối với ông [Lê Văn Ba]PER."
    assert suggested_pairs(lookalike, "HOLDS") == set()


def test_a_date_in_the_bracket_describing_a_name_does_not_time_the_event() -> None:
    line = "[Sáng 26/12]DATE, [Lê Văn Ba]PER ([1937]DATE, quốc tịch Áo) đã bị [bắt giữ]EVENT."
    assert suggested_pairs(line, "WHEN") == {("bắt giữ", "Sáng 26/12")}
    # Lookalike: a bracket after the event, not after a name, dates it.
    lookalike = "[Lê Văn Ba]PER đã bị [bắt giữ]EVENT ([26/12]DATE) tại nhà riêng."
    assert suggested_pairs(lookalike, "WHEN") == {("bắt giữ", "26/12")}


def test_those_named_after_voi_su_tham_du_cua_attend_the_event_before() -> None:
    line = (
        "[Buổi lễ]EVENT kỷ niệm sáu mươi năm thành lập trường đã diễn ra trang trọng tại hội "
        "trường lớn của tỉnh với sự tham dự của [Phó Chủ tịch]ROLE [Lê Văn Ba]PER và "
        "[Giám đốc Sở]ROLE [Trần Năm]PER."
    )
    assert suggested_pairs(line, "PARTICIPATES") == {
        ("Lê Văn Ba", "Buổi lễ"),
        ("Trần Năm", "Buổi lễ"),
    }
    # Lookalike: support is no presence.
    lookalike = line.replace("tham dự", "ủng hộ")
    assert suggested_pairs(lookalike, "PARTICIPATES") == set()


def test_a_clause_of_time_with_its_own_subject_keeps_the_event_from_the_main_one() -> None:
    line = "Đến ngày [Lê Văn Ba]PER bị [bắt]EVENT, bà [Trần Thị Năm]PER mới nộp đơn tố cáo."
    assert suggested_pairs(line, "PARTICIPATES") == {("Lê Văn Ba", "bắt")}
    # Lookalike: a clause of time with no subject of its own is the main subject's.
    lookalike = "Sau khi rời Hà Nội sang [thăm]EVENT Lào, ông [Lê Văn Ba]PER đã ký thỏa thuận."
    assert suggested_pairs(lookalike, "PARTICIPATES") == {("Lê Văn Ba", "thăm")}
