"""A post ends before the holder's foreign name, however short the name.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

HOLDERS: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A one-word name right after a minister's field.
    (
        "Theo [Bộ trưởng Quốc phòng]ROLE Petrov, cuộc tập trận sẽ kéo dài.",
        (("Bộ trưởng Quốc phòng Petrov", "ROLE"),),
    ),
    # A name after the field and the minister's country.
    (
        "[Bộ trưởng Tài chính Đức]ROLE Olaf Kramer đã tới Hà Nội.",
        (("Bộ trưởng Tài chính Đức Olaf", "ROLE"),),
    ),
    # Lookalikes: a company's foreign name is its body, a country is the post's.
    (
        "Ông là [Chủ tịch Tập đoàn Samsung]ROLE từ năm 1987.",
        (("Chủ tịch Tập đoàn", "ROLE"),),
    ),
    ("[Bộ trưởng Quốc phòng Ukraine]ROLE đã bác bỏ thông tin này.", ()),
    # A name broken by a stray space is no holder's name.
    ("Theo [Bộ trưởng Quốc phòng Is rael]ROLE Moshe Yaalon, hai nước đã đồng ý.", ()),
    # A field in lowercase describes the body; the foreign word after it is its name.
    (
        "Ông là [Phó giám đốc Liên hiệp hợp tác xã thương mại Hanoimart]ROLE.",
        (("Hanoimart", "PER"),),
    ),
    # A company named by its place and a foreign word keeps both.
    (
        "Ông từng là [giám đốc Công ty Hải Phòng Vinatex]ROLE, nay nghỉ hưu.",
        (("giám đốc Công ty Hải Phòng", "ROLE"),),
    ),
]


@pytest.mark.parametrize(("line", "wrong"), HOLDERS)
def test_a_post_ends_before_its_holders_foreign_name(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
