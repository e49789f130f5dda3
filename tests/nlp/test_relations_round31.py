"""Round 31 relations: a post, a comma, then the name of its holder (appositions.py).

`Đầu năm nay, [Giám đốc Sở Tư pháp], ông [X] được phân công …`: the name after the
comma holds the post. `Theo tờ trình của [Thủ tướng], ông [X] sinh năm …`: a post
governed by a preposition, its name not closed by a second comma, is another person.
Each sentence is written here, not copied from an article; spans are marked
`[surface]LABEL`.
"""

from __future__ import annotations

import pytest

from tests.nlp.marked import suggested_pairs


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Đầu năm nay, [Giám đốc Sở Tư pháp]ROLE, [Trần Văn Năm]PER được phân công giải quyết.",
            "Giám đốc Sở Tư pháp",
        ),
        (
            "Nhưng [người phát ngôn của Bộ Ngoại giao]ROLE, ông [Trần Văn Năm]PER cho biết vậy.",
            "người phát ngôn của Bộ Ngoại giao",
        ),
        (
            "Lời khai của [Chánh văn phòng]ROLE, [Trần Văn Năm]PER, đã làm rõ nguyên nhân.",
            "Chánh văn phòng",
        ),
    ],
    ids=["after-a-time", "after-a-conjunction", "governed-but-closed"],
)
def test_the_name_after_a_post_and_a_comma_holds_it(text: str, post: str) -> None:
    assert suggested_pairs(text, "HOLDS") == {("Trần Văn Năm", post)}


@pytest.mark.parametrize(
    "text",
    [
        "Theo tờ trình của [Thủ tướng]ROLE, ông [Trần Văn Năm]PER sinh năm 1960.",
        "Phát biểu trước [Bộ trưởng]ROLE, ông [Trần Văn Năm]PER nhận trách nhiệm.",
        "Sau nhiều chỉ trích nhằm vào [Thủ tướng]ROLE, ông [Trần Văn Năm]PER đã lên tiếng.",
        "Cuộc họp nghe các [đại biểu]ROLE, ông [Trần Văn Năm]PER đề nghị thêm.",
    ],
    ids=["of", "before", "aimed-at", "plural"],
)
def test_a_governed_post_left_open_is_another_person(text: str) -> None:
    assert suggested_pairs(text, "HOLDS") == set()


def test_a_post_already_held_by_the_name_before_is_not_taken_again() -> None:
    text = (
        "Ông [Lê Văn Sáu]PER, [Giám đốc Sở Tư pháp]ROLE, ông [Trần Văn Năm]PER "
        "và nhiều người khác đã dự."
    )
    assert suggested_pairs(text, "HOLDS") == {("Lê Văn Sáu", "Giám đốc Sở Tư pháp")}


def test_an_event_in_a_bracket_closed_before_the_person_is_not_his() -> None:
    # asides.event_in_aside_before: the bracket tells of another's arrest.
    text = (
        "Từ tháng 9 đến ngày 13/12 (ngày [Lê Văn Sáu]PER bị [bắt]EVENT), "
        "[Trần Văn Năm]PER đã chuyển nhiều tiền ra nước ngoài."
    )
    assert ("Trần Văn Năm", "bắt") not in suggested_pairs(text, "PARTICIPATES")


def test_the_name_a_bracket_follows_keeps_the_event_told_in_it() -> None:
    text = "Bị can [Trần Văn Năm]PER (bị [khởi tố]EVENT về tội đưa hối lộ) đã bỏ trốn."
    assert suggested_pairs(text, "PARTICIPATES") == {("Trần Văn Năm", "khởi tố")}


@pytest.mark.parametrize(
    ("line", "post"),
    [
        ("Khi đó [Trần Văn Năm]PER vẫn là một [thượng nghị sĩ]ROLE ít tên tuổi.", "thượng nghị sĩ"),
        ("[Trần Văn Năm]PER bất ngờ được bầu làm [chủ tịch đảng]ROLE hôm qua.", "chủ tịch đảng"),
        ("Sau đó [Trần Văn Năm]PER về làm [giám đốc]ROLE hai công ty.", "giám đốc"),
        ("Năm 1990, ông [Trần Văn Năm]PER giữ ghế [vụ phó]ROLE của bộ.", "vụ phó"),
    ],
    ids=["still-was", "unexpectedly-elected", "came-to-be", "seat"],
)
def test_an_adverb_before_the_verb_of_holding_keeps_the_post(line: str, post: str) -> None:
    # posts._ADVERBS: news22, news26, news27, news29 each missed one such post.
    assert suggested_pairs(line, "HOLDS") == {("Trần Văn Năm", post)}
