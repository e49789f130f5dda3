"""A state joined by a hyphen to a short form (`Việt - Mỹ`) is no LOC; full names are.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # A pair with a short form, either side, spaced or not: no place.
    ("Rõ ràng, quan hệ Việt - Mỹ đang bước vào giai đoạn mới.", (("Mỹ", "LOC"),)),
    ("Còn nhiều việc trong quan hệ Việt-Mỹ phải giải quyết.", (("Mỹ", "LOC"),)),
    ('"Quan hệ Mỹ - Việt rất mạnh mẽ", ông nói.', (("Mỹ", "LOC"),)),
    ("Căng thẳng Mỹ-Trung làm [Indonesia]LOC lo ngại.", (("Mỹ", "LOC"),)),
    ("Thương mại Úc - Trung giảm mạnh trong năm.", (("Úc", "LOC"),)),
    ("Tình hữu nghị Nga – Việt vẫn bền chặt sau nhiều năm.", (("Nga", "LOC"),)),
    ("Các công ty Nhật - Hàn cạnh tranh gay gắt ở [Lào]LOC.", (("Nhật", "LOC"),)),
    # Lookalikes: full names on both sides are two places.
    ("Quan hệ [Việt Nam]LOC - [Hoa Kỳ]LOC phát triển tốt.", ()),
    ("Quan hệ [Mỹ]LOC - [Việt Nam]LOC được nâng lên.", ()),
    ("Phái đoàn [Nga]LOC - [Ukraine]LOC gặp nhau ở Belarus.", ()),
    ("Hợp tác [Trung Quốc]LOC - [Việt Nam]LOC được đẩy mạnh.", ()),
    # A short form that ends a longer name makes no pair.
    ("Tuyến [Đại Cồ Việt]LOC - [Thượng Đình]LOC được mở rộng.", ()),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_a_state_beside_a_short_form_is_no_place(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
