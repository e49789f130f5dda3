"""An exchange held with readers or voters (`buổi giao lưu trực tuyến`) is an EVENT.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CASES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # One exchange, held or planned.
    ("Sở tổ chức [buổi giao lưu trực tuyến]EVENT với bạn đọc.", ()),
    ("[Buổi giao lưu]EVENT trên mạng hôm ấy kéo dài hai giờ.", ()),
    ("Sắp tới sẽ có một [cuộc giao lưu trực tuyến]EVENT về đất đai.", ()),
    # Lookalikes: exchange as a kind of relation between peoples.
    ("Hai nước tăng cường giao lưu văn hóa.", (("giao lưu", "EVENT"),)),
    ("Cần đẩy mạnh giao lưu nhân dân.", (("giao lưu", "EVENT"),)),
    ("Lẽ ra các sở nên tổ chức giao lưu trực tuyến.", (("giao lưu trực tuyến", "EVENT"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CASES)
def test_an_exchange_held_is_an_event(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
