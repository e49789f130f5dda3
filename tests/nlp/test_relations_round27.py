"""Round 27 relations: a person named again by a pronoun in a later sentence of his line.

`Sau đó, ông được [bổ nhiệm]`, `Việc [xét xử] ông …`: the sentence names nobody, the
pronoun stands for the person of the sentence before, and the gold links that person's
span to the event (annotator/nlp/relations/references.py). And `của` between a person
and a later event is no cue (it belongs to what he owns). Each sentence is written
here, not copied from an article; its spans are marked `[surface]LABEL`. Every test
pairs a text the construction must read with a lookalike it must leave, so each fails
with the construction taken out.
"""

from __future__ import annotations

import pytest

from tests.nlp.marked import suggested_pairs

_BEFORE = "Ông [Trần Văn Năm]PER làm giám đốc sở từ năm 1998."


@pytest.mark.parametrize(
    ("later", "act"),
    [
        ("Sau đó, ông được [bổ nhiệm]EVENT làm phó chủ tịch tỉnh.", "bổ nhiệm"),
        ("Năm 2003, ông ta bị công an tỉnh [khởi tố]EVENT về tội tham ô.", "khởi tố"),
        ("Tháng 5, người này bị [bắt]EVENT tại nhà riêng.", "bắt"),
        ("Tiếp đó, ông sẽ tới Hà Nội để [hội kiến]EVENT với lãnh đạo bộ.", "hội kiến"),
    ],
    ids=["appointed", "charged", "arrested", "goes-to-meet"],
)
def test_a_pronoun_subject_stands_for_the_person_of_the_sentence_before(
    later: str, act: str
) -> None:
    assert suggested_pairs(f"{_BEFORE} {later}", "PARTICIPATES") == {("Trần Văn Năm", act)}
    # Lookalike: the same sentence on the next line; links never cross a line.
    assert suggested_pairs(f"{_BEFORE}\n{later}", "PARTICIPATES") == set()


@pytest.mark.parametrize(
    ("later", "act"),
    [
        ("Việc [xét xử]EVENT ông đã phải hoãn lại.", "xét xử"),
        ("Cùng ngày, tòa ra quyết định [tạm giam]EVENT đối với ông.", "tạm giam"),
    ],
    ids=["right-after", "doi-voi"],
)
def test_a_pronoun_object_right_after_the_event_stands_for_its_person(later: str, act: str) -> None:
    assert suggested_pairs(f"{_BEFORE} {later}", "PARTICIPATES") == {("Trần Văn Năm", act)}
    # Lookalike: the pronoun further on, the owner of something the sentence tells.
    lookalike = later.replace(f"[{act}]EVENT", f"[{act}]EVENT dân nghèo vẫn nhớ công", 1)
    assert suggested_pairs(f"{_BEFORE} {lookalike}", "PARTICIPATES") == set()


def test_of_two_people_before_the_pronoun_stands_for_the_one_opening_his_clause() -> None:
    text = (
        "Tại thủ đô, ông [Trần Văn Năm]PER đã gặp ông [Lê Văn Sáu]PER và nhiều quan chức. "
        "Năm sau, ông ta bị [khởi tố]EVENT."
    )
    assert suggested_pairs(text, "PARTICIPATES") == {("Trần Văn Năm", "khởi tố")}
    # Lookalike: the first of the two is an object; the pronoun could stand for either.
    lookalike = (
        "Công an đã mời ông [Trần Văn Năm]PER, bạn thân của ông [Lê Văn Sáu]PER, lên làm việc. "
        "Năm sau, ông ta bị [khởi tố]EVENT."
    )
    assert suggested_pairs(lookalike, "PARTICIPATES") == set()


@pytest.mark.parametrize(
    "later",
    [
        "Hai ông cùng [chứng kiến]EVENT lễ ký.",
        "Sau đó, ông [Lê Văn Sáu]PER gặp ông và cùng [chứng kiến]EVENT lễ ký.",
        "Sau đó, ông C. (thư ký) đã [chứng kiến]EVENT lễ ký.",
        "Sau đó, bà con trong xã đã [chứng kiến]EVENT lễ ký.",
    ],
    ids=["plural", "named-before-it", "unmarked-name", "compound"],
)
def test_a_pronoun_that_may_stand_for_someone_else_is_left(later: str) -> None:
    named = {("Lê Văn Sáu", "chứng kiến")} if "Sáu" in later else set()
    assert suggested_pairs(f"{_BEFORE} {later}", "PARTICIPATES") == named
    # The same sentence with the pronoun read as it should be links the person before.
    plain = f"{_BEFORE} Sau đó, ông đã [chứng kiến]EVENT lễ ký."
    assert suggested_pairs(plain, "PARTICIPATES") == {("Trần Văn Năm", "chứng kiến")}


def test_of_between_a_person_and_a_later_event_is_no_cue() -> None:
    line = (
        "Tài sản của ông [Trần Văn Năm]PER bị thu giữ nên tỉnh đã ra quyết định [thanh tra]EVENT."
    )
    assert suggested_pairs(line, "PARTICIPATES") == set()
    # Lookalike: after the event, `của` names its party.
    after = "Tỉnh đã ra quyết định [thanh tra]EVENT tài sản của ông [Trần Văn Năm]PER."
    assert suggested_pairs(after, "PARTICIPATES") == {("Trần Văn Năm", "thanh tra")}


def test_a_pronoun_of_the_other_gender_stands_for_someone_else() -> None:
    text = "Bà [Lê Thị Bốn]PER làm giám đốc sở. Sau đó, ông được [bổ nhiệm]EVENT làm phó giám đốc."
    assert suggested_pairs(text, "PARTICIPATES") == set()
    # Lookalike: the pronoun that agrees stands for her.
    agrees = text.replace("Sau đó, ông", "Sau đó, bà")
    assert suggested_pairs(agrees, "PARTICIPATES") == {("Lê Thị Bốn", "bổ nhiệm")}


def test_the_parties_of_a_civil_case_take_part_in_it() -> None:
    line = "Tòa đã hoãn thi hành [vụ án dân sự]EVENT của bà [Lê Thị Bốn]PER."
    assert suggested_pairs(line, "PARTICIPATES") == {("Lê Thị Bốn", "vụ án dân sự")}
    # Lookalike: a criminal case has no participants; its defendants take part in its steps.
    criminal = line.replace("[vụ án dân sự]EVENT", "[vụ án]EVENT")
    assert suggested_pairs(criminal, "PARTICIPATES") == set()
    # Lookalike: one told of the case before it is named is no party.
    told = "Thư ký tòa gọi điện báo cho ông [Trần Văn Năm]PER biết là " + line.split("thi hành ")[1]
    assert suggested_pairs(told, "PARTICIPATES") == {("Lê Thị Bốn", "vụ án dân sự")}


def test_the_parties_named_after_giua_take_part_in_their_dispute() -> None:
    line = (
        "Thẩm phán được giao giải quyết [vụ tranh chấp]EVENT đòi nhà ở quận 1, "
        "giữa ông [Trần Văn Năm]PER và bà [Lê Thị Bốn]PER."
    )
    assert suggested_pairs(line, "PARTICIPATES") == {
        ("Trần Văn Năm", "vụ tranh chấp"),
        ("Lê Thị Bốn", "vụ tranh chấp"),
    }
    # Lookalike: an event between two states, then a speaker on it.
    lookalike = (
        "Trước câu hỏi về việc [tập trận]EVENT giữa Việt Nam và Nga lần này, "
        "bà [Lê Thị Bốn]PER nhấn mạnh đây là hoạt động thường niên."
    )
    assert suggested_pairs(lookalike, "PARTICIPATES") == set()


def test_the_leaders_listed_after_a_step_they_went_through_take_part_in_it() -> None:
    text = (
        "Ban Bí thư đã [kỷ luật]EVENT các lãnh đạo huyện. Đó là ông [Trần Văn Năm]PER - "
        "nguyên bí thư huyện ủy; ông [Lê Văn Sáu]PER - chủ tịch huyện."
    )
    assert suggested_pairs(text, "PARTICIPATES") == {
        ("Trần Văn Năm", "kỷ luật"),
        ("Lê Văn Sáu", "kỷ luật"),
    }
    # Lookalike: no list of the group follows; the next sentence's speaker is no member.
    lookalike = (
        "Ban Bí thư đã [kỷ luật]EVENT các lãnh đạo huyện. Ông [Trần Văn Năm]PER, "
        "một người dân trong huyện, cho biết ai cũng đồng tình."
    )
    assert suggested_pairs(lookalike, "PARTICIPATES") == set()
