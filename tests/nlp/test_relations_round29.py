"""Round 29 relations: events joined by a comma or `và` to a dated one share its date.

`…: [Hôm qua], cục đã ra quyết định [khởi tố bị can], [bắt tạm giam] …`: the gold times
each part of such an act, wherever the date stands in the sentence
(annotator/nlp/relations/dates.py, `joined_events`). Each sentence is written here, not
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
