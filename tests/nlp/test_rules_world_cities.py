"""Large cities abroad named alone, with no unit noun or country beside them, are places.

Each sentence is written here, not copied from an article; `[surface]LABEL`
marks a span the rules must suggest, `wrong` lists (surface, label) pairs
they must not.
"""

from __future__ import annotations

import pytest

from annotator.nlp.rules import RuleSuggester
from tests.nlp.marked import check_marked

CITIES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    # After a verb of travel, in a list, after a body and a comma.
    ("Đoàn bay thẳng tới [Boston]LOC, rồi nghỉ một đêm.", ()),
    ("Tuyết rơi dày ở [Voronezh]LOC, [Smolensk]LOC và [Kaliningrad]LOC.", ()),
    ("Ông Sato, giảng viên ĐH Meijo, [Nagoya]LOC, nhận định như vậy.", ()),
    (
        "Hai nước [Georgia]LOC và [Armenia]LOC ký thỏa thuận.",
        (("Georgia", "PER"),),
    ),
    # Two listed cities vouch for an unlisted one in the same list.
    ("Tàu chạy qua [Voronezh]LOC, [Kursk]LOC và [Oboyan]LOC.", ()),
    # A person's name that is also a city's stays a name.
    ("Ca sĩ [Whitney Houston]PER từng hát ở đây.", (("Houston", "LOC"),)),
]


@pytest.mark.parametrize(("line", "wrong"), CITIES)
def test_large_cities_abroad_are_places(
    rules: RuleSuggester, line: str, wrong: tuple[tuple[str, str], ...]
) -> None:
    check_marked(rules, line, wrong)
