"""Round 29 relations: joined events share a date; tense words keep a name the subject.

`…: [Hôm qua], cục đã ra quyết định [khởi tố bị can], [bắt tạm giam] …`: the gold times
each part of such an act, wherever the date stands in the sentence
(annotator/nlp/relations/dates.py, `joined_events`); `ông X trực tiếp [trao tặng]`,
`X sẽ tiếp tục bị [thẩm vấn]`: the name is the act's subject (subjects.py); `đưa [vụ án]
ra [xét xử]`: the date is the trial's (dated_elsewhere.py); `[xét xử] X, … thân cận với
[Y]`: Y takes no part (associates.py). Each sentence is written here, not
copied from an article; spans are marked `[surface]LABEL`.
"""

from __future__ import annotations

import pytest

from tests.nlp.marked import suggested_pairs

_OPENING = "Vụ việc của ông [Trần Văn Năm]PER, nguyên giám đốc sở, đã rõ: "


@pytest.mark.parametrize(
    ("act", "second"),
    [
        ("[khởi tố bị can]EVENT, [bắt tạm giam]EVENT 3 tháng", "bắt tạm giam"),
        ("[khởi tố vụ án]EVENT và [khởi tố bị can]EVENT", "khởi tố bị can"),
    ],
    ids=["comma", "va"],
)
def test_a_joined_event_after_a_mid_sentence_date_shares_it(act: str, second: str) -> None:
    text = f"{_OPENING}[hôm qua]DATE, công an tỉnh đã ra quyết định {act} đối với ông."
    assert (second, "hôm qua") in suggested_pairs(text, "WHEN")


def test_an_event_with_a_name_of_its_own_between_keeps_no_date() -> None:
    text = (
        f"{_OPENING}[hôm qua]DATE, công an tỉnh đã [khởi tố bị can]EVENT ông "
        "[Lê Văn Sáu]PER, sau đó [bắt tạm giam]EVENT ông."
    )
    pairs = suggested_pairs(text, "WHEN")
    assert ("khởi tố bị can", "hôm qua") in pairs
    assert ("bắt tạm giam", "hôm qua") not in pairs


_AT_CEREMONY = "Cũng tại [buổi lễ]EVENT, ông [Trần Văn Năm]PER "


@pytest.mark.parametrize(
    ("words", "act"),
    [("trực tiếp", "trao tặng"), ("sẽ tiếp tục bị", "thẩm vấn")],
    ids=["truc-tiep", "tiep-tuc"],
)
def test_a_name_before_tense_and_manner_words_is_the_subject_of_the_act(
    words: str, act: str
) -> None:
    text = f"{_AT_CEREMONY}{words} [{act}]EVENT về việc này."
    expected = {("Trần Văn Năm", "buổi lễ"), ("Trần Văn Năm", act)}
    assert suggested_pairs(text, "PARTICIPATES") == expected
    # Lookalike: a report between the name and the act leaves him out of it.
    reported = f"{_AT_CEREMONY}cho biết tỉnh {words} [{act}]EVENT về việc này."
    assert suggested_pairs(reported, "PARTICIPATES") == {("Trần Văn Năm", "buổi lễ")}


@pytest.mark.parametrize(
    "text",
    [
        "[Hôm qua]DATE, TAND tỉnh đã đưa [vụ án tham ô]EVENT do ông [Trần Văn Năm]PER cầm đầu "
        "ra [xét xử]EVENT.",
        "[Trần Văn Năm]PER, thủ phạm [vụ trọng án]EVENT ở xã Đông, [hôm nay]DATE bị TAND tỉnh "
        "đưa ra [xét xử]EVENT.",
    ],
    ids=["dua-vu-an-ra", "vu-trong-an"],
)
def test_the_date_of_a_case_brought_to_trial_is_the_trials(text: str) -> None:
    date = "Hôm qua" if text.startswith("[Hôm qua]") else "hôm nay"
    assert suggested_pairs(text, "WHEN") == {("xét xử", date)}


def test_a_case_not_brought_to_trial_keeps_no_date() -> None:
    text = "[Hôm qua]DATE, cơ quan điều tra đã tách [vụ án tham ô]EVENT để [điều tra]EVENT lại."
    assert ("vụ án tham ô", "Hôm qua") not in suggested_pairs(text, "WHEN")


@pytest.mark.parametrize(
    "words",
    ["hai em họ của", "một người thân cận với", "người có quan hệ với cựu Bộ trưởng"],
    ids=["em-ho-cua", "than-can-voi", "quan-he-voi"],
)
def test_a_name_given_as_anothers_relative_takes_no_part_in_the_event_before(words: str) -> None:
    text = f"Tòa sẽ [xét xử]EVENT [Lê Văn Sáu]PER, {words} [Trần Văn Năm]PER, vào tuần tới."
    assert suggested_pairs(text, "PARTICIPATES") == {("Lê Văn Sáu", "xét xử")}


def test_a_relative_keeps_his_own_act_and_the_one_the_relation_is_said_of() -> None:
    own = "Bà [Lê Thị Bảy]PER là vợ của [Trần Văn Năm]PER vừa bị [bắt]EVENT hôm qua."
    assert ("Trần Văn Năm", "bắt") in suggested_pairs(own, "PARTICIPATES")
    named = "Khi được gọi [thẩm vấn]EVENT, hai em họ của Năm là [Lê Văn Sáu]PER vẫn im lặng."
    assert ("Lê Văn Sáu", "thẩm vấn") in suggested_pairs(named, "PARTICIPATES")
