"""Gang leaders listed with capitalised nicknames (`Khánh "Trắng", Phúc "Bồ"`) and
Korean names joined by a hyphen (`Kim Yong-Nam`).

Each line is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ('Các băng nhóm như [Khánh "Trắng"]PER, [Phúc "Bồ"]PER đã bị triệt phá.', ()),
    ('Những tay anh chị như [Sơn "Bạch Tạng"]PER và [Minh "Samasa"]PER đều bị bắt.', ()),
    # Near misses: one quoted capital after a name is a quoted word, not a listed nickname.
    ('Bộ trưởng Hùng "Chốt" lại vấn đề.', (('Hùng "Chốt"', "PER"),)),
    ('Ông nói "Không" và "Có" đều được.', (('"Không"', "PER"),)),
    # Korean names: the hyphenated given name stays whole.
    ("Chủ tịch Quốc hội [Kim Yong-Nam]PER hôm qua thăm Bắc Kinh.", ()),
    ("Tháp tùng [Kim Yong-Nam]PER trong chuyến đi có nhiều quan chức.", ()),
    ("Thứ trưởng Ngoại giao [Kim Yong-il]PER dẫn đầu đoàn.", ()),
    # Near miss: a route between two places.
    ("Xe buýt tuyến Kim Liên-Nam Định chạy mỗi giờ.", (("Kim Liên-Nam", "PER"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_listed_nicknames_and_korean_names(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
