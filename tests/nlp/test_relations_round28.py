"""Round 28 relations: a group named again by a plural word in a later sentence of its line.

`A và B tới … Họ được … [chào đón]`, `… ông A …; ông B … Sau đó, … [kỷ luật] đối với các
cán bộ này`: the gold links each person of the group to the event
(annotator/nlp/relations/plural_references.py). Each sentence is written here, not
copied from an article; spans are marked `[surface]LABEL`. Every test pairs a text the
construction must read with a lookalike it must leave.
"""

from __future__ import annotations

import pytest

from tests.nlp.marked import suggested_pairs

_GROUP = "Bộ trưởng [Trần Văn Năm]PER và ông [Lê Văn Sáu]PER đến thăm tỉnh hôm qua."
_ONE = "Bộ trưởng [Trần Văn Năm]PER đến thăm tỉnh hôm qua."


@pytest.mark.parametrize(
    ("later", "act"),
    [
        ("Sau đó, họ được lãnh đạo tỉnh [đón tiếp]EVENT tại trụ sở.", "đón tiếp"),
        ("Tháng sau, tỉnh ủy đã [kỷ luật]EVENT đối với các cán bộ này.", "kỷ luật"),
        ("Năm 2005, những người nói trên bị [khởi tố]EVENT về tội tham ô.", "khởi tố"),
    ],
    ids=["ho", "cac-can-bo-nay", "nhung-nguoi-noi-tren"],
)
def test_a_plural_word_stands_for_each_person_of_the_sentence_before(later: str, act: str) -> None:
    expected = {("Trần Văn Năm", act), ("Lê Văn Sáu", act)}
    assert suggested_pairs(f"{_GROUP} {later}", "PARTICIPATES") == expected
    # Lookalikes: one person before (a plural cannot stand for him), another line.
    assert suggested_pairs(f"{_ONE} {later}", "PARTICIPATES") == set()
    assert suggested_pairs(f"{_GROUP}\n{later}", "PARTICIPATES") == set()


@pytest.mark.parametrize(
    "later",
    [
        "Sau đó, dòng họ được lãnh đạo tỉnh [đón tiếp]EVENT tại trụ sở.",
        "Sau đó, họ Nguyễn được lãnh đạo tỉnh [đón tiếp]EVENT tại trụ sở.",
        "Tháng sau, tỉnh ủy đã [kỷ luật]EVENT đối với các cán bộ vi phạm.",
        "Tháng sau, tỉnh ủy đã [kỷ luật]EVENT đối với hai cán bộ.",
    ],
    ids=["kinship", "family-name", "no-demonstrative", "count"],
)
def test_a_family_name_a_general_plural_or_a_count_stands_for_no_one(later: str) -> None:
    assert suggested_pairs(f"{_GROUP} {later}", "PARTICIPATES") == set()


def test_a_listed_group_keeps_the_later_act_its_plural_word_tells() -> None:
    text = (
        "Thủ tướng đã ký quyết định [kỷ luật]EVENT hai lãnh đạo tỉnh. Đó là ông "
        "[Trần Văn Năm]PER và ông [Lê Văn Sáu]PER. Cuối năm, [Ủy ban Kiểm tra]ORG cũng đã "
        "[cảnh cáo]EVENT đối với các cán bộ này."
    )
    later = {pair for pair in suggested_pairs(text, "PARTICIPATES") if pair[1] == "cảnh cáo"}
    assert later == {("Trần Văn Năm", "cảnh cáo"), ("Lê Văn Sáu", "cảnh cáo")}


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        (
            "Cơ quan điều tra đề nghị [VKSND Tối cao]ORG [truy tố]EVENT ông [Trần Văn Năm]PER.",
            "truy tố",
        ),
        ("Viện kiểm sát đề nghị [TAND Tối cao]ORG [kết án]EVENT ông [Trần Văn Năm]PER.", "kết án"),
        (
            "Phe đối lập đề nghị [Quốc hội]ORG [bỏ phiếu bất tín nhiệm]EVENT chính phủ của "
            "[Trần Văn Năm]PER.",
            "bỏ phiếu bất tín nhiệm",
        ),
    ],
    ids=["prosecution", "conviction", "confidence-vote"],
)
def test_a_step_requested_of_a_named_body_links_its_object(sentence: str, act: str) -> None:
    assert suggested_pairs(sentence, "PARTICIPATES") == {("Trần Văn Năm", act)}
    # Lookalikes: no body named, or the person further on than the step's object.
    no_body = sentence.split("[", 1)[0] + sentence.split("]ORG ", 1)[1]
    assert suggested_pairs(no_body, "PARTICIPATES") == set()
    further = sentence.replace(f"[{act}]EVENT", f"[{act}]EVENT đối với trường hợp", 1)
    assert suggested_pairs(further, "PARTICIPATES") == set()


@pytest.mark.parametrize(
    ("sentence", "post"),
    [
        ("[Luật sư]ROLE của ông [Lê Văn Sáu]PER là [Trần Văn Năm]PER đã nộp đơn.", "Luật sư"),
        ("Ông [Lê Văn Sáu]PER giao việc cho [thư ký]ROLE của mình là [Trần Văn Năm]PER.", "thư ký"),
        ("[Cố vấn]ROLE của [Lê Văn Sáu]PER, [Trần Văn Năm]PER cho biết như vậy.", "Cố vấn"),
    ],
    ids=["la", "cua-minh-la", "comma"],
)
def test_a_post_named_as_someones_is_held_by_the_name_after_it(sentence: str, post: str) -> None:
    assert ("Trần Văn Năm", post) in suggested_pairs(sentence, "HOLDS")
    assert ("Lê Văn Sáu", post) not in suggested_pairs(sentence, "HOLDS")
    # Lookalike: a verb between the owner and the name; the name is no holder.
    lookalike = sentence.replace(" là [Trần", " đã gặp [Trần").replace(", [Trần", " đã gặp [Trần")
    assert ("Trần Văn Năm", post) not in suggested_pairs(lookalike, "HOLDS")


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        (
            "Thủ tướng [Trần Văn Năm]PER [ngày 20-3]DATE vừa qua đã [từ chức]EVENT.",
            "từ chức",
        ),
        (
            "Ông [Trần Văn Năm]PER [sáng nay]DATE đã có [buổi làm việc]EVENT với tỉnh.",
            "buổi làm việc",
        ),
    ],
    ids=["date-then-verb", "date-then-had"],
)
def test_the_acts_date_may_stand_between_the_subject_and_his_act(sentence: str, act: str) -> None:
    assert suggested_pairs(sentence, "PARTICIPATES") == {("Trần Văn Năm", act)}
    # Lookalike: a clause between the date and the act; he is not its subject.
    lookalike = sentence.replace("DATE ", "DATE cho biết tỉnh ", 1)
    assert suggested_pairs(lookalike, "PARTICIPATES") == set()


def test_a_pronoun_after_giua_is_a_party_of_the_event_before_it() -> None:
    before = "Tổng thống [Trần Văn Năm]PER đã tới thủ đô tối qua."
    later = "[Cuộc gặp]EVENT giữa ông với các lãnh đạo nước chủ nhà sẽ diễn ra hôm nay."
    assert suggested_pairs(f"{before} {later}", "PARTICIPATES") == {("Trần Văn Năm", "Cuộc gặp")}
    # Lookalike: the pronoun further on, after words that are not `giữa`.
    lookalike = later.replace("giữa ông với", "sẽ bàn về điều ông nêu với")
    assert suggested_pairs(f"{before} {lookalike}", "PARTICIPATES") == set()
