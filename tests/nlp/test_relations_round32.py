"""Round 32 relations: a framing event after an opening time; a frame and the act had in it.

`Ngày 30/3, trong [phiên họp …], Thủ tướng X …`, `Chiều qua, trong khuôn khổ [chuyến
thăm …], X …`, `…, bên hành lang [Hội nghị …], X …`: the frame's event is the subject's
though a time opens the sentence (annotator/nlp/relations/cues.py, `_PREPOSED`); and
`X đã có [cuộc hội đàm]` after a trip framing the sentence links him to both, not after a
gathering's frame (participation.py, `_trip_framing`); a date before `trong khuôn khổ
[E]` dates the act told in the frame (frames.py); the inviter opening the sentence
(`Nhận lời mời của A, B sẽ [thăm]`) is no member of B's list (name_lists.py); `X đã từ bỏ [cuộc đua]`, `X tiến hành
[chiến dịch …]`: the name is the subject (subjects.py); `đưa [vụ án] … ra [xét xử]` with
the case named at length: the date is the trial's (dated_elsewhere.py); `[hôm qua], X lý
giải việc [cách chức] …`: the explanation's date, not the act's (event_times.py). Each
sentence is written here, not copied from an article; spans are marked `[surface]LABEL`.
"""

from __future__ import annotations

import pytest

from tests.nlp.marked import suggested_pairs


@pytest.mark.parametrize(
    "opening",
    ["[Ngày 30/3]DATE, trong", "[Chiều qua]DATE, trong khuôn khổ", "[Sáng nay]DATE, bên lề"],
    ids=["ngay-trong", "chieu-khuon-kho", "sang-ben-le"],
)
def test_a_frame_after_an_opening_time_is_the_subjects_event(opening: str) -> None:
    text = (
        f"{opening} [phiên họp Chính phủ thường kỳ]EVENT, [Thủ tướng]ROLE "
        "[Phan Văn Năm]PER yêu cầu các bộ kiểm soát giá."
    )
    assert suggested_pairs(text, "PARTICIPATES") == {
        ("Phan Văn Năm", "phiên họp Chính phủ thường kỳ")
    }


def test_an_opening_clause_that_is_no_time_frames_nothing() -> None:
    # Lookalike: a clause of its own before `trong [E]` is not a time opening the sentence.
    text = (
        "Báo chí phản ánh nhiều sai phạm, trong [phiên họp Chính phủ thường kỳ]EVENT, "
        "[Thủ tướng]ROLE [Phan Văn Năm]PER không nhắc lại."
    )
    assert suggested_pairs(text, "PARTICIPATES") == set()


def test_a_frame_and_the_act_had_in_it_are_both_the_subjects() -> None:
    text = (
        "[Chiều qua]DATE, trong khuôn khổ [chuyến thăm chính thức]EVENT [Anh]LOC, "
        "[Chủ tịch nước]ROLE [Trần Văn Lương]PER đã có [cuộc hội đàm]EVENT với báo giới."
    )
    assert suggested_pairs(text, "PARTICIPATES") == {
        ("Trần Văn Lương", "chuyến thăm chính thức"),
        ("Trần Văn Lương", "cuộc hội đàm"),
    }
    # Lookalike: without the frame, only the act he has.
    bare = (
        "[Chiều qua]DATE, [Chủ tịch nước]ROLE [Trần Văn Lương]PER đã có [cuộc hội đàm]EVENT "
        "với báo giới sau [chuyến thăm chính thức]EVENT."
    )
    assert ("Trần Văn Lương", "cuộc hội đàm") in suggested_pairs(bare, "PARTICIPATES")
    assert ("Trần Văn Lương", "chuyến thăm chính thức") not in suggested_pairs(bare, "PARTICIPATES")


def test_a_gatherings_frame_leaves_the_act_had_in_it_alone() -> None:
    # Lookalike: a session framing the sentence is the body's; the act he has is his part.
    text = (
        "[Chiều qua]DATE, tại [kỳ họp]EVENT, ông [Trần Văn Lương]PER đã có "
        "[buổi chất vấn]EVENT với bộ trưởng."
    )
    assert suggested_pairs(text, "PARTICIPATES") == {("Trần Văn Lương", "buổi chất vấn")}


@pytest.mark.parametrize("frame", ["trong khuôn khổ", "trong chương trình"])
def test_a_date_before_a_programmes_frame_dates_the_act_told_in_it(frame: str) -> None:
    text = (
        f"[Chiều qua]DATE, {frame} [chuyến thăm chính thức]EVENT [Anh]LOC, [Chủ tịch nước]ROLE "
        "[Trần Văn Lương]PER đã có [cuộc hội đàm]EVENT với báo giới."
    )
    assert suggested_pairs(text, "WHEN") == {("cuộc hội đàm", "Chiều qua")}


def test_a_frame_alone_in_its_sentence_keeps_its_date() -> None:
    # Lookalike: no other event to hand the date to.
    text = (
        "[Chiều qua]DATE, trong khuôn khổ [chuyến thăm chính thức]EVENT [Anh]LOC, "
        "[Chủ tịch nước]ROLE [Trần Văn Lương]PER đã gặp báo giới."
    )
    assert suggested_pairs(text, "WHEN") == {("chuyến thăm chính thức", "Chiều qua")}


@pytest.mark.parametrize("opening", ["Nhận lời mời của", "Theo lời mời của"])
def test_the_inviter_opening_the_sentence_is_no_member_of_the_visitors_list(opening: str) -> None:
    text = (
        f"{opening} [Chủ tịch]ROLE [Hồ Văn Đào]PER, [Chủ tịch nước]ROLE [Trần Văn Lương]PER "
        "sẽ [thăm hữu nghị chính thức]EVENT [Trung Quốc]LOC."
    )
    assert suggested_pairs(text, "PARTICIPATES") == {("Trần Văn Lương", "thăm hữu nghị chính thức")}


def test_two_visitors_named_in_a_list_both_take_part() -> None:
    # Lookalike: no invitation before the first name: the two are one list.
    text = (
        "[Chủ tịch]ROLE [Hồ Văn Đào]PER, [Chủ tịch nước]ROLE [Trần Văn Lương]PER "
        "sẽ [thăm hữu nghị chính thức]EVENT [Trung Quốc]LOC."
    )
    assert suggested_pairs(text, "PARTICIPATES") == {
        ("Hồ Văn Đào", "thăm hữu nghị chính thức"),
        ("Trần Văn Lương", "thăm hữu nghị chính thức"),
    }


@pytest.mark.parametrize("verb", ["đã từ bỏ", "rút khỏi", "đã tiến hành"])
def test_the_one_who_quits_or_runs_a_race_is_its_subject(verb: str) -> None:
    text = f"Thượng nghị sĩ [John Lane]PER {verb} [cuộc đua]EVENT vào Nhà Trắng."
    assert suggested_pairs(text, "PARTICIPATES") == {("John Lane", "cuộc đua")}


def test_a_report_on_a_race_quit_by_others_is_no_part() -> None:
    # Lookalike: the name speaks about others quitting it.
    text = "Thượng nghị sĩ [John Lane]PER cho biết nhiều người đã từ bỏ [cuộc đua]EVENT."
    assert suggested_pairs(text, "PARTICIPATES") == set()


def test_a_case_named_at_length_before_its_trial_gives_the_trial_its_date() -> None:
    text = (
        "[Sáng 13/9]DATE, [TAND TP]ORG đã đưa [vụ án]EVENT 8 cán bộ nhân viên [Cục Hải quan]ORG "
        "giúp [Lầu Văn Sáng]PER, [Giám đốc Công ty Việt Hùng]ROLE buôn lậu, trốn thuế hàng "
        "chục tỷ đồng ra [xét xử]EVENT."
    )
    assert suggested_pairs(text, "WHEN") == {("xét xử", "Sáng 13/9")}
    # Lookalike: a case not brought to trial keeps no date, the trial none either.
    kept = text.replace("ra [xét xử]EVENT", "trước khi [xét xử]EVENT")
    assert ("xét xử", "Sáng 13/9") not in suggested_pairs(kept, "WHEN")


def test_the_date_of_an_explanation_is_not_the_explained_acts() -> None:
    text = (
        "[Hôm qua]DATE, [Tổng thống]ROLE [Vladimir Pin]PER đã lý giải việc [cách chức]EVENT "
        "[Thủ tướng]ROLE [Ivan Kas]PER."
    )
    assert suggested_pairs(text, "WHEN") == set()
    # Lookalike: the act done that day keeps its date.
    done = text.replace("đã lý giải việc", "đã ký quyết định")
    assert suggested_pairs(done, "WHEN") == {("cách chức", "Hôm qua")}
