"""Round 33 relations: posts taken or left, a new holder, degree adverbs, a request's date.

`X trở thành [thủ tướng]`, `X còn kiêm các chức danh [thủ trưởng cơ quan bộ]`, `X sẽ thôi
giữ chức [Phó Ban …]`, `X còn bị cách chức [Tỉnh ủy viên]`: the post is his (a post left
was held; posts.py, `_CHANGING`); `[Bộ trưởng] mới X`, `[chủ tịch] đương chức là X`,
`[Kiến trúc sư trưởng] lúc bấy giờ là ông X`: the post before the name is his (posts.py,
`_THEN`); `X (sinh [1956], nguyên là [luật sư …]`, `X (nguyên [A], thời điểm phạm tội là
[B])`: posts past a birth year, and held at another time (held_posts.py, posts.py); `X chỉ bị [xử phạt cảnh cáo]`, `X còn bị [cách chức]`: the subject undergoes the
step (subjects.py, `_TENSE`); `X đã ra quyết định [tạm đình chỉ vụ án]`, `X đâm đơn ra tòa
[khởi kiện]`: the one who rules or sues takes part (subjects.py); `Trong [E], cả hai ứng viên
[A] và [B]`: a counted group after a frame is its subject (cues.py, `_GROUP_OF`); `[Ngày 23-3], công ty … đề nghị xí nghiệp [đình chỉ công tác]`:
the request's date is not the step's (event_times.py, `_SAID`). Each sentence is written
here, not copied from an article; spans are marked `[surface]LABEL`.
"""

from __future__ import annotations

import pytest

from tests.nlp.marked import suggested_pairs


@pytest.mark.parametrize(
    "verb",
    [
        "trở thành",
        "giờ đây trở thành",
        "còn kiêm các chức danh",
        "vẫn đảm nhận chức danh",
        "sẽ thôi giữ chức",
        "thôi không làm",
        "còn bị cách chức",
        "vừa tái đắc cử chức vụ",
    ],
)
def test_a_post_taken_added_or_left_is_held(verb: str) -> None:
    text = f"Ông [Trần Văn Lâm]PER {verb} [Phó Chủ tịch Hội đồng thi đua]ROLE của bộ."
    assert suggested_pairs(text, "HOLDS") == {("Trần Văn Lâm", "Phó Chủ tịch Hội đồng thi đua")}


@pytest.mark.parametrize("verb", ["muốn trở thành", "đề nghị cách chức", "chưa đủ tư cách"])
def test_a_post_wished_for_or_asked_of_others_is_not_held(verb: str) -> None:
    # Lookalikes: a wish or a request names no post the person holds.
    text = f"Ông [Trần Văn Lâm]PER {verb} [Phó Chủ tịch Hội đồng thi đua]ROLE của bộ."
    assert suggested_pairs(text, "HOLDS") == set()


@pytest.mark.parametrize(
    "between", ["mới", "đương chức là", "đương nhiệm là", "lúc bấy giờ là ông", "khi đó là bà"]
)
def test_a_new_holder_or_the_one_in_office_then_holds_the_post(between: str) -> None:
    text = f"Sau đó, [Bộ trưởng]ROLE {between} [Đào Văn Bình]PER đã phân công lại công việc."
    assert suggested_pairs(text, "HOLDS") == {("Đào Văn Bình", "Bộ trưởng")}


def test_a_post_before_a_clause_of_another_subject_is_not_the_names() -> None:
    # Lookalike: `mới` as "only just" with a clause between keeps the post apart.
    text = "[Bộ trưởng]ROLE mới ký quyết định thì ông [Đào Văn Bình]PER đã đi công tác."
    assert suggested_pairs(text, "HOLDS") == set()


@pytest.mark.parametrize("adverb", ["chỉ bị", "còn bị", "đều bị"])
def test_a_subject_with_an_adverb_of_degree_undergoes_the_step(adverb: str) -> None:
    text = f"Riêng ông [Trương Văn Thanh]PER {adverb} [cách chức]EVENT vì sai phạm."
    assert suggested_pairs(text, "PARTICIPATES") == {("Trương Văn Thanh", "cách chức")}


def test_an_adverb_of_degree_before_another_verb_makes_no_subject() -> None:
    # Lookalike: `chỉ` before a verb of wishing: the event is not what he does or undergoes.
    text = "Ông [Trương Văn Thanh]PER chỉ mong [cuộc họp]EVENT sớm kết thúc."
    assert suggested_pairs(text, "PARTICIPATES") == set()


@pytest.mark.parametrize("request_word", ["đề nghị", "kiến nghị"])
def test_the_date_of_a_request_is_not_the_time_of_the_step_asked_for(request_word: str) -> None:
    text = (
        f"[Ngày 23-3]DATE, công ty đã có công điện {request_word} xí nghiệp "
        "[đình chỉ công tác]EVENT đối với ông Phạm Văn Trường."
    )
    assert suggested_pairs(text, "WHEN") == set()


def test_a_step_taken_on_the_opening_date_keeps_its_time() -> None:
    # Lookalike: no request between, the step is taken that day.
    text = "[Ngày 23-3]DATE, xí nghiệp đã [đình chỉ công tác]EVENT đối với ông Phạm Văn Trường."
    assert suggested_pairs(text, "WHEN") == {("đình chỉ công tác", "Ngày 23-3")}


def test_a_post_after_a_birth_year_in_the_aside_is_held() -> None:
    text = (
        "Theo cáo trạng, [Nguyễn Trọng Quang]PER (sinh [1956]DATE, nguyên là "
        "[luật sư Đoàn Luật sư tỉnh Bắc Ninh]ROLE, ngụ quận Tân Bình)."
    )
    assert suggested_pairs(text, "HOLDS") == {
        ("Nguyễn Trọng Quang", "luật sư Đoàn Luật sư tỉnh Bắc Ninh")
    }


def test_a_date_after_the_name_that_is_no_birth_year_keeps_the_post_apart() -> None:
    # Lookalike: a time of an act after the name, then another clause's post.
    text = (
        "[Nguyễn Trọng Quang]PER (ngày [15/3]DATE, gặp [luật sư Đoàn Luật sư tỉnh Bắc Ninh]ROLE)."
    )
    assert suggested_pairs(text, "HOLDS") == set()


@pytest.mark.parametrize("then", ["nay là", "thời điểm phạm tội là", "lúc đó là"])
def test_a_post_held_at_another_time_in_the_aside_is_held(then: str) -> None:
    text = (
        "[Nguyễn Quang Thường]PER (nguyên [phó tổng giám đốc Tổng công ty Dầu khí]ROLE, "
        f"{then} [giám đốc Công ty PTSC]ROLE)."
    )
    assert suggested_pairs(text, "HOLDS") == {
        ("Nguyễn Quang Thường", "phó tổng giám đốc Tổng công ty Dầu khí"),
        ("Nguyễn Quang Thường", "giám đốc Công ty PTSC"),
    }


def test_a_post_after_another_clause_in_the_aside_is_not_held() -> None:
    # Lookalike: a post named in a clause of its own inside the aside is someone else's.
    text = (
        "[Nguyễn Quang Thường]PER (nguyên [phó tổng giám đốc Tổng công ty Dầu khí]ROLE, "
        "bị [giám đốc Công ty PTSC]ROLE tố cáo)."
    )
    assert suggested_pairs(text, "HOLDS") == {
        ("Nguyễn Quang Thường", "phó tổng giám đốc Tổng công ty Dầu khí")
    }


@pytest.mark.parametrize("verb", ["đã ra quyết định", "đâm đơn ra tòa", "cũng đâm đơn"])
def test_the_one_who_rules_or_sues_takes_part_in_the_step(verb: str) -> None:
    text = f"Bà [Trần Thị Hường]PER {verb} [tạm đình chỉ vụ án]EVENT vào tháng 8."
    assert suggested_pairs(text, "PARTICIPATES") == {("Trần Thị Hường", "tạm đình chỉ vụ án")}


def test_one_who_only_hears_of_a_ruling_takes_no_part_in_it() -> None:
    # Lookalike: learning of the ruling is no part in it.
    text = "Bà [Trần Thị Hường]PER nghe tin về quyết định [tạm đình chỉ vụ án]EVENT vào tháng 8."
    assert suggested_pairs(text, "PARTICIPATES") == set()


def test_a_counted_group_opened_after_a_frame_takes_part_in_it() -> None:
    text = (
        "Trong [chiến dịch tranh cử]EVENT, cả hai ứng viên [Crvenkovski]PER và "
        "[Kedev]PER đều cam kết sẽ hành động."
    )
    assert suggested_pairs(text, "PARTICIPATES") == {
        ("Crvenkovski", "chiến dịch tranh cử"),
        ("Kedev", "chiến dịch tranh cử"),
    }


def test_a_group_named_by_something_else_after_a_frame_is_left_alone() -> None:
    # Lookalike: reporters counted after the frame only report on the campaign.
    text = (
        "Trong [chiến dịch tranh cử]EVENT, cả hai phóng viên [Crvenkovski]PER và "
        "[Kedev]PER đều đưa tin."
    )
    assert suggested_pairs(text, "PARTICIPATES") == set()
