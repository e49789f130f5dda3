"""A pipeline's, ship's or missile's name is no person; the maker's country stays a place.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # Machines named after people or things.
    ("[Nga]LOC hoàn tất đường ống Nord Stream 2 sang [Đức]LOC.", (("Nord Stream", "PER"),)),
    (
        "Tàu sân bay Gerald Ford tiến vào [Địa Trung Hải]LOC.",
        (
            ("sân bay Gerald Ford", "LOC"),
            ("Gerald Ford", "PER"),
        ),
    ),
    ("Quân đội nhận thêm tên lửa Javelin Smith.", (("Javelin Smith", "PER"),)),
    # The same name later in the text, without its machine noun.
    ("Họ phản đối đường ống Nord Stream 2. Nord Stream 2 dài 1.200 km.", (("Nord Stream", "PER"),)),
    # Lookalikes: the maker's country, a company, and a person after an ordinary noun.
    ("Xe tăng [Nga]LOC tiến vào [Kharkiv]LOC.", ()),
    ("Khu trục hạm [Mỹ]LOC tới [Biển Đông]LOC.", ()),
    ("Máy bay [Boeing]ORG gặp nạn.", ()),
    ("Người lái xe [Nguyễn Văn An]PER bị thương.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_machine_name_is_no_person(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
